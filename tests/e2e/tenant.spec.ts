import { checkPage, expect, expectAccessible, goVia, openMenu, test } from './support.ts';

test.describe('the tenant portal', () => {
  test('a tenant logs in, walks through the menu, switches language and logs out', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/login/);
    await checkPage(page, 'Mina sidor');

    // the skip link is the first thing the keyboard reaches
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Hoppa till innehållet' })).toBeFocused();

    await page.getByLabel('Användarnamn').fill('Lunden');
    await page.getByLabel('Lösenord').fill('Lunden#2026');
    await page.getByRole('button', { name: 'Logga in' }).click();
    await checkPage(page, 'Hem');
    await expect(page.getByRole('link', { name: 'Mina uppgifter' })).toBeVisible();
    await expect(page.getByRole('main').getByRole('link', { name: 'Nytt ärende' })).toBeVisible();

    await openMenu(page);
    const menu = page.getByRole('navigation', { name: 'Huvudmeny' });
    for (const name of ['Hem', 'Avtal', 'Avier & fakturor', 'Ärenden', 'Tillval']) {
      await expect(menu.getByRole('link', { name, exact: true })).toBeVisible();
    }
    await expect(page.getByRole('navigation', { name: 'Nyttiga länkar' }).getByRole('link', { name: 'Felanmälan och jour' })).toBeVisible();

    await menu.getByRole('link', { name: 'Avtal', exact: true }).click();
    await checkPage(page, 'Avtal');
    await page.getByRole('link', { name: '100101 · Lokal 1001, Utlandagatan 6', exact: true }).click();
    await checkPage(page, 'Avtal 100101 · Lokal 1001, Utlandagatan 6');
    await expect(page.getByText('Grundhyra lokal')).toBeVisible();

    await goVia(page, 'Huvudmeny', 'Avier & fakturor');
    await checkPage(page, 'Avier & fakturor');
    await expect(page.getByRole('switch', { name: 'Visa endast obetalda' })).toBeChecked();

    await goVia(page, 'Huvudmeny', 'Ärenden');
    await checkPage(page, 'Ärenden');
    await goVia(page, 'Huvudmeny', 'Tillval');
    await checkPage(page, 'Tillval');

    await page.getByRole('link', { name: 'Mina uppgifter' }).click();
    await checkPage(page, 'Mina uppgifter');
    await expect(page.getByText('559123-4561')).toBeVisible();

    // English, remembered across a reload
    await page.getByRole('button', { name: 'English' }).click();
    await checkPage(page, 'My details');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.reload();
    await checkPage(page, 'My details');
    await goVia(page, 'Main menu', 'Leases', 'Menu');
    await checkPage(page, 'Leases');

    await page.getByRole('button', { name: 'Log out' }).click();
    await expect(page).toHaveURL(/\/login/);
    await checkPage(page, 'My pages');
    await page.getByRole('button', { name: 'Svenska' }).click();
    await checkPage(page, 'Mina sidor');

    // the session is really gone
    await page.goto('/avtal');
    await expect(page).toHaveURL(/\/login/);
  });

  test('a wrong password gets a clear message, in Swedish and in English', async ({ page }) => {
    await page.goto('/login');
    await page.getByLabel('Användarnamn').fill('lunden');
    await page.getByLabel('Lösenord').fill('fel-lösenord');
    await page.getByRole('button', { name: 'Logga in' }).click();
    await expect(page.getByRole('alert')).toHaveText(/Fel användarnamn eller lösenord/);
    await expectAccessible(page);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByLabel('Username').fill('lunden');
    await page.getByLabel('Password').fill('wrong');
    await page.getByRole('button', { name: 'Log in' }).click();
    await expect(page.getByRole('alert')).toHaveText(/Wrong username or password/);
  });

  test('a deep link asks for login and lands on the page asked for', async ({ page }) => {
    await page.goto('/tillval');
    await expect(page).toHaveURL(/\/login\?next=%2Ftillval/);
    await page.getByLabel('Användarnamn').fill('bygg');
    await page.getByLabel('Lösenord').fill('Bygg#2026');
    await page.getByRole('button', { name: 'Logga in' }).click();
    await checkPage(page, 'Tillval');
  });

  test('an unknown address shows a page that says so', async ({ page }) => {
    await page.goto('/finns-inte');
    await checkPage(page, 'Sidan hittades inte');
  });
});
