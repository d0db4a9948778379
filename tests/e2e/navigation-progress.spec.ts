import { checkPage, expect, expectAccessible, openMenu, test } from './support.ts';

// A page whose code is slow to arrive (a phone on a poor mobile network) shows a bar at the top with
// a name a screen reader reads ("Sidan laddas"), and the bar goes once the page is there.
test('a slow page shows that it is loading, then the page', async ({ page }) => {
  await page.goto('/login');
  await page.getByLabel('Användarnamn').fill('lunden');
  await page.getByLabel('Lösenord').fill('Lunden#2026');
  await page.getByRole('button', { name: 'Logga in' }).click();
  await checkPage(page, 'Hem');

  // Avtal's code held back for a second and a half.
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => { release = resolve; });
  await page.route(/\/assets\/LeasesPage-[^/]+\.js$/, async (route) => {
    await Promise.race([held, new Promise((resolve) => setTimeout(resolve, 10_000))]);
    await route.continue();
  });
  await openMenu(page);
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Avtal', exact: true }).click();
  const bar = page.getByRole('progressbar', { name: 'Sidan laddas' });
  await expect(bar).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Hem' })).toBeVisible();
  await expectAccessible(page);
  release();
  await checkPage(page, 'Avtal');
  await expect(bar).toHaveCount(0);
});
