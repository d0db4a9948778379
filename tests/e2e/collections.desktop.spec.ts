import { readFileSync } from 'node:fs';
import { checkPage, expect, goVia, test, waitForMessage } from './support.ts';
import { financeOnDebtors } from './collections.ts';
import { readSie } from '../support/sie.ts';

// Skulder, a reminder by hand and the SIE export on a desktop, as finance: Byggvaruhuset's overdue avi
// in the debtor list (sortable), on its customer page and on the invoice's page, where "Skicka
// påminnelse" sends reminder 1 with the 60 kr fee on an invoice of its own; then Bokföring's SIE file.
test('finance follows a debt to its invoice, sends a reminder and downloads the SIE file', async ({ page }) => {
  test.slow();
  const { table, bygg } = await financeOnDebtors(page);
  await expect(bygg).toBeVisible();
  await expect(table.getByRole('columnheader', { name: 'Förfallet' })).toHaveAttribute('aria-sort', 'descending');
  await table.getByRole('button', { name: 'Kund' }).click();
  await expect(table.getByRole('columnheader', { name: 'Kund' })).toHaveAttribute('aria-sort', 'ascending');
  await table.getByRole('button', { name: 'Äldsta förfallodag' }).click();
  await expect(table.getByRole('columnheader', { name: 'Äldsta förfallodag' })).toHaveAttribute('aria-sort', 'ascending');

  await bygg.getByRole('link', { name: 'Byggvaruhuset Väst AB' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Byggvaruhuset Väst AB' })).toBeVisible();
  const debt = page.getByRole('region', { name: 'Skuld och tillgodo' });
  await expect(debt.getByRole('heading', { name: 'Förfallen skuld efter ålder' })).toBeVisible();
  await checkPage(page, 'Byggvaruhuset Väst AB');
  await debt.getByRole('table', { name: 'Förfallna fakturor, äldsta först' }).getByRole('link').first().click();

  await expect(page.getByRole('heading', { level: 1, name: /^Avi \d+$/ })).toBeVisible();
  const reminders = page.getByRole('region', { name: 'Påminnelser' });
  await expect(reminders.getByText('Ingen påminnelse är skickad.')).toBeVisible();
  await expect(reminders.getByText('En påminnelseavgift på 60,00 kr läggs på en egen faktura.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Upplupen dröjsmålsränta' })).toContainText('Referensräntan + 8 procentenheter');
  await checkPage(page, /^Avi \d+$/);
  const since = Date.now();
  await reminders.getByRole('button', { name: 'Skicka påminnelse' }).click();
  await expect(reminders.getByRole('status')).toHaveText('Påminnelse 1 är skickad.');
  const sent = reminders.getByRole('table', { name: 'Skickade påminnelser' });
  await expect(sent.getByRole('row').filter({ hasText: 'Påminnelse 1' })).toContainText('60,00 kr');
  await expect(reminders.getByText('Ingen påminnelseavgift tas ut')).toBeVisible();
  await checkPage(page, /^Avi \d+$/);
  const mail = await waitForMessage(page, 'bo@byggvaruhuset.se', since, (m) => m.subject?.startsWith('Påminnelse:') ?? false);
  expect(mail.text).toContain('Det här är vår första påminnelse.');
  await sent.getByRole('link', { name: /^Faktura \d+$/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Faktura \d+$/ })).toBeVisible();
  await expect(page.getByText(/Påminnelseavgift för avi \d+/)).toBeVisible();

  await goVia(page, 'Förvaltning', 'Bokföring');
  await checkPage(page, 'Bokföring');
  await page.getByLabel('Till och med').fill('2020-01-01');
  await page.getByRole('button', { name: 'Ladda ner SIE-fil' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Det finns ett problem' })).toContainText('Till och med-datumet ligger före');
  await checkPage(page, 'Bokföring');
  await page.getByRole('button', { name: 'I år' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Ladda ner SIE-fil' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^sie4-\d{4}-01-01-\d{4}-\d{2}-\d{2}\.se$/);
  const read = readSie(readFileSync((await download.path())!));
  expect(read.field('#ORGNR')).toEqual(['556677-8808']);
  expect(read.vouchers.length).toBeGreaterThan(0);
  for (const v of read.vouchers) expect(v.trans.reduce((s, x) => s + x.amountOre, 0), v.head).toBe(0);
  await expect(page.getByRole('status')).toHaveText(`SIE-filen ${download.suggestedFilename()} är nedladdad.`);
  await checkPage(page, 'Bokföring');
});
