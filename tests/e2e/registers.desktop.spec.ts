import { checkPage, expect, expectAccessible, goVia, loginStaff, test } from './support.ts';

/** A signed lease as a PDF would start; the server checks the type by its first bytes. */
const SIGNED_PDF = '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n';

// An administrator enters a lease for Ateljé Nord HB on 3001 (free until its next lease starts in
// 2027) with two rent rows, is told in words when an object is already let, sees the lease in the
// register, adds an index row (KPI 336,04 → 346,44 on 246 000 kr a year), ends a rent row and uploads
// the signed lease as a PDF.
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

  // The signed PDF, uploaded on its page: the lease becomes digital, and its document is a download link
  const signed = page.getByRole('region', { name: 'Undertecknat avtal' });
  await expect(signed).toContainText('Avtalet är undertecknat på papper.');
  await signed.getByRole('button', { name: 'Ladda upp avtalet' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Det finns ett problem' })).toContainText('Välj det undertecknade avtalet som PDF-fil.');
  await signed.getByLabel('Välj fil').setInputFiles({ name: `hyresavtal-${number}.pdf`, mimeType: 'application/pdf', buffer: Buffer.from(SIGNED_PDF) });
  await expect(signed.getByText(/ · Uppladdad$/)).toBeVisible();
  await signed.getByRole('button', { name: 'Ladda upp avtalet' }).click();
  await expect(signed.getByRole('status').filter({ hasText: `Avtalet hyresavtal-${number}.pdf är uppladdat.` })).toBeVisible();
  const download = signed.getByRole('link', { name: new RegExp(`hyresavtal-${number}\\.pdf`) });
  await expect(download).toBeVisible();
  const served = await page.request.get((await download.getAttribute('href'))!);
  expect(served.headers()['content-type']).toContain('application/pdf');
  await expect(page.getByRole('region', { name: 'Översikt' })).toContainText('Digitalt');
  await expectAccessible(page);

  // In the register, found by its object
  await goVia(page, 'Förvaltning', 'Avtal');
  await page.getByLabel('Sök avtal').fill('3001');
  await page.getByRole('button', { name: 'Sök', exact: true }).click();
  const found = page.getByRole('table', { name: 'Avtal i registret' }).getByRole('row', { name: new RegExp(number) });
  await expect(found).toContainText('Ateljé Nord HB');
  await expect(found).toContainText('Lokal 3001, Skånegatan 17');
  await checkPage(page, 'Avtal');
});

