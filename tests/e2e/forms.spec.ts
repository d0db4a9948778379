import type { Page } from '@playwright/test';
import { codeIn, expect, expectAccessible, loginStaff, test, waitForMessage } from './support.ts';

// Every form reports a failed submit the same way: an error summary at the top that takes focus and
// links to each invalid field, and a message under each field (aria-invalid, aria-describedby). Each
// form here is sent empty (the browser's checks and the form's own) and with something the server
// refuses, neither of which changes the demo data.

interface Problem {
  /** The field's label. */
  field: string;
  /** Its message, under it and as the summary's link to it (a pattern where the server words it). */
  message: string | RegExp;
}

/** The input, text area or select labelled `label` (a section may have the same name). */
const control = (page: Page, label: string) => page.locator('input, textarea, select').and(page.getByLabel(label, { exact: true }));

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function expectProblems(page: Page, problems: Problem[], sentence?: string, heading = 'Det finns ett problem') {
  const summary = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: heading }) });
  await expect(summary).toBeFocused();
  await expect(summary).toBeInViewport();
  if (sentence) await expect(summary).toContainText(sentence);
  await expect(summary.getByRole('link')).toHaveCount(problems.length);
  for (const [index, { field, message }] of problems.entries()) {
    const input = control(page, field);
    await expect(summary.getByRole('link').nth(index)).toHaveText(message);
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await expect(input).toHaveAccessibleDescription(new RegExp(`^(Fel|Error): ${typeof message === 'string' ? escape(message) : message.source}`));
  }
  await expectAccessible(page);
  // The link takes the user to the field.
  const first = problems[0]!;
  await summary.getByRole('link').first().click();
  await expect(control(page, first.field)).toBeFocused();
}

async function loginTenant(page: Page, username = 'lunden', password = 'Lunden#2026') {
  await page.goto('/login');
  await page.getByLabel('Användarnamn').fill(username);
  await page.getByLabel('Lösenord').fill(password);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Hem' })).toBeVisible();
}

test('the tenant login form: empty, then a login the server refuses', async ({ page }, info) => {
  await page.goto('/login');
  await page.getByRole('button', { name: 'Logga in' }).click();
  await expectProblems(page, [
    { field: 'Användarnamn', message: 'Fyll i användarnamn.' },
    { field: 'Lösenord', message: 'Fyll i lösenord.' },
  ]);
  await page.getByLabel('Användarnamn').fill(`finns-inte-${info.project.name}`);
  await page.getByLabel('Lösenord').fill('Fel#Lösen1');
  await page.getByRole('button', { name: 'Logga in' }).click();
  await expectProblems(page, [{ field: 'Användarnamn', message: 'Fel användarnamn eller lösenord.' }]);
});

test('the messages are in the user\'s language', async ({ page }) => {
  await page.goto('/login');
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('button', { name: 'Log in' }).click();
  await expectProblems(
    page,
    [
      { field: 'Username', message: 'Fill in username.' },
      { field: 'Password', message: 'Fill in password.' },
    ],
    undefined,
    'There is a problem',
  );
});

test('Skapa konto: the first step sent empty, then with a number the server refuses', async ({ page }) => {
  await page.goto('/skapa-konto');
  const next = page.getByRole('button', { name: 'Nästa' });
  await next.click();
  await expectProblems(page, [
    { field: 'Organisationsnummer', message: 'Fyll i organisationsnummer.' },
    { field: 'Användarnamn', message: 'Fyll i användarnamn.' },
    { field: 'Lösenord', message: 'Fyll i lösenord.' },
    { field: 'Upprepa lösenord', message: 'Skriv lösenordet en gång till.' },
  ]);
  await page.getByLabel('Organisationsnummer').fill('556987-6543');
  await page.getByLabel('Användarnamn').fill('nagon');
  await page.getByLabel('Lösenord', { exact: true }).fill('Kontor#Hotell26');
  await page.getByLabel('Upprepa lösenord').fill('Kontor#Hotell26');
  await next.click();
  await expectProblems(page, [{ field: 'Organisationsnummer', message: 'Organisationsnumret eller personnumret är inte giltigt. Kontrollera siffrorna (10 eller 12 siffror, med eller utan bindestreck).' }]);
});

test('the forgot-password form sent empty', async ({ page }) => {
  await page.goto('/glomt-losenord');
  await page.getByRole('button', { name: 'Skicka kod' }).click();
  await expectProblems(page, [{ field: 'Användarnamn', message: 'Fyll i ditt användarnamn.' }]);
});

