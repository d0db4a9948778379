import { checkPage, expect, expectAccessible, goVia, loginStaff, test } from './support.ts';

test.describe('the back office', () => {
  test('an administrator logs in, looks through the register and the messages, and logs out', async ({ page }) => {
    await page.goto('/admin');
    await expect(page).toHaveURL(/\/admin\/login/);
    await checkPage(page, 'Förvaltning');
    await loginStaff(page, 'admin@exempel.se', 'Admin#2026', { viaForm: true });
    await checkPage(page, 'Översikt');
    // besides the cases, the unmatched payments and the option orders wait for an administrator
    await expect(page.getByRole('heading', { level: 2, name: 'Oparade inbetalningar' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Tillvalsbeställningar' })).toBeVisible();
    await expect(page.getByText(/beställningar? är öppna?\.|beställning är öppen\./)).toBeVisible();
    await page.getByRole('link', { name: 'Till oparade inbetalningar' }).click();
    await checkPage(page, 'Oparade inbetalningar');
    await page.goBack();
    await checkPage(page, 'Översikt');
    await page.getByRole('button', { name: 'English' }).click();
    await checkPage(page, 'Overview');
    await expect(page.getByRole('heading', { level: 2, name: 'Unmatched payments' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'To the option orders' })).toBeVisible();
    // opened anew in English: the back office's texts (a file of their own) come in English before it shows
    await page.reload();
    await checkPage(page, 'Overview');
    await expect(page.getByRole('heading', { level: 2, name: 'Unmatched payments' })).toBeVisible();
    await page.getByRole('button', { name: 'Svenska' }).click();
    await checkPage(page, 'Översikt');

    await goVia(page, 'Förvaltning', 'Kunder');
    await checkPage(page, 'Kunder');
    await page.getByRole('searchbox', { name: 'Sök' }).or(page.getByLabel('Sök')).first().fill('Ateljé');
    await expect(page.getByRole('cell', { name: 'Ateljé Nord HB' }).or(page.getByRole('rowheader', { name: 'Ateljé Nord HB' })).first()).toBeVisible();
    await expect(page.getByText('Café Lunden AB')).toHaveCount(0);

    await goVia(page, 'Förvaltning', 'Fastigheter');
    await checkPage(page, 'Fastigheter');
    await expect(page.getByRole('heading', { name: 'Göteborg Inom Vallgraven 12:3' })).toBeVisible();

    await goVia(page, 'Förvaltning', 'Meddelanden');
    await checkPage(page, 'Meddelanden');
    const to = `drift-${test.info().project.name}@exempel.se`;
    await page.getByLabel('Mottagare').fill('inte en adress');
    await page.getByRole('button', { name: 'Skicka testmeddelande' }).click();
    // The browser's own check (type=email), in our words, in the form's error summary and under the field.
    await expect(page.getByRole('alert')).toHaveText('Det finns ett problemSkriv e-postadressen i formen namn@exempel.se.');
    await expect(page.getByLabel('Mottagare')).toHaveAccessibleDescription(/^Fel: Skriv e-postadressen i formen namn@exempel\.se\./);
    await page.getByLabel('Mottagare').fill(to);
    await page.getByRole('button', { name: 'Skicka testmeddelande' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Testmeddelandet är lagt i kö' })).toBeVisible();
    await expect(page.getByRole('cell', { name: to })).toBeVisible();
    await expectAccessible(page);
    const outbox = await (await page.request.get('/api/dev/outbox')).json();
    expect(outbox.find((m: { to: string }) => m.to === to)).toMatchObject({ channel: 'email', subject: 'Testmeddelande från Fastighets AB Exempel' });

    await page.getByRole('button', { name: 'English' }).click();
    await checkPage(page, 'Messages');
    await page.getByRole('button', { name: 'Log out' }).click();
    await expect(page).toHaveURL(/\/admin\/login/);
    await checkPage(page, 'Back office');
    await page.getByRole('button', { name: 'Svenska' }).click();
  });

  test('a customer manager does not see the messages', async ({ page }) => {
    await loginStaff(page, 'kundansvarig@exempel.se', 'Kund#2026');
    await checkPage(page, 'Översikt');
    await expect(page.getByRole('heading', { name: 'Oparade inbetalningar' })).toHaveCount(0);
    await expect(page.getByRole('heading', { name: 'Tillvalsbeställningar' })).toHaveCount(0);
    await goVia(page, 'Förvaltning', 'Kunder');
    await checkPage(page, 'Kunder');
    await expect(page.getByRole('link', { name: 'Meddelanden', exact: true })).toHaveCount(0);
    // mobile numbers the Swedish way, in the register and in the customer's edit field (stored as +46701234567)
    await expect(page.getByRole('row').filter({ hasText: 'Café Lunden AB' })).toContainText('070-123 45 67');
    await expect(page.getByText('+46701234567')).toHaveCount(0);
    await page.getByRole('link', { name: 'Café Lunden AB' }).click();
    await checkPage(page, 'Café Lunden AB');
    await expect(page.getByLabel('Mobilnummer')).toHaveValue('070-123 45 67');
  });

  test('a tenant who tries the back office is asked to log in as staff', async ({ page }) => {
    await page.goto('/login');
    await page.getByLabel('Användarnamn').fill('lunden');
    await page.getByLabel('Lösenord').fill('Lunden#2026');
    await page.getByRole('button', { name: 'Logga in' }).click();
    await checkPage(page, 'Hem');
    await page.goto('/admin/kunder');
    await expect(page).toHaveURL(/\/admin\/login/);
  });
});
