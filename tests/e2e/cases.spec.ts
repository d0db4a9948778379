import { checkPage, expect, expectAccessible, goVia, loginStaff, test, waitForMessage } from './support.ts';

test('a tenant reports a fault, staff answer, the tenant replies, staff close it, and the tenant finds it again', async ({ page, browser }, info) => {
  const word = info.project.name === 'phone' ? 'Ventilationen' : 'Ytterdörren';
  const title = `${word} i serveringen`;

  await page.goto('/login');
  await page.getByLabel('Användarnamn').fill('lunden');
  await page.getByLabel('Lösenord').fill('Lunden#2026');
  await page.getByRole('button', { name: 'Logga in' }).click();
  await checkPage(page, 'Hem');
  await page.getByRole('main').getByRole('link', { name: 'Nytt ärende' }).first().click();
  await checkPage(page, 'Nytt ärende');
  await page.getByLabel('Rubrik').fill(title);
  await page.getByLabel('Beskrivning').fill(`${word} låter mycket sedan i morse.`);
  await page.getByLabel('Typ av ärende').selectOption({ label: 'Felanmälan' });
  await page.getByLabel('Avtal').selectOption({ label: '100101' });
  const since = Date.now();
  await page.getByRole('button', { name: 'Skicka ärende' }).click();
  await checkPage(page, title);
  await expect(page.getByText('Registrerat').first()).toBeVisible();

  const confirmation = await waitForMessage(page, 'lisa@cafelunden.se', since, (m) => (m.subject ?? '').includes(title));
  expect(confirmation.subject).toContain(title);
  const link = /(\/arenden\/[0-9a-f-]{36})/.exec(confirmation.text)![1]!;

  // staff answer in the back office
  const staffContext = await browser.newContext({ viewport: page.viewportSize()! });
  const staff = await staffContext.newPage();
  await loginStaff(staff, 'fastighetsansvarig@exempel.se', 'Fastighet#2026');
  await checkPage(staff, 'Översikt');
  await goVia(staff, 'Backoffice', 'Ärenden');
  await checkPage(staff, 'Ärenden');
  await staff.getByRole('link', { name: title }).click();
  await checkPage(staff, title);
  const answered = Date.now();
  await staff.getByLabel('Meddelande').fill('Vi skickar en tekniker i eftermiddag.');
  await staff.getByRole('button', { name: 'Skicka', exact: true }).click();
  await expect(staff.getByText('Vi skickar en tekniker i eftermiddag.')).toBeVisible();
  await expectAccessible(staff);

  // the tenant is e-mailed, follows the link, reads and replies
  const notice = await waitForMessage(page, 'lisa@cafelunden.se', answered, (m) => (m.subject ?? '').includes(title));
  expect(notice.subject).toContain('Nytt meddelande');
  await page.goto(link);
  await checkPage(page, title);
  await expect(page.getByText('Vi skickar en tekniker i eftermiddag.')).toBeVisible();
  await page.getByLabel('Meddelande').fill('Tack, vi är på plats.');
  await page.getByRole('button', { name: 'Skicka meddelande' }).click();
  await expect(page.getByText('Tack, vi är på plats.')).toBeVisible();

  // staff close the case
  await staff.reload();
  await expect(staff.getByText('Tack, vi är på plats.')).toBeVisible();
  await staff.getByLabel('Status', { exact: true }).selectOption({ label: 'Avslutat' });
  await staff.getByRole('button', { name: 'Ändra status' }).click();
  await expect(staff.getByText('Avslutat').first()).toBeVisible();
  await staffContext.close();

  // the tenant finds it among historic cases by a word of its text
  await goVia(page, 'Huvudmeny', 'Ärenden');
  await checkPage(page, 'Ärenden');
  await page.getByRole('button', { name: 'Historiska' }).or(page.getByRole('link', { name: 'Historiska' })).first().click();
  await page.getByLabel('Sök', { exact: true }).fill(word.toLowerCase());
  await page.getByRole('button', { name: 'Sök', exact: true }).click();
  await expect(page.getByRole('link', { name: title })).toBeVisible();
  await expectAccessible(page);
});
