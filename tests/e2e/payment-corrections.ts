import type { Page } from '@playwright/test';
import { checkPage, expect, expectAccessible, expectNoHorizontalScroll } from './support.ts';

// Correcting money on the demo data: a payment moved to the customer it came from (and back), and a
// paid avi credited so that its payment goes back to the customer as credit (decisions 0025 and 0023).
// The desktop works on Kontorshotellet i Göteborg AB, whose avier no other journey touches; the phone
// only opens a payment of Café Lunden AB and changes nothing.

interface InvoiceRow { id: string; number: number; status: string; kind: string; customer: { name: string } }

/** The customer's oldest paid avi that was paid by a payment and never credited, as staff find it. */
export async function paidAviOf(page: Page, customer: string): Promise<{ id: string; number: number }> {
  const list = (await (await page.request.get(`/api/backoffice/invoices?q=${encodeURIComponent(customer)}&status=paid&kind=rent`)).json()) as { invoices: InvoiceRow[] };
  for (const row of [...list.invoices].reverse()) {
    const { invoice } = (await (await page.request.get(`/api/backoffice/invoices/${row.id}`)).json()) as { invoice: { payments: unknown[]; credits: unknown[] } };
    if (row.customer.name === customer && invoice.payments.length > 0 && invoice.credits.length === 0) return { id: row.id, number: row.number };
  }
  throw new Error(`No paid avi of ${customer}`);
}

/** From the avi's page to the page of the payment that paid it. */
export async function openPaymentOf(page: Page, avi: { id: string; number: number }): Promise<void> {
  await page.goto(`/admin/fakturor/${avi.id}`);
  await checkPage(page, `Avi ${avi.number}`);
  await page.getByRole('region', { name: 'Betalningar' }).getByRole('link', { name: /^Betald \d{4}-\d{2}-\d{2}$/ }).first().click();
  await checkPage(page, /^Inbetalning /);
}

/** Chooses the customer in the move form by its name (the option also shows its number). */
export async function chooseCustomer(page: Page, name: string): Promise<void> {
  const select = page.getByRole('region', { name: 'Flytta till annan kund' }).getByLabel('Kund som betalningen kom från');
  const value = await select.locator('option', { hasText: name }).getAttribute('value');
  await select.selectOption(value!);
}

/** On a phone: the move form fits 360 px and axe finds nothing; nothing is submitted. */
export async function moveFormOnPhone(page: Page): Promise<void> {
  const avi = await paidAviOf(page, 'Café Lunden AB');
  await openPaymentOf(page, avi);
  await expect(page.getByRole('region', { name: 'Flytta till annan kund' })).toBeVisible();
  await chooseCustomer(page, 'Ateljé Nord HB');
  await expectNoHorizontalScroll(page);
  await expectAccessible(page);
}