test('Nytt ärende sent empty names each missing field, out of view or not', async ({ page }) => {
  await loginTenant(page);
  await page.goto('/arenden/nytt');
  const send = page.getByRole('button', { name: 'Skicka ärende' });
  await send.scrollIntoViewIfNeeded();
  await send.click();
  await expectProblems(page, [
    { field: 'Rubrik', message: 'Fyll i rubrik.' },
    { field: 'Beskrivning', message: 'Fyll i beskrivning.' },
    { field: 'Kategori', message: 'Välj kategori.' },
  ]);
  // What and where come before the attachments.
  const top = async (label: string) => (await page.getByLabel(label, { exact: true }).boundingBox())!.y;
  expect(await top('Kategori')).toBeLessThan(await top('Avtal'));
  expect(await top('Avtal')).toBeLessThan(await top('Välj filer'));
});

test('Mina uppgifter: name and password sent empty, then a wrong current password', async ({ page }) => {
  await loginTenant(page);
  await page.goto('/mina-uppgifter');
  await control(page, 'Namn').fill('');
  await page.getByRole('button', { name: 'Spara' }).first().click();
  await expectProblems(page, [{ field: 'Namn', message: 'Fyll i ditt namn.' }]);
  await page.reload();

  const change = page.getByRole('button', { name: 'Byt lösenord' });
  await change.click();
  await expectProblems(page, [
    { field: 'Nuvarande lösenord', message: 'Fyll i nuvarande lösenord.' },
    { field: 'Nytt lösenord', message: 'Fyll i nytt lösenord.' },
    { field: 'Upprepa nytt lösenord', message: 'Skriv lösenordet en gång till.' },
  ]);
  await page.getByLabel('Nuvarande lösenord').fill('Inte#Rätt99');
  await page.getByLabel('Nytt lösenord', { exact: true }).fill('Nytt#Lösen2027');
  await page.getByLabel('Upprepa nytt lösenord').fill('Nytt#Lösen2027');
  await change.click();
  await expectProblems(page, [{ field: 'Nuvarande lösenord', message: 'Det nuvarande lösenordet stämmer inte.' }]);
  // A new password the policy refuses: nothing changes.
  await page.getByLabel('Nuvarande lösenord').fill('Lunden#2026');
  await page.getByLabel('Nytt lösenord', { exact: true }).fill('lunden2026');
  await page.getByLabel('Upprepa nytt lösenord').fill('lunden2026');
  await change.click();
  await expectProblems(page, [{ field: 'Nytt lösenord', message: /Lösenordet uppfyller inte kraven: .+\./ }]);
});

test('the back office: the second login step and the staff invitation, empty and refused', async ({ page }) => {
  await page.goto('/admin/login');
  await page.getByRole('button', { name: 'Logga in' }).click();
  await expectProblems(page, [
    { field: 'E-post', message: 'Fyll i e-post.' },
    { field: 'Lösenord', message: 'Fyll i lösenord.' },
  ]);
  await page.getByLabel('E-post').fill('admin@exempel.se');
  await page.getByLabel('Lösenord').fill('Admin#2026');
  await page.getByRole('button', { name: 'Logga in' }).click();
  await expect(page.getByLabel('Engångskod')).toBeVisible();
  await page.getByRole('button', { name: 'Logga in' }).click();
  await expectProblems(page, [{ field: 'Engångskod', message: 'Fyll i engångskoden.' }]);

  await loginStaff(page, 'admin@exempel.se', 'Admin#2026');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.goto('/admin/personal');
  const invite = page.getByRole('button', { name: 'Skicka inbjudan' });
  await invite.click();
  await expectProblems(page, [
    { field: 'Namn', message: 'Fyll i namn.' },
    { field: 'E-post', message: 'Fyll i e-post.' },
  ]);
  await control(page, 'Namn').fill('Anna Admin');
  await control(page, 'E-post').fill('admin@exempel.se');
  await invite.click();
  await expectProblems(page, [{ field: 'E-post', message: 'Det finns redan en användare med den e-postadressen.' }]);
});

const wrongCode = /Fel kod\. Du har \d försök kvar\./;
/** A message with a one-time code ("Din kod: 123456", "… din kod till Mina sidor är 123456."). */
const isCode = (m: { text: string }) => /(din kod|your code)\D{0,40}\d{6}\b/i.test(m.text);

