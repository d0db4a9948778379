import { checkPage, codeIn, hasCode, expect, expectAccessible, goVia, loginStaff, test, waitForMessage } from './support.ts';

test('Ateljé Nord is told to contact the landlord; staff add an e-mail; then the registration works', async ({ page, browser }) => {
  const tenant = page;
  const register = async () => {
    await tenant.goto('/skapa-konto');
    await tenant.getByLabel('Organisationsnummer').fill('916543-2106');
    await tenant.getByLabel('Användarnamn').fill('ateljenord');
    await tenant.getByLabel('Lösenord', { exact: true }).fill('Målarduk#2026');
    await tenant.getByLabel('Upprepa lösenord').fill('Målarduk#2026');
    await tenant.getByRole('button', { name: 'Nästa' }).click();
  };
  await register();
  await expect(tenant.getByRole('alert')).toContainText('Kontakta oss först');
  await expect(tenant.getByRole('alert')).toContainText('031-123 45 00');
  await expectAccessible(tenant);

  const staffContext = await browser.newContext({ viewport: { width: 360, height: 780 } });
  const staff = await staffContext.newPage();
  await loginStaff(staff, 'kundansvarig@exempel.se', 'Kund#2026');
  await checkPage(staff, 'Översikt');
  await goVia(staff, 'Förvaltning', 'Kunder');
  await staff.getByRole('link', { name: 'Ateljé Nord HB' }).click();
  await checkPage(staff, 'Ateljé Nord HB');
  await staff.getByLabel('E-post').fill('hej@ateljenord.se');
  await staff.getByRole('button', { name: 'Spara kontaktuppgifter' }).click();
  await expect(staff.getByRole('status').filter({ hasText: /sparade/i })).toBeVisible();
  await expectAccessible(staff);

  await register();
  await expect(tenant.getByRole('heading', { name: 'Verifiera kontot' })).toBeVisible();
  const since = Date.now();
  await tenant.getByRole('radio', { name: 'E-post till h***@ateljenord.se' }).check();
  await tenant.getByRole('button', { name: 'Nästa' }).click();
  const message = await waitForMessage(tenant, 'hej@ateljenord.se', since, hasCode);
  await tenant.getByLabel('Verifieringskod').fill(codeIn(message.text));
  await tenant.getByRole('button', { name: 'Verifiera' }).click();
  await expect(tenant.getByRole('heading', { name: 'Komplettera dina uppgifter' })).toBeVisible();

  // the customer page now lists the new user
  await staff.reload();
  await expect(staff.getByRole('cell', { name: 'ateljenord' }).or(staff.getByRole('rowheader', { name: 'ateljenord' })).first()).toBeVisible();
  await staffContext.close();
});
