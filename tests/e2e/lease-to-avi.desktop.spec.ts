import { checkPage, expect, expectAccessible, goVia, loginStaff, test, tenantPage } from './support.ts';
import { monthsAhead, openInvoiceRun, preview, runAndWait, SV_MONTHS, type RunPeriod } from './invoice-run.ts';

// The whole chain in one go, on the demo data: an administrator enters a lease for Café Lunden AB on
// the free flat 3101 (a staff flat: housing, no VAT) from the first of a month eight or nine months
// ahead, runs that month, and Lisa at Café Lunden finds the avi under Avier & fakturor, opens it and
// sees its rows, its total, the bankgiro and OCR and the QR code to pay it by. The month is one that
// no other spec runs (they take six or seven months ahead, and the quarter a year ahead) and that does
// not begin a quarter, so that the run makes only the monthly leases' avier.

/** The first of the months eight and nine ahead that does not begin a quarter. */
function chainMonth(): { year: number; month: number } {
  const at = monthsAhead(8);
  return at.month % 3 === 1 ? monthsAhead(9) : at;
}

test('a lease entered in the register is invoiced by the run and its avi reaches the tenant', async ({ page, browser }) => {
  const at = chainMonth();
  const name = `${SV_MONTHS[at.month - 1]!} ${String(at.year)}`;
  const title = name.charAt(0).toUpperCase() + name.slice(1);
  const period: RunPeriod = { kind: 'Månad', title, inText: name, english: '', tenantHeadings: [title] };
  const start = `${String(at.year)}-${String(at.month).padStart(2, '0')}-01`;

  // The lease: 9 500 kr a month for the flat, billed monthly
  await loginStaff(page, 'admin@exempel.se', 'Admin#2026');
  await goVia(page, 'Förvaltning', 'Avtal');
  await page.getByRole('link', { name: 'Nytt avtal' }).click();
  await checkPage(page, 'Nytt avtal');
  await page.getByLabel('Kund', { exact: true }).selectOption({ label: 'Café Lunden AB (559123-4561)' });
  await page.getByLabel('Startdatum').fill(start);
  await page.getByLabel('Uppsägningstid i månader').fill('3');
  await page.getByLabel('Betalningsperiod').selectOption({ label: 'Månadsvis i förskott' });
  await page.getByLabel('Undertecknat').selectOption({ label: 'På papper' });
  await page.getByLabel('Filtrera hyresobjekt').fill('3101');
  await page.getByRole('checkbox', { name: /^Lägenhet 3101, Skånegatan 17/ }).check();
  const row = page.getByRole('group', { name: 'Hyresrad 1' });
  await row.getByLabel('Typ').selectOption({ label: 'Bashyra' });
  await row.getByLabel('Beskrivning').fill('Hyra personallägenhet 3101');
  await row.getByLabel('Belopp i kronor exkl. moms').fill('9 500');
  await row.getByLabel('Beloppet gäller').selectOption({ label: 'per månad' });
  await page.getByRole('button', { name: 'Spara avtalet' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Avtal \d+ · Lägenhet 3101, Skånegatan 17$/ })).toBeVisible();
  const leaseNumber = /Avtal (\d+)/.exec((await page.getByRole('heading', { level: 1 }).textContent()) ?? '')![1]!;

  // The run: the preview lists the new lease's avi, the run makes it
  await openInvoiceRun(page);
  const region = await preview(page, period);
  await expect(region.getByRole('row').filter({ hasText: leaseNumber })).toContainText('9 500,00');
  await expectAccessible(page);
  expect(await runAndWait(page, period)).toBeGreaterThan(0);

  // Lisa: the avi is among her unpaid ones, and its page tells her how to pay it
  const { context, tenant } = await tenantPage(browser, 'desktop');
  await goVia(tenant, 'Huvudmeny', 'Avier & fakturor');
  await checkPage(tenant, 'Avier & fakturor');
  const list = tenant.getByRole('table', { name: 'Dina avier och fakturor, de senaste först' });
  const aviRow = list.getByRole('row').filter({ has: tenant.getByRole('rowheader', { name: title, exact: true }) }).filter({ hasText: '9 500,00' });
  await expect(aviRow).toHaveCount(1);
  await expect(aviRow).toContainText('Obetald');
  await aviRow.getByRole('link', { name: title, exact: true }).click();
  await checkPage(tenant, title);
  await expect(tenant.getByRole('table', { name: 'Avins rader' })).toContainText('Hyra personallägenhet 3101');
  await expect(tenant.getByRole('table', { name: 'Moms per momssats' })).toContainText('0 %');
  await expect(tenant.getByRole('link', { name: new RegExp(leaseNumber) })).toBeVisible();
  await expect(tenant.getByRole('button', { name: 'Kopiera OCR-nummer' })).toBeVisible();
  await expect(tenant.getByRole('img', { name: 'QR-kod för betalning med bankapp' })).toBeVisible();
  await expectAccessible(tenant);
  await context.close();
});
