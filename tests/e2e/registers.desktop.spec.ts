import { checkPage, expect, expectAccessible, goVia, loginStaff, test } from './support.ts';

// An administrator enters a lease for Ateljé Nord HB on 3001 (free until its next lease starts in
// 2027) with two rent rows, is told in words when an object is already let, sees the lease in the
// register, adds an index row (KPI 336,04 → 346,44 on 246 000 kr a year) and ends a rent row.
test('an administrator enters a lease with two rent rows, finds it in the register and adds an index row', async ({ page }) => {
  await loginStaff(page, 'admin@exempel.se', 'Admin#2026');
  await checkPage(page, 'Översikt');
  await goVia(page, 'Förvaltning', 'Avtal');
  await checkPage(page, 'Avtal');
  await expect(page.getByRole('table', { name: 'Avtal i registret' }).getByRole('row', { name: /100101/ })).toContainText('Lokal 1001, Utlandagatan 6');

  await page.getByRole('link', { name: 'Nytt avtal' }).click();
  await checkPage(page, 'Nytt avtal');

  // Sent empty: the form's own checks, each field named
  await page.getByRole('button', { name: 'Spara avtalet' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'Det finns ett problem' });
  await expect(summary).toBeVisible();
  await expect(summary).toContainText('Välj kund.');
  await expect(summary).toContainText('Fyll i startdatum.');
  await expectAccessible(page);

  await page.getByLabel('Kund', { exact: true }).selectOption({ label: 'Ateljé Nord HB (916543-2106)' });
  await page.getByLabel('Startdatum').fill('2026-07-01');
  await page.getByLabel('Slutdatum').fill('2026-12-31');
  await page.getByLabel('Uppsägningstid i månader').fill('3');
  await page.getByLabel('Betalningsperiod').selectOption({ label: 'Månadsvis i förskott' });
  await page.getByLabel('Undertecknat').selectOption({ label: 'På papper' });
  await page.getByLabel('Frivillig skattskyldighet: lokalen hyrs ut med moms').check();
  await page.getByLabel('Filtrera hyresobjekt').fill('1001');
  await page.getByRole('checkbox', { name: /^Lokal 1001, Utlandagatan 6/ }).check();

  const first = page.getByRole('group', { name: 'Hyresrad 1' });
  await first.getByLabel('Typ').selectOption({ label: 'Bashyra' });
  await first.getByLabel('Beskrivning').fill('Grundhyra kontor');
  await first.getByLabel('Belopp i kronor exkl. moms').fill('20 500,00');
  await first.getByLabel('Beloppet gäller').selectOption({ label: 'per månad' });
  await expect(first.getByLabel('Momssats')).toHaveValue('25');
  await page.getByRole('button', { name: 'Lägg till en hyresrad till' }).click();
  const second = page.getByRole('group', { name: 'Hyresrad 2' });
  await second.getByLabel('Typ').selectOption({ label: 'Fastighetsskatt' });
  await second.getByLabel('Beskrivning').fill('Fastighetsskattetillägg');
  await second.getByLabel('Belopp i kronor exkl. moms').fill('1025');
  await second.getByLabel('Beloppet gäller').selectOption({ label: 'per månad' });

  // 1001 is Café Lunden's: the server says so, and nothing is saved
  await page.getByRole('button', { name: 'Spara avtalet' }).click();
  await expect(summary).toContainText('Hyresobjekt 1001 är redan uthyrt på avtal 100101 från 2021-04-01 tills vidare.');
  await expectAccessible(page);
  await page.getByLabel('Filtrera hyresobjekt').fill('Skånegatan');
  await page.getByRole('checkbox', { name: /^Lokal 3001, Skånegatan 17/ }).check();
  await page.getByLabel('Filtrera hyresobjekt').fill('');
  await page.getByRole('checkbox', { name: /^Lokal 1001, Utlandagatan 6/ }).uncheck();
  await page.getByRole('button', { name: 'Spara avtalet' }).click();

  await expect(page.getByRole('heading', { level: 1, name: /^Avtal \d+ · Lokal 3001, Skånegatan 17$/ })).toBeVisible();
  const heading = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
  const number = /Avtal (\d+)/.exec(heading)![1]!;
  await expect(page.getByRole('status').filter({ hasText: `Avtal ${number} är sparat.` })).toBeVisible();
  await checkPage(page, heading);
  const rows = page.getByRole('table', { name: /^Hyresrader/ });
  await expect(rows.getByRole('row', { name: /Grundhyra kontor/ })).toContainText('246 000,00');
  await expect(rows.getByRole('row', { name: /Fastighetsskattetillägg/ })).toContainText('25 %');
  await expect(page.getByText('258 300,00', { exact: false }).first()).toBeVisible();

  // The index row: 246 000 kr × (346,44 − 336,04) / 336,04 = 7 613,38 kr a year
  const index = page.getByRole('region', { name: 'Lägg till indexrad' });
  await index.getByLabel('Basindex (KPI)').fill('336,04');
  await index.getByLabel('Aktuellt index (KPI)').fill('346,44');
  await index.getByRole('button', { name: 'Lägg till indexraden' }).click();
  await expect(index.getByRole('status')).toHaveText(/^Indexraden är tillagd: 7\s613,38\skr per år\.$/);
  await expect(rows.getByRole('row', { name: /Indexuppräkning/ })).toContainText('336,04 → 346,44');
  await expectAccessible(page);

  // Ending a rent row: it stays on the page, marked as ended
  const end = page.getByRole('region', { name: 'Avsluta hyresrad' });
  const choice = end.getByLabel('Hyresrad');
  await choice.selectOption((await choice.locator('option', { hasText: 'Fastighetsskattetillägg' }).getAttribute('value'))!);
  await end.getByLabel('Sista giltighetsdag').fill('2026-09-30');
  await end.getByRole('button', { name: 'Avsluta hyresraden' }).click();
  await expect(end.getByRole('status')).toHaveText('Hyresraden gäller till och med 2026-09-30.');
  await expect(rows.getByRole('row', { name: /Fastighetsskattetillägg/ })).toContainText('Till och med 2026-09-30');

  // In the register, found by its object
  await goVia(page, 'Förvaltning', 'Avtal');
  await page.getByLabel('Sök avtal').fill('3001');
  await page.getByRole('button', { name: 'Sök', exact: true }).click();
  const found = page.getByRole('table', { name: 'Avtal i registret' }).getByRole('row', { name: new RegExp(number) });
  await expect(found).toContainText('Ateljé Nord HB');
  await expect(found).toContainText('Lokal 3001, Skånegatan 17');
  await checkPage(page, 'Avtal');
});
