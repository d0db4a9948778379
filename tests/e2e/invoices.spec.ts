import type { Page } from '@playwright/test';
import { checkPage, expect, expectAccessible, goVia, test } from './support.ts';

// Avier & fakturor for the tenant, on the demo data: Café Lunden AB has paid a year of avier and has
// the coming period's unpaid, plus a one-off invoice and a credit note; Byggvaruhuset Väst AB has an
// overdue avi.

interface ListedInvoice { id: string; issueDate: string; number: number; kind: string; status: string }

async function login(page: Page, username: string, password: string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('Användarnamn').fill(username);
  await page.getByLabel('Lösenord').fill(password);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await checkPage(page, 'Hem');
}

/** The invoices the server lists for the logged-in tenant (the page's cookies). */
async function listed(page: Page, unpaid: boolean): Promise<ListedInvoice[]> {
  const response = await page.request.get(`/api/portal/invoices?unpaid=${String(unpaid)}`);
  expect(response.status()).toBe(200);
  return ((await response.json()) as { invoices: ListedInvoice[] }).invoices;
}

/**
 * The list on the page is the server's list, row for row. Other specs on the same server make avier
 * for Café Lunden (an invoice run, a one-off invoice), so a list read a moment later may hold one
 * more: then the page is reloaded and both are read again, until they agree.
 */
async function expectRowsAsListed(page: Page, unpaid: boolean): Promise<ListedInvoice[]> {
  const table = page.getByRole('table', { name: 'Dina avier och fakturor, de senaste först' });
  let list: ListedInvoice[] = [];
  let attempt = 0;
  await expect(async () => {
    if (attempt++ > 0) await page.reload();
    list = await listed(page, unpaid);
    await expect(table.getByRole('row')).toHaveCount(list.length + 1, { timeout: 3000 });
    expect(await rowIds(page)).toEqual(list.map((invoice) => invoice.id));
  }).toPass({ timeout: 20_000 });
  return list;
}

/** The ids of the list's rows, top to bottom, read from the links of their headings. */
async function rowIds(page: Page): Promise<string[]> {
  const hrefs = await page.getByRole('rowheader').getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  return hrefs.map((href) => href.replace('/avier/', ''));
}

