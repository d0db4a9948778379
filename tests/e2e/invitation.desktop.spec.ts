import { totpCode } from '../../server/security/totp.ts';
import { checkPage, expect, expectAccessible, goVia, loginStaff, test, waitForMessage } from './support.ts';

test('an administrator invites a colleague, who chooses a password and sets up the authenticator app', async ({ page, browser }) => {
  await loginStaff(page, 'admin@exempel.se', 'Admin#2026');
  await checkPage(page, 'Översikt');
  await goVia(page, 'Förvaltning', 'Personal');
  await checkPage(page, 'Personal');
  const since = Date.now();
  await page.getByLabel('Namn').fill('Nora Ny');
  await page.getByLabel('E-post').fill('nora@exempel.se');
  await page.getByLabel('Roll').selectOption({ label: 'Ekonomi' });
  await page.getByRole('button', { name: 'Skicka inbjudan' }).click();
  await expect(page.getByRole('cell', { name: 'nora@exempel.se' })).toBeVisible();
  await expectAccessible(page);

  const mail = await waitForMessage(page, 'nora@exempel.se', since);
  const link = /(\/admin\/inbjudan\?token=[A-Za-z0-9_-]+)/.exec(mail.text)![1]!;
  const context = await browser.newContext();
  const nora = await context.newPage();
  await nora.goto(link);
  await expect(nora.getByRole('heading', { name: 'Välj lösenord' })).toBeVisible();
  await expectAccessible(nora);
  await nora.getByLabel('Lösenord', { exact: true }).fill('Siffror#Räkna9');
  await nora.getByLabel('Upprepa lösenord').fill('Siffror#Räkna9');
  await nora.getByRole('button', { name: 'Spara lösenord' }).click();
  await nora.getByRole('link', { name: 'Logga in' }).click();

  await nora.getByLabel('E-post').fill('nora@exempel.se');
  await nora.getByLabel('Lösenord').fill('Siffror#Räkna9');
  await nora.getByRole('button', { name: 'Logga in' }).click();
  await expect(nora.getByRole('heading', { name: 'Tvåstegsverifiering' })).toBeVisible();
  await expect(nora.getByRole('img', { name: 'QR-kod för autentiseringsappen' })).toBeVisible();
  await expectAccessible(nora);
  const secret = (await nora.locator('code').first().innerText()).replace(/\s/g, '');
  await nora.getByLabel('Engångskod').fill(totpCode(secret, Date.now()));
  await nora.getByRole('button', { name: 'Aktivera och logga in' }).click();
  await expect(nora.getByRole('heading', { name: 'Spara dina återställningskoder' })).toBeVisible();
  await expectAccessible(nora);
  await nora.getByRole('button', { name: 'Jag har sparat koderna' }).click();
  await checkPage(nora, 'Översikt');
  await context.close();

  await goVia(page, 'Förvaltning', 'Händelselogg');
  await checkPage(page, 'Händelselogg');
  await expect(page.getByRole('cell', { name: 'Tvåstegsverifiering aktiverad' }).first()).toBeVisible();
});
