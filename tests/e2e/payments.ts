import type { Browser, Page } from '@playwright/test';
import { checkPage, expect, expectAccessible, goVia, tenantPage } from './support.ts';

// The unmatched-payment journey on a phone and a desktop. They share the demo database and run side by
// side, so each makes its own invoice to Café Lunden AB (of an amount of its own) and its own payment to
// it with a mistyped OCR; the demo's own queued payment (Byggvaruhuset's) is left for people to try.

export interface Journey {
  device: 'phone' | 'desktop';
  /** The invoice's text and amount excluding VAT, in kronor (the payment is that plus 25 %). */
  text: string;
  netKronor: number;
  /** Also undo the allocation once and allocate again. */
  undo?: boolean;
}

/** A one-off invoice to Café Lunden AB through the API, as the logged-in staff member: its id, number and OCR. */
async function issueInvoice(page: Page, text: string, netKronor: number): Promise<{ id: string; number: number; ocr: string }> {
  const { csrfToken } = (await (await page.request.get('/api/session')).json()) as { csrfToken: string };
  const { customers } = (await (await page.request.get('/api/backoffice/customers')).json()) as { customers: { id: string; name: string }[] };
  const lunden = customers.find((c) => c.name === 'Café Lunden AB')!;
  const issued = await page.request.post('/api/backoffice/invoices', {
    headers: { 'x-csrf-token': csrfToken },
    data: { customerId: lunden.id, text, rows: [{ description: text, netOre: netKronor * 100, vatRatePercent: 25 }] },
  });
  expect(issued.status()).toBe(201);
  const { invoice } = (await issued.json()) as { invoice: { id: string; number: number } };
  const detail = (await (await page.request.get(`/api/backoffice/invoices/${invoice.id}`)).json()) as { invoice: { ocr: string } };
  return { id: invoice.id, number: invoice.number, ocr: detail.invoice.ocr };
}

/** The OCR with its check digit wrong: a typing slip the import could not place. */
const mistyped = (ocr: string) => `${ocr.slice(0, -1)}${(Number(ocr.at(-1)) + 1) % 10}`;

/** "1 000,00" as the Swedish pages write kronor (with a non-breaking or thin space between thousands). */
const kronorPattern = (kronor: number) => String(kronor).replace(/\B(?=(\d{3})+(?!\d))/g, '\\s') + ',00';

/** `byAmount`: a payment nobody's is searched by its amount at first; a customer's by its customer. */
async function allocate(page: Page, number: number, totalKronor: number, byAmount: boolean): Promise<void> {
  const allocation = page.getByRole('region', { name: 'Fördela på fakturor' });
  await allocation.getByLabel('Sök faktura').fill(String(number));
  // The amount is filled in already (the payment's): the invoice has it, so both find it.
  await expect(allocation.getByLabel('Belopp, kr', { exact: true })).toHaveValue(byAmount ? new RegExp(`^${kronorPattern(totalKronor)}$`) : '');
  await allocation.getByRole('button', { name: 'Sök', exact: true }).click();
  await allocation.getByRole('button', { name: `Lägg till faktura ${number} i fördelningen` }).click();
  const amount = allocation.getByLabel(`Faktura ${number}, Café Lunden AB, kr`);
  await expect(amount).toBeFocused();
  await expect(amount).toHaveValue(new RegExp(`^${kronorPattern(totalKronor)}$`));
  await expect(allocation.getByText(new RegExp(`^Fördelas: ${kronorPattern(totalKronor)}\\skr\\. Kvar av betalningen efteråt: 0,00\\skr\\.$`))).toBeVisible();
  await expectAccessible(page);
  await allocation.getByRole('button', { name: 'Fördela', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: new RegExp(`^Fördelat: ${kronorPattern(totalKronor)}\\skr\\.$`) })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Fakturor som betalningen har betalat' })).toContainText(String(number));
  await expect(page.getByRole('region', { name: 'Fördela på fakturor' })).toHaveCount(0);
}

/**
 * Finance record a payment to Café Lunden's new invoice with a mistyped OCR (it waits among the
 * unmatched), open it from the queue, find the invoice and allocate the payment to it; Lisa then sees
 * the invoice paid, with the date, in Avier & fakturor, and the customer page lists the payment.
 */