// Finance enter a property with a building, a rental object in it with a space, and a customer; each
// form first refused in words (the form's own checks, then the server's), each page checked by axe.
test('finance enter a property, a building, a rental object with a space and a customer', async ({ page }) => {
  test.slow();
  await loginStaff(page, 'ekonomi@exempel.se', 'Ekonomi#2026');
  await checkPage(page, 'Översikt');
  const summary = page.getByRole('alert').filter({ hasText: 'Det finns ett problem' });

  // Fastigheter → Ny fastighet
  await goVia(page, 'Förvaltning', 'Fastigheter');
  await checkPage(page, 'Fastigheter');
  await page.getByRole('link', { name: 'Ny fastighet' }).click();
  await checkPage(page, 'Ny fastighet');
  await page.getByRole('button', { name: 'Spara fastigheten' }).click();
  await expect(summary).toContainText('Fyll i fastighetsbeteckning.');
  await expect(summary).toContainText('Fyll i namn.');
  await expectAccessible(page);
  await page.getByLabel('Fastighetsbeteckning').fill('Olivedal 3');
  await page.getByLabel('Namn', { exact: true }).fill('Linnégatan 40');
  await page.getByLabel('Fastighetsansvarig').selectOption({ label: 'Fredrik Fastighetsansvarig' });
  await page.getByRole('button', { name: 'Spara fastigheten' }).click();
  await expect(summary).toContainText('Skriv fastighetsbeteckningen som kommun, trakt och block:enhet');
  await expect(page.getByLabel('Fastighetsbeteckning')).toHaveAttribute('aria-invalid', 'true');
  await page.getByLabel('Fastighetsbeteckning').fill('Göteborg Olivedal 3:14');
  await page.getByRole('button', { name: 'Spara fastigheten' }).click();
  await checkPage(page, 'Göteborg Olivedal 3:14');
  await expect(page.getByRole('status').filter({ hasText: 'Fastigheten Göteborg Olivedal 3:14 är sparad.' })).toBeVisible();

  // A building: a postal code of four digits is refused by the form itself
  const addBuilding = page.getByRole('region', { name: 'Lägg till byggnad' });
  await addBuilding.getByLabel('Byggnadens namn').fill('Linnégatan 40');
  await addBuilding.getByLabel('Gatuadress').fill('Linnégatan 40');
  await addBuilding.getByLabel('Postnummer').fill('4131');
  await addBuilding.getByLabel('Ort').fill('Göteborg');
  await addBuilding.getByRole('button', { name: 'Lägg till byggnaden' }).click();
  await expect(summary).toContainText('Postnumret ska vara fem siffror, till exempel 412 61.');
  await addBuilding.getByLabel('Postnummer').fill('41310');
  await addBuilding.getByRole('button', { name: 'Lägg till byggnaden' }).click();
  await expect(addBuilding.getByRole('status')).toHaveText('Byggnaden Linnégatan 40 är tillagd.');
  await expect(page.getByRole('table', { name: 'Fastighetens byggnader' })).toContainText('Linnégatan 40, 413 10 Göteborg');
  await expectAccessible(page);

  // A rental object in it (the property's only building is chosen), refused first for a number in use
  await page.getByRole('link', { name: 'Nytt hyresobjekt' }).click();
  await checkPage(page, 'Nytt hyresobjekt');
  await expect(page.getByLabel('Byggnad (adress)')).toHaveValue(/.+/);
  await page.getByLabel('Objektnummer').fill('1001');
  await page.getByLabel('Typ', { exact: true }).selectOption({ label: 'Lokal' });
  await page.getByLabel('Area i m²').fill('87,55');
  await page.getByLabel('Våning').fill('0');
  await page.getByRole('button', { name: 'Spara hyresobjektet' }).click();
  await expect(summary).toContainText('Skriv arean i kvadratmeter med högst en decimal');
  await page.getByLabel('Area i m²').fill('87,5');
  await page.getByRole('button', { name: 'Spara hyresobjektet' }).click();
  await expect(summary).toContainText('Det finns redan ett hyresobjekt med nummer 1001, på Utlandagatan 6. Välj ett annat nummer.');
  await expect(page.getByLabel('Objektnummer')).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page);
  await page.getByLabel('Objektnummer').fill('4001');
  await page.getByRole('button', { name: 'Spara hyresobjektet' }).click();
  await checkPage(page, 'Lokal 4001, Linnégatan 40');
  await expect(page.getByRole('status').filter({ hasText: 'Hyresobjekt 4001 är sparat.' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Uppgifter', exact: true })).toContainText('87,5 m²');

  // A space, then its name changed
  const addSpace = page.getByRole('region', { name: 'Lägg till utrymme' });
  await addSpace.getByLabel('Typ').selectOption({ label: 'Kök' });
  await addSpace.getByLabel('Namn').fill('Pentry');
  await addSpace.getByRole('button', { name: 'Lägg till utrymmet' }).click();
  await expect(addSpace.getByRole('status')).toHaveText('Utrymmet Pentry är tillagt.');
  await expect(page.getByRole('table', { name: 'Hyresobjektets utrymmen' })).toContainText('Pentry');
  const editSpace = page.getByRole('region', { name: 'Ändra utrymme' });
  await editSpace.getByLabel('Utrymme').selectOption({ label: 'Pentry (Kök)' });
  await editSpace.getByLabel('Namn').fill('Kök');
  await editSpace.getByRole('button', { name: 'Spara utrymmet' }).click();
  await expect(editSpace.getByRole('status')).toHaveText('Utrymmet Kök är sparat.');
  await expectAccessible(page);

  // The object changed: its floor
  const editObject = page.getByRole('region', { name: 'Ändra hyresobjektet' });
  await editObject.getByLabel('Våning').fill('1');
  await editObject.getByRole('button', { name: 'Spara ändringarna' }).click();
  await expect(editObject.getByRole('status')).toHaveText('Ändringarna är sparade.');

  // In the register of rental objects, found by its number
  await goVia(page, 'Förvaltning', 'Hyresobjekt');
  await checkPage(page, 'Hyresobjekt');
  await page.getByLabel('Filtrera hyresobjekt').fill('4001');
  await page.getByRole('button', { name: 'Sök', exact: true }).click();
  const row = page.getByRole('table', { name: 'Hyresobjekt i registret' }).getByRole('row', { name: /Lokal 4001/ });
  await expect(row).toContainText('Linnégatan 40, 413 10 Göteborg');
  await expect(row).toContainText('Ledigt');
  await checkPage(page, 'Hyresobjekt');

  // Kunder → Ny kund: a number that is not an organisationsnummer, then the customer
  await goVia(page, 'Förvaltning', 'Kunder');
  await page.getByRole('link', { name: 'Ny kund' }).click();
  await checkPage(page, 'Ny kund');
  await page.getByRole('button', { name: 'Spara kunden' }).click();
  await expect(summary).toContainText('Fyll i organisationsnummer.');
  await page.getByLabel('Namn', { exact: true }).fill('Linné Bageri AB');
  await page.getByLabel('Organisationsnummer').fill('556036-0794');
  await page.getByLabel('Gatuadress').fill('Linnégatan 40');
  await page.getByLabel('Postnummer').fill('413 10');
  await page.getByLabel('Ort').fill('Göteborg');
  await page.getByLabel('E-post').fill('info@linnebageri.se');
  await page.getByLabel('Mobilnummer').fill('070-987 65 43');
  await page.getByLabel('Kundansvarig').selectOption({ label: 'Karin Kundansvarig' });
  await page.getByRole('button', { name: 'Spara kunden' }).click();
  await expect(summary).toContainText('Organisationsnumret eller personnumret är inte giltigt.');
  await expect(page.getByLabel('Organisationsnummer')).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page);
  await page.getByLabel('Organisationsnummer').fill('556036-0793');
  await page.getByRole('button', { name: 'Spara kunden' }).click();
  await checkPage(page, 'Linné Bageri AB');
  await expect(page.getByRole('status').filter({ hasText: 'Kunden Linné Bageri AB är sparad.' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('556036-0793');

  // Its details changed
  const editCustomer = page.getByRole('region', { name: 'Ändra kunduppgifter' });
  await editCustomer.getByLabel('Gatuadress').fill('Linnégatan 42');
  await editCustomer.getByRole('button', { name: 'Spara kunduppgifterna' }).click();
  await expect(editCustomer.getByRole('status')).toHaveText('Kunduppgifterna är sparade.');
  await expect(page.getByRole('region', { name: 'Uppgifter', exact: true })).toContainText('Linnégatan 42');
  await expectAccessible(page);
});