test('Mina uppgifter: a new e-mail address and a new mobile number, empty and refused, and the code step', async ({ page }, info) => {
  // A tenant user per viewport: the phone's and the desktop's runs go side by side, and a second code
  // for the same user within a minute is refused ("wait before asking again"), which failed one of them.
  if (info.project.name === 'phone') await loginTenant(page);
  else await loginTenant(page, 'bygg', 'Bygg#2026');
  await page.goto('/mina-uppgifter');
  const email = page.getByRole('region', { name: 'E-post' });
  const sendCode = email.getByRole('button', { name: 'Skicka kod' });
  await sendCode.click();
  await expectProblems(page, [{ field: 'Ny e-postadress', message: 'Fyll i en e-postadress.' }]);
  await control(page, 'Ny e-postadress').fill('lisa@cafelunden');
  await sendCode.click();
  await expectProblems(page, [{ field: 'Ny e-postadress', message: 'E-postadressen är inte giltig.' }]);

  // The code step: nothing changes until the code from the new address is entered.
  await control(page, 'Ny e-postadress').fill('lisa.lund@cafelunden.se');
  await sendCode.click();
  const confirm = email.getByRole('button', { name: 'Bekräfta' });
  await expect(confirm).toBeVisible();
  await confirm.click();
  await expectProblems(page, [{ field: 'Verifieringskod', message: 'Fyll i verifieringskod.' }]);
  await control(page, 'Verifieringskod').fill('000000');
  await confirm.click();
  await expectProblems(page, [{ field: 'Verifieringskod', message: wrongCode }]);
  await email.getByRole('button', { name: 'Avbryt' }).click();

  const mobile = page.getByRole('region', { name: 'Mobilnummer' });
  await mobile.getByRole('button', { name: 'Skicka kod' }).click();
  await expectProblems(page, [{ field: 'Nytt mobilnummer', message: 'Fyll i ett mobilnummer.' }]);
  await control(page, 'Nytt mobilnummer').fill('0701');
  await mobile.getByRole('button', { name: 'Skicka kod' }).click();
  await expectProblems(page, [{ field: 'Nytt mobilnummer', message: 'Mobilnumret är inte giltigt. Skriv till exempel 070-123 45 67.' }]);
});

