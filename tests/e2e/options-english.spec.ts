import { checkPage, expect, goVia, loginTenant, test } from './support.ts';

// Tillval in English, on a phone and a desktop, reading only (the journey that orders is the phone's,
// in Swedish, with its checkout in English too: options.phone.spec.ts). The rules explain themselves in
// English: Byggvaruhuset's debt stops everything; Café Lunden's staff room cannot be painted again while
// its painting (the demo's order) is ongoing or, once the property manager has finished it
// (options.desktop.spec.ts may have by now), while its fee is unpaid. The catalogue's own words (the
// options' names) are the landlord's, in Swedish.
test('Tillval in English: the categories, a category and the rules in words', async ({ page }) => {
  test.slow();
  await page.goto('/login');
  await page.getByRole('button', { name: 'English' }).click();
  await loginTenant(page, 'lunden', 'Lunden#2026', 'en');
  await goVia(page, 'Main menu', 'Options', 'Menu');
  await checkPage(page, 'Options');
  await expect(page.getByRole('heading', { name: 'Choose a rental object' })).toBeVisible();
  await page.getByRole('link', { name: /^Premises 1001/ }).click();
  await checkPage(page, 'Options');
  await expect(page.getByRole('heading', { name: 'Categories' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Diskm.', exact: true })).toBeVisible();

  await page.getByRole('link', { name: 'Målning', exact: true }).click();
  await checkPage(page, 'Målning');
  const wall = page.getByRole('article', { name: 'Målning av vägg' });
  await expect(wall.getByText(/^(There is already an ongoing order in Målning for Personalrum \(case \d{4}-\d{6}\)|An option in Målning for Personalrum has a fee that is not fully paid)/)).toBeVisible();
  await expect(wall.getByRole('button', { name: 'Order', exact: true })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Back to categories' }).first()).toBeVisible();

  await page.getByRole('button', { name: 'Log out' }).click();
  await expect(page).toHaveURL(/\/login/);
  await loginTenant(page, 'bygg', 'Bygg#2026', 'en');
  await goVia(page, 'Main menu', 'Options', 'Menu');
  await checkPage(page, 'Options');
  await expect(page.getByRole('alert')).toContainText('You cannot order options just now because there is an unpaid debt');
  await page.getByRole('link', { name: 'Målning', exact: true }).click();
  await checkPage(page, 'Målning');
  await expect(page.getByRole('alert')).toContainText('unpaid debt');
  await expect(page.getByRole('button', { name: 'Order', exact: true }).first()).toBeDisabled();
});
