import { checkPage, expect, goVia, loginStaff, test } from './support.ts';
import { expectListsFit } from './lists.ts';

// The new-lease form on a 360 px phone: every field reachable, nothing for axe to find, nothing wider
// than the screen, also with its error summary. Reading only (nothing is saved).
test('finance open the new-lease form on a phone and are told what is missing', async ({ page }) => {
  await loginStaff(page, 'ekonomi@exempel.se', 'Ekonomi#2026');
  await checkPage(page, 'Översikt');
  await goVia(page, 'Förvaltning', 'Avtal');
  await checkPage(page, 'Avtal');
  await page.getByRole('link', { name: 'Nytt avtal' }).click();
  await checkPage(page, 'Nytt avtal');
  await page.getByRole('button', { name: 'Spara avtalet' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'Det finns ett problem' });
  await expect(summary).toContainText('Välj kund.');
  await expect(summary).toContainText('Välj momssats.');
  await expect(summary).toBeFocused();
  await checkPage(page, 'Nytt avtal');
});

// The property and customer registers on a 360 px phone: each list, a record's page with its forms
// and each new-record form with its error summary; nothing for axe to find, nothing wider than the
// screen. Reading only (every form is refused before anything is saved).
test('finance use the property and customer registers on a phone', async ({ page }) => {
  test.slow();
  await loginStaff(page, 'ekonomi@exempel.se', 'Ekonomi#2026');
  await checkPage(page, 'Översikt');
  const summary = page.getByRole('alert').filter({ hasText: 'Det finns ett problem' });

  await goVia(page, 'Förvaltning', 'Fastigheter');
  await checkPage(page, 'Fastigheter');
  await page.getByRole('link', { name: 'Göteborg Heden 24:7' }).click();
  await checkPage(page, 'Göteborg Heden 24:7');
  await expect(page.getByRole('table', { name: 'Hyresobjekt på fastigheten' })).toContainText('Lokal 3001');
  // A building's postal code with a letter in it, refused in words before anything is sent
  const addBuilding = page.getByRole('region', { name: 'Lägg till byggnad' });
  await addBuilding.getByLabel('Byggnadens namn').fill('Skånegatan 19');
  await addBuilding.getByLabel('Gatuadress').fill('Skånegatan 19');
  await addBuilding.getByLabel('Postnummer').fill('4114a');
  await addBuilding.getByLabel('Ort').fill('Göteborg');
  await addBuilding.getByRole('button', { name: 'Lägg till byggnaden' }).click();
  await expect(summary).toContainText('Postnumret ska vara fem siffror, till exempel 412 61.');
  await expect(summary).toBeFocused();
  await checkPage(page, 'Göteborg Heden 24:7');

  await goVia(page, 'Förvaltning', 'Fastigheter');
  await page.getByRole('link', { name: 'Ny fastighet' }).click();
  await checkPage(page, 'Ny fastighet');
  await page.getByRole('button', { name: 'Spara fastigheten' }).click();
  await expect(summary).toContainText('Fyll i fastighetsbeteckning.');
  await checkPage(page, 'Ny fastighet');

  await goVia(page, 'Förvaltning', 'Hyresobjekt');
  await checkPage(page, 'Hyresobjekt');
  await expectListsFit(page);
  await page.getByRole('main').getByRole('link', { name: 'Lokal 1001' }).click();
  await checkPage(page, 'Lokal 1001, Utlandagatan 6');
  await expect(page.getByRole('table', { name: 'Hyresobjektets utrymmen' })).toContainText('Storkök');
  await expect(page.getByRole('table', { name: 'Avtal på hyresobjektet' })).toContainText('100101');
  // On a lease: its type and building stay, and the form says why
  const editObject = page.getByRole('region', { name: 'Ändra hyresobjektet' });
  await expect(editObject.getByLabel('Typ', { exact: true })).toBeDisabled();
  await expect(editObject.getByLabel('Typ', { exact: true })).toHaveAccessibleDescription('Objektet har avtal: typ och byggnad kan inte ändras.');
  await expectListsFit(page);

  await goVia(page, 'Förvaltning', 'Hyresobjekt');
  await page.getByRole('link', { name: 'Nytt hyresobjekt' }).click();
  await checkPage(page, 'Nytt hyresobjekt');
  await page.getByRole('button', { name: 'Spara hyresobjektet' }).click();
  await expect(summary).toContainText('Fyll i objektnummer.');
  await expect(summary).toContainText('Välj typ.');
  await checkPage(page, 'Nytt hyresobjekt');

  await goVia(page, 'Förvaltning', 'Kunder');
  await page.getByRole('link', { name: 'Ny kund' }).click();
  await checkPage(page, 'Ny kund');
  await page.getByLabel('Namn', { exact: true }).fill('Kopia av Café Lunden');
  await page.getByLabel('Organisationsnummer').fill('5591234561');
  await page.getByLabel('Gatuadress').fill('Utlandagatan 6');
  await page.getByLabel('Postnummer').fill('41261');
  await page.getByLabel('Ort').fill('Göteborg');
  await page.getByRole('button', { name: 'Spara kunden' }).click();
  await expect(summary).toContainText('Det finns redan en kund med nummer 559123-4561: Café Lunden AB.');
  await checkPage(page, 'Ny kund');

  // A customer's page with the register's form, and a lease's signed document
  await goVia(page, 'Förvaltning', 'Kunder');
  await page.getByRole('link', { name: 'Café Lunden AB' }).click();
  await checkPage(page, 'Café Lunden AB');
  await expect(page.getByRole('region', { name: 'Ändra kunduppgifter' }).getByLabel('Organisationsnummer')).toHaveValue('559123-4561');
  await goVia(page, 'Förvaltning', 'Avtal');
  // The URL changes before the lease list has replaced the customer page, whose leases link 100101 too
  await expect(page.getByRole('heading', { level: 1, name: 'Avtal' })).toBeVisible();
  await page.getByRole('main').getByRole('link', { name: '100101', exact: true }).click();
  const signed = page.getByRole('region', { name: 'Undertecknat avtal' });
  await expect(signed.getByRole('link', { name: /hyresavtal-100101\.pdf/ })).toBeVisible();
  await expect(signed.getByLabel('Välj fil')).toHaveAttribute('accept', 'application/pdf,.pdf');
  await checkPage(page, /^Avtal 100101/);
});
