import type { APIRequestContext, Page } from '@playwright/test';
import { checkPage, codeIn, hasCode, expect, expectAccessible, test, waitForMessage } from './support.ts';

// Sara Lindqvist (a private tenant) gets one account per viewport through the API, verified by SMS on the
// phone and by e-mail on the desktop, so that each viewport's codes go to its own channel.
async function registerThroughApi(page: Page, request: APIRequestContext, username: string, channel: 'email' | 'sms', password: string) {
  const { csrfToken } = await (await request.get('/api/session')).json();
  const headers = { 'x-csrf-token': csrfToken };
  const started = await (await request.post('/api/registrations', { headers, data: { identityNumber: '811218-9876', username, password, passwordRepeat: password } })).json();
  const since = Date.now();
  await request.post(`/api/registrations/${started.registrationId}/send`, { headers, data: { channel } });
  const message = await waitForMessage(page, channel === 'email' ? 'sara.lindqvist@exempel.net' : '+46702345678', since, hasCode);
  expect((await request.post(`/api/registrations/${started.registrationId}/verify`, { headers, data: { code: codeIn(message.text) } })).status()).toBe(200);
  expect((await request.put(`/api/registrations/${started.registrationId}/details`, { headers, data: { name: 'Sara Lindqvist', email: 'sara.lindqvist@exempel.net', mobile: '0702345678' } })).status()).toBe(200);
}

test('a tenant who forgot the password sets a new one, then changes details under Mina uppgifter', async ({ page }, info) => {
  const phone = info.project.name === 'phone';
  const username = `sara-${info.project.name}`;
  await registerThroughApi(page, page.request, username, phone ? 'sms' : 'email', 'Första#Lösen1');

  await page.goto('/login');
  await page.getByRole('link', { name: 'Glömt lösenord?' }).click();
  await checkPage(page, 'Glömt lösenord');
  await page.getByLabel('Användarnamn').fill(username);
  const since = Date.now();
  await page.getByRole('button', { name: 'Skicka kod' }).click();
  await expect(page.getByLabel('Verifieringskod')).toBeVisible();
  await expectAccessible(page);
  const message = await waitForMessage(page, phone ? '+46702345678' : 'sara.lindqvist@exempel.net', since, hasCode);
  await page.getByLabel('Verifieringskod').fill(codeIn(message.text));
  await page.getByRole('button', { name: 'Verifiera' }).click();
  await page.getByLabel('Nytt lösenord', { exact: true }).fill('Andra#Lösen22');
  await page.getByLabel('Upprepa lösenord').fill('Andra#Lösen22');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Spara nytt lösenord' }).click();
  await expect(page.getByRole('heading', { name: 'Lösenordet är ändrat.' })).toBeVisible();
  await page.getByRole('link', { name: 'Logga in' }).click();

  await page.getByLabel('Användarnamn').fill(username);
  await page.getByLabel('Lösenord').fill('Andra#Lösen22');
  await page.getByRole('button', { name: 'Logga in' }).click();
  await checkPage(page, 'Hem');

  await page.getByRole('link', { name: 'Mina uppgifter' }).click();
  await checkPage(page, 'Mina uppgifter');
  const newEmail = `${username}@exempel.net`;
  await page.getByLabel('Ny e-postadress').fill(newEmail);
  const sent = Date.now();
  await page.getByRole('button', { name: 'Skicka kod' }).first().click();
  const confirm = await waitForMessage(page, newEmail, sent, hasCode);
  await page.getByLabel('Verifieringskod').fill(codeIn(confirm.text));
  await page.getByRole('button', { name: 'Bekräfta' }).click();
  await expect(page.getByText(newEmail).first()).toBeVisible();
  await expectAccessible(page);
  await expect(page.getByRole('button', { name: 'Logga ut från alla andra enheter' })).toBeVisible();
});
