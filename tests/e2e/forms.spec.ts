import type { Page } from '@playwright/test';
import { expect, expectAccessible, loginStaff, test } from './support.ts';

// Every form reports a failed submit the same way: an error summary at the top that takes focus and
// links to each invalid field, and a message under each field (aria-invalid, aria-describedby). Each
// form here is sent empty (the browser's checks and the form's own) and with something the server
// refuses, neither of which changes the demo data.

interface Problem {
  /** The field's label. */
  field: string;
  /** Its message, under it and as the summary's link to it. */
  message: string;
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
    await expect(input).toHaveAccessibleDescription(new RegExp(`^(Fel|Error): ${escape(message)}`));
  }
  await expectAccessible(page);
  // The link takes the user to the field.
  const first = problems[0]!;
  await summary.getByRole('link').first().click();
  await expect(control(page, first.field)).toBeFocused();
}

async function loginTenant(page: Page) {
  await page.goto('/login');
  await page.getByLabel('Användarnamn').fill('lunden');
  await page.getByLabel('Lösenord').fill('Lunden#2026');
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
    { field: 'Organisationsnummer', message: 'Fyll i alla fält.' },
    { field: 'Användarnamn', message: 'Fyll i alla fält.' },
    { field: 'Lösenord', message: 'Fyll i alla fält.' },
    { field: 'Upprepa lösenord', message: 'Fyll i alla fält.' },
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
    { field: 'Nuvarande lösenord', message: 'Fyll i alla tre lösenordsfälten.' },
    { field: 'Nytt lösenord', message: 'Fyll i alla tre lösenordsfälten.' },
    { field: 'Upprepa nytt lösenord', message: 'Fyll i alla tre lösenordsfälten.' },
  ]);
  await page.getByLabel('Nuvarande lösenord').fill('Inte#Rätt99');
  await page.getByLabel('Nytt lösenord', { exact: true }).fill('Nytt#Lösen2027');
  await page.getByLabel('Upprepa nytt lösenord').fill('Nytt#Lösen2027');
  await change.click();
  await expectProblems(page, [{ field: 'Nuvarande lösenord', message: 'Det nuvarande lösenordet stämmer inte.' }]);
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