export async function allocateQueuedPayment(page: Page, browser: Browser, journey: Journey): Promise<void> {
  const totalKronor = journey.netKronor * 1.25;
  const invoice = await issueInvoice(page, journey.text, journey.netKronor);
  const wrongOcr = mistyped(invoice.ocr);

  await goVia(page, 'Förvaltning', 'Oparade inbetalningar');
  await checkPage(page, 'Oparade inbetalningar');
  const queue = page.getByRole('table', { name: 'Oparade inbetalningar, äldsta först' });
  await expect(queue.getByRole('row').filter({ hasText: 'BYGGVARUHUSET VAST AB' })).toBeVisible();

  // A payment the tenant made to the wrong account, recorded by hand with the OCR it gave.
  await page.getByRole('link', { name: 'Registrera inbetalning' }).click();
  await checkPage(page, 'Registrera inbetalning');
  await page.getByRole('button', { name: 'Registrera', exact: true }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Det finns ett problem' })).toBeVisible();
  await page.getByLabel('Belopp, kr').fill(String(totalKronor));
  await page.getByLabel('OCR-nummer').fill(wrongOcr);
  await page.getByLabel('Betalare').fill('Café Lunden AB');
  await page.getByRole('button', { name: 'Registrera', exact: true }).click();
  const heading = page.getByRole('heading', { level: 1, name: /^Inbetalning \d{4}-\d\d-\d\d$/ });
  await expect(heading).toBeVisible();
  const paidOn = (await heading.textContent())!.replace('Inbetalning ', '').trim();
  await expect(page.getByRole('status').filter({ hasText: 'Inbetalningen är registrerad.' })).toBeVisible();
  await expect(page.getByText('Väntar bland oparade: Felaktigt OCR-nummer')).toBeVisible();
  await expectAccessible(page);

  // It waits in the queue: staff open it from there.
  await page.getByRole('link', { name: 'Tillbaka till oparade inbetalningar' }).click();
  await checkPage(page, 'Oparade inbetalningar');
  const row = queue.getByRole('row').filter({ hasText: wrongOcr });
  await expect(row).toContainText('Felaktigt OCR-nummer');
  await row.getByRole('link').first().click();
  await expect(heading).toBeVisible();
  await allocate(page, invoice.number, totalKronor, true);
  await expect(page.getByText('Fördelad', { exact: true })).toBeVisible();
  await expectAccessible(page);

  if (journey.undo) {
    const allocations = page.getByRole('region', { name: 'Betalade fakturor' });
    await allocations.getByRole('button', { name: 'Ångra', exact: true }).click();
    const confirm = allocations.getByRole('button', { name: 'Bekräfta: ångra' });
    await expect(confirm).toBeFocused();
    await confirm.click();
    await expect(page.getByRole('status').filter({ hasText: `Fördelningen på faktura ${invoice.number} är ångrad. Pengarna är tillbaka på betalningen.` })).toBeVisible();
    await expect(page.getByText('Betalningen har inte betalat någon faktura.')).toBeVisible();
    // Used up on Café Lunden's invoice, the payment became the customer's: undone, it is its credit.
    await expect(page.getByText('Kundens tillgodo', { exact: true })).toBeVisible();
    await expect(page.getByText('Betalningen hör till Café Lunden AB: bara kundens fakturor kan väljas.')).toBeVisible();
    await expect(page.getByRole('table', { name: 'Allt som har bokats på betalningen, äldst först' })).toContainText(`Ångrad på faktura ${invoice.number}`);
    await expectAccessible(page);
    await allocate(page, invoice.number, totalKronor, false);
  }

  await page.getByRole('link', { name: 'Tillbaka till oparade inbetalningar' }).click();
  await checkPage(page, 'Oparade inbetalningar');
  await expect(queue.getByRole('row').filter({ hasText: wrongOcr })).toHaveCount(0);

  // The customer page lists the payment under Betalningar.
  await page.goto('/admin/kunder');
  await page.getByRole('link', { name: 'Café Lunden AB' }).click();
  await checkPage(page, 'Café Lunden AB');
  await expect(page.getByRole('table', { name: 'Kundens betalningar, senaste först' }).getByRole('row').filter({ hasText: wrongOcr })).toContainText(String(invoice.number));

  // Lisa sees the invoice paid, and when.
  const { context, tenant } = await tenantPage(browser, journey.device);
  await tenant.goto(`/avier/${invoice.id}`);
  await expect(tenant.getByRole('heading', { level: 1 })).toContainText(journey.text);
  await expect(tenant.getByText('Betald', { exact: true }).first()).toBeVisible();
  await expect(tenant.getByRole('table', { name: 'Betalningar som betalat avin' })).toContainText(`Betald ${paidOn}`);
  await expectAccessible(tenant);
  await context.close();
}