test.describe('Avier & fakturor', () => {
  test('Lisa sees her unpaid avi, all of them newest first with the switch off, and a credit note', async ({ page }) => {
    await login(page, 'lunden', 'Lunden#2026');
    const home = page.getByRole('region', { name: 'Avier & fakturor' });
    await expect(home.getByText('Nästa avi att betala')).toBeVisible();
    await expect(home.getByText(/förfallen/i)).toHaveCount(0);

    await goVia(page, 'Huvudmeny', 'Avier & fakturor');
    await checkPage(page, 'Avier & fakturor');
    const onlyUnpaid = page.getByRole('switch', { name: 'Visa endast obetalda' });
    await expect(onlyUnpaid).toBeChecked();
    const table = page.getByRole('table', { name: 'Dina avier och fakturor, de senaste först' });
    const unpaid = await expectRowsAsListed(page, true);
    expect(unpaid.length).toBeGreaterThan(0);
    expect(unpaid.every((invoice) => invoice.status !== 'paid')).toBe(true);
    await expect(table.getByText('Obetald', { exact: true }).first()).toBeVisible();
    await expect(table.getByText('Betald', { exact: true })).toHaveCount(0);

    // Off: every invoice, paid ones too, newest first; the address keeps it over a reload.
    await onlyUnpaid.click();
    await expect(onlyUnpaid).not.toBeChecked();
    await expect(page).toHaveURL(/\/avier\?visa=alla$/);
    const all = await expectRowsAsListed(page, false);
    expect(all.length).toBeGreaterThan(unpaid.length);
    const issued = all.map((invoice) => invoice.issueDate);
    expect(issued).toEqual([...issued].sort().reverse());
    await expect(table.getByText('Betald', { exact: true }).first()).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: `${String(all.length)} avier` })).toBeVisible();
    await page.reload();
    await checkPage(page, 'Avier & fakturor');
    await expect(onlyUnpaid).not.toBeChecked();
    await expectRowsAsListed(page, false);

    // A credit note names the invoice it credits and has nothing to pay.
    const creditRow = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /^Kreditfaktura \d+$/ }) }).first();
    const creditHeading = (await creditRow.getByRole('rowheader').getByRole('link').textContent())!.trim();
    await creditRow.getByRole('link', { name: creditHeading }).click();
    await checkPage(page, creditHeading);
    await expect(page.getByText(/Kreditfakturan krediterar faktura \d+ och ska inte betalas\./)).toBeVisible();
    await expect(page.getByRole('link', { name: /^Faktura \d+$/ })).toBeVisible();
    await expect(page.getByRole('img', { name: 'QR-kod för betalning med bankapp' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Kopiera OCR-nummer' })).toHaveCount(0);
    await page.getByRole('link', { name: 'Tillbaka till alla avier' }).click();
    await checkPage(page, 'Avier & fakturor');
    await expect(onlyUnpaid).not.toBeChecked();
    await onlyUnpaid.click();
    await expect(page).toHaveURL(/\/avier$/);
    await expectRowsAsListed(page, true);
  });

  test('Lisa opens her unpaid avi and pays it by OCR, QR code or the PDF', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await login(page, 'lunden', 'Lunden#2026');
    await goVia(page, 'Huvudmeny', 'Avier & fakturor');
    await checkPage(page, 'Avier & fakturor');
    const table = page.getByRole('table', { name: 'Dina avier och fakturor, de senaste först' });
    const unpaid = await expectRowsAsListed(page, true);

    // The unpaid avi opens by its heading.
    const first = table.getByRole('row').nth(1);
    const heading = (await first.getByRole('rowheader').getByRole('link').textContent())!.trim();
    // A coming avi is called by its period: "Kvartal 2 2026" or "April 2026".
    expect(heading).toMatch(/^(Kvartal [1-4]|[A-ZÅÄÖ][a-zåäö]+) \d{4}$/);
    const avi = first.getByRole('link', { name: 'Avi', exact: true });
    await expect(avi).toHaveAccessibleDescription(heading);
    await first.getByRole('link', { name: heading, exact: true }).click();
    await checkPage(page, heading);
    await expect(page).toHaveURL(new RegExp(`/avier/${unpaid[0]!.id}$`));

    await expect(page.getByText('Obetald', { exact: true })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Avins rader' }).getByRole('row')).not.toHaveCount(1);
    await expect(page.getByRole('table', { name: 'Moms per momssats' })).toBeVisible();
    await expect(page.getByText('Att betala').first()).toBeVisible();
    await expect(page.getByText('Förfallodag').first()).toBeVisible();
    await expect(page.getByText('5050-1055')).toBeVisible();
    await expect(page.getByText('Inga betalningar ännu')).toBeVisible();
    const ocr = page.locator('.copy-value__text').nth(1);
    await expect(ocr).toHaveText(/^\d{2,25}$/);
    const qr = page.getByRole('img', { name: 'QR-kod för betalning med bankapp' });
    await expect(qr).toBeVisible();
    await expect(qr).toHaveAttribute('viewBox', /^0 0 (\d+) \1$/);
    await expect(qr.locator('path')).toHaveAttribute('d', /^M\d/);
    await expect(page.getByText('Skanna med din bankapp')).toBeVisible();

    await page.getByRole('button', { name: 'Kopiera OCR-nummer' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Kopierat' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await ocr.textContent());

    const pdf = page.getByRole('link', { name: 'Öppna avi (öppnas i ny flik)' });
    await expect(pdf).toHaveAttribute('target', '_blank');
    await expect(pdf).toHaveAttribute('rel', /noopener/);
    const response = await page.request.get((await pdf.getAttribute('href'))!);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('application/pdf');
    expect((await response.body()).subarray(0, 4).toString('latin1')).toBe('%PDF');

    // The same page through the row's "Avi" button.
    await page.getByRole('link', { name: 'Tillbaka till alla avier' }).click();
    await checkPage(page, 'Avier & fakturor');
    await table.getByRole('row').nth(1).getByRole('link', { name: 'Avi', exact: true }).click();
    await checkPage(page, heading);
  });

  test('Lisa reads her avier in English', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await login(page, 'lunden', 'Lunden#2026');
    await page.getByRole('button', { name: 'English' }).click();
    await checkPage(page, 'Home');
    await expect(page.getByRole('region', { name: 'Invoices' }).getByText('Next invoice to pay')).toBeVisible();
    await goVia(page, 'Main menu', 'Invoices', 'Menu');
    await checkPage(page, 'Invoices');
    const table = page.getByRole('table', { name: 'Your rent notices and invoices, latest first' });
    const first = table.getByRole('row').nth(1);
    const heading = (await first.getByRole('rowheader').getByRole('link').textContent())!.trim();
    // "Quarter 2 2026" or "April 2026"
    expect(heading).toMatch(/^(Quarter [1-4]|[A-Z][a-z]+) \d{4}$/);
    await first.getByRole('link', { name: 'Invoice', exact: true }).click();
    await checkPage(page, heading);
    await expect(page.getByText('Unpaid', { exact: true })).toBeVisible();
    await expect(page.getByRole('table', { name: 'The invoice rows' })).toBeVisible();
    await expect(page.getByText('To pay').first()).toBeVisible();
    await expect(page.getByRole('img', { name: 'QR code for payment with a banking app' })).toBeVisible();
    await expect(page.getByText('Scan with your banking app')).toBeVisible();
    await expect(page.getByText('No payments yet')).toBeVisible();
    await page.getByRole('button', { name: 'Copy OCR number' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Open invoice (opens in a new tab)' })).toHaveAttribute('target', '_blank');
    await page.getByRole('link', { name: 'Back to all invoices' }).click();
    await checkPage(page, 'Invoices');
    await expect(page.getByRole('switch', { name: 'Show only unpaid' })).toBeChecked();
    await expect(table.getByText('Unpaid', { exact: true }).first()).toBeVisible();
    await page.getByRole('switch', { name: 'Show only unpaid' }).click();
    await expect(table.getByText('Paid', { exact: true }).first()).toBeVisible();
    await expectAccessible(page);
  });

  test('Bo sees his overdue avi on Hem and in the list', async ({ page }) => {
    await login(page, 'bygg', 'Bygg#2026');
    const home = page.getByRole('region', { name: 'Avier & fakturor' });
    await expect(home.getByText('Förfallen', { exact: true })).toBeVisible();
    await expect(home.getByText(/^(En avi är förfallen|\d+ avier är förfallna): .+ att betala\.$/)).toBeVisible();
    await home.getByRole('link', { name: 'Se förfallna avier' }).click();
    await checkPage(page, 'Avier & fakturor');
    const overdue = page.getByRole('table', { name: 'Dina avier och fakturor, de senaste först' }).getByRole('row').filter({ hasText: 'Förfallen' });
    await expect(overdue.first()).toBeVisible();
    const heading = (await overdue.first().getByRole('rowheader').getByRole('link').textContent())!.trim();
    await overdue.first().getByRole('link', { name: 'Avi', exact: true }).click();
    await checkPage(page, heading);
    await expect(page.getByRole('main').getByText('Förfallen', { exact: true })).toBeVisible();

    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('main').getByText('Overdue', { exact: true })).toBeVisible();
    await goVia(page, 'Main menu', 'Home', 'Menu');
    await checkPage(page, 'Home');
    await expect(page.getByRole('region', { name: 'Invoices' }).getByText(/^(One invoice is overdue|\d+ invoices are overdue): .+ to pay\.$/)).toBeVisible();
  });

  test("another customer's invoice is not found, nor its PDF", async ({ page }) => {
    await login(page, 'bygg', 'Bygg#2026');
    const [theirs] = await listed(page, false);
    expect(theirs).toBeDefined();
    await page.getByRole('button', { name: 'Logga ut' }).click();
    await expect(page).toHaveURL(/\/login/);

    await login(page, 'lunden', 'Lunden#2026');
    await page.goto(`/avier/${theirs!.id}`);
    await checkPage(page, 'Sidan hittades inte');
    expect((await page.request.get(`/api/portal/invoices/${theirs!.id}/pdf`)).status()).toBe(404);
  });

  test('Lisa sees her payments under Inbetalningar, each with the avi it paid, from Avier and from Hem', async ({ page }) => {
    await login(page, 'lunden', 'Lunden#2026');
    await page.getByRole('region', { name: 'Avier & fakturor' }).getByRole('link', { name: 'Se dina inbetalningar' }).click();
    await checkPage(page, 'Inbetalningar');
    const table = page.getByRole('table', { name: 'Dina inbetalningar, de senaste först' });
    const rows = table.getByRole('row');
    await expect(rows.nth(1)).toBeVisible();
    // A row's heading is its date (in a phone's card with its label before it).
    const dates = (await table.getByRole('rowheader').allTextContents()).map((text) => /\d{4}-\d{2}-\d{2}/.exec(text)![0]);
    expect(dates.length).toBeGreaterThan(10);
    expect(dates).toEqual([...dates].sort().reverse());
    // The newest payment paid an avi: its link opens the avi, which lists the payment ("Betald <date>").
    const paidLink = rows.nth(1).getByRole('link').first();
    const aviHeading = (await paidLink.textContent())!.trim();
    await paidLink.click();
    await checkPage(page, aviHeading);
    await expect(page.getByRole('table', { name: 'Betalningar som betalat avin' })).toContainText(`Betald ${dates[0]!}`);
    await expect(page.getByText('Betald', { exact: true }).first()).toBeVisible();

    await goVia(page, 'Huvudmeny', 'Avier & fakturor');
    await page.getByRole('main').getByRole('link', { name: 'Inbetalningar', exact: true }).click();
    await checkPage(page, 'Inbetalningar');
    await page.getByRole('button', { name: 'English' }).click();
    await checkPage(page, 'Payments');
    await expect(page.getByRole('table', { name: 'Your payments, latest first' })).toBeVisible();
    await page.getByRole('link', { name: 'Back to Invoices' }).click();
    await checkPage(page, 'Invoices');
  });
});