test('the case reply form, empty and too long for the server, in English', async ({ page }) => {
  await loginTenant(page);
  await page.getByRole('button', { name: 'English' }).click();
  await page.goto('/arenden');
  await page.getByRole('link', { name: 'Droppande kran i storköket' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Droppande kran i storköket' })).toBeVisible();
  const send = page.getByRole('button', { name: 'Send message' });
  await send.click();
  await expectProblems(page, [{ field: 'Message', message: 'Write a message or attach a file.' }], undefined, 'There is a problem');
  // The field takes any length; the server takes 5,000 characters, which the form says before sending.
  await control(page, 'Message').fill('Droppar. '.repeat(560));
  await send.click();
  await expectProblems(page, [{ field: 'Message', message: 'The message may be at most 5000 characters.' }], undefined, 'There is a problem');
  await page.getByRole('button', { name: 'Svenska' }).click();
});

test('Glömt lösenord: the code step and the new password, empty and refused', async ({ page }, info) => {
  // Each viewport resets a password of its own account, so that they never read each other's codes.
  const [username, address] = info.project.name === 'phone' ? ['bygg', 'bo@byggvaruhuset.se'] : ['lunden', 'lisa@cafelunden.se'];
  await page.goto('/glomt-losenord');
  await page.getByLabel('Användarnamn').fill(username);
  const since = Date.now();
  await page.getByRole('button', { name: 'Skicka kod' }).click();
  const verify = page.getByRole('button', { name: 'Verifiera' });
  await expect(verify).toBeVisible();
  await verify.click();
  await expectProblems(page, [{ field: 'Verifieringskod', message: 'Fyll i verifieringskod.' }]);
  const message = await waitForMessage(page, address, since, isCode);
  const code = codeIn(message.text);
  await control(page, 'Verifieringskod').fill(code === '000000' ? '111111' : '000000');
  await verify.click();
  await expectProblems(page, [{ field: 'Verifieringskod', message: wrongCode }]);
  await control(page, 'Verifieringskod').fill(code);
  await verify.click();

  // The new password: empty, then one the policy refuses; the old one still works afterwards.
  const save = page.getByRole('button', { name: 'Spara nytt lösenord' });
  await expect(save).toBeVisible();
  await save.click();
  await expectProblems(page, [
    { field: 'Nytt lösenord', message: 'Fyll i nytt lösenord.' },
    { field: 'Upprepa lösenord', message: 'Skriv lösenordet en gång till.' },
  ]);
  await page.getByLabel('Nytt lösenord', { exact: true }).fill('hemligt');
  await page.getByLabel('Upprepa lösenord').fill('hemligt');
  await save.click();
  await expectProblems(page, [{ field: 'Nytt lösenord', message: /Lösenordet uppfyller inte kraven: .+\./ }]);
});

test('Skapa konto: the code step and the details, empty and refused', async ({ page }, info) => {
  // Each viewport registers with a customer of its own, so that they never read each other's codes.
  const phone = info.project.name === 'phone';
  await page.goto('/skapa-konto');
  await page.getByLabel('Organisationsnummer').fill(phone ? '556016-0680' : '556600-1128');
  await page.getByLabel('Användarnamn').fill(`formular-${info.project.name}`);
  await page.getByLabel('Lösenord', { exact: true }).fill('Formulär#Test26');
  await page.getByLabel('Upprepa lösenord').fill('Formulär#Test26');
  await page.getByRole('button', { name: 'Nästa' }).click();
  // Step 2 always has a channel chosen: it cannot be sent empty.
  await page.getByRole('radio', { name: phone ? 'E-post till i***@nordiskdesign.se' : 'SMS till 076-***22 33' }).check();
  const since = Date.now();
  await page.getByRole('button', { name: 'Nästa' }).click();

  const verify = page.getByRole('button', { name: 'Verifiera' });
  await expect(verify).toBeVisible();
  await verify.click();
  await expectProblems(page, [{ field: 'Verifieringskod', message: 'Fyll i verifieringskod.' }]);
  const message = await waitForMessage(page, phone ? 'info@nordiskdesign.se' : '+46761112233', since, isCode);
  const code = codeIn(message.text);
  await control(page, 'Verifieringskod').fill(code === '000000' ? '111111' : '000000');
  await verify.click();
  await expectProblems(page, [{ field: 'Verifieringskod', message: wrongCode }]);
  await control(page, 'Verifieringskod').fill(code);
  await verify.click();

  await expect(page.getByRole('heading', { name: 'Komplettera dina uppgifter' })).toBeVisible();
  const save = page.getByRole('button', { name: 'Spara' });
  await control(page, 'Namn').fill('');
  await save.click();
  await expectProblems(page, [{ field: 'Namn', message: 'Fyll i namn.' }]);
  await control(page, 'Namn').fill('Fia Formulär');
  await control(page, 'Mobilnummer').fill('0701');
  await save.click();
  await expectProblems(page, [{ field: 'Mobilnummer', message: 'Mobilnumret är inte giltigt. Skriv till exempel 070-123 45 67.' }]);
});

test('Nytt utskick: without the property it is for, then sent empty', async ({ page }) => {
  await loginStaff(page, 'kundansvarig@exempel.se', 'Kund#2026');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.goto('/admin/utskick/nytt');
  // It is sent after a preview of whom it reaches: a preview without the property first.
  await page.getByRole('radio', { name: 'En fastighet' }).check();
  const preview = page.getByRole('button', { name: 'Förhandsgranska' });
  await preview.click();
  await expectProblems(page, [{ field: 'Fastighet', message: 'Välj en fastighet.' }]);
  await control(page, 'Fastighet').selectOption({ label: 'Göteborg Heden 24:7 – Skånegatan 17' });
  await preview.click();
  await expect(page.getByRole('status').filter({ hasText: /Når \d+ kund/ })).toBeVisible();
  await page.getByRole('button', { name: 'Skicka utskick' }).click();
  await expectProblems(page, [
    { field: 'Rubrik', message: 'Fyll i rubrik.' },
    { field: 'Meddelande', message: 'Fyll i meddelande.' },
  ]);
});

test('the search forms have nothing to refuse: empty is a search for everything, and the field ends where the server does', async ({ page }) => {
  await loginTenant(page);
  await page.goto('/arenden?q=ljusskylt');
  const search = page.getByRole('search');
  await expect(page.getByText('0 ärenden')).toBeVisible();
  await search.getByLabel('Sök', { exact: true }).fill('');
  await search.getByRole('button', { name: 'Sök', exact: true }).click();
  await expect(page).toHaveURL(/\/arenden$/);
  await expect(page.getByRole('link', { name: 'Droppande kran i storköket' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  // The API takes 200 characters: the field takes no more.
  await search.getByLabel('Sök', { exact: true }).pressSequentially('x'.repeat(205));
  await expect(search.getByLabel('Sök', { exact: true })).toHaveValue('x'.repeat(200));
  await expectAccessible(page);
});
