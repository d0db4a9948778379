import { checkPage, expect, loginStaff, test } from './support.ts';

// Small things of the header and the notice form (issue 9, sections 3 and 5), on a phone.
test('the header link is named by what it shows, Escape on the menu button closes the menu, and an empty notice has no SMS count', async ({ page }) => {
  await page.goto('/login');
  await page.getByLabel('Användarnamn').fill('lunden');
  await page.getByLabel('Lösenord').fill('Lunden#2026');
  await page.getByRole('button', { name: 'Logga in' }).click();
  await checkPage(page, 'Hem');

  // WCAG 2.5.3: the visible name "Lisa Lund" is part of the link's accessible name.
  await expect(page.getByRole('link', { name: 'Mina uppgifter Lisa Lund', exact: true })).toBeVisible();

  const menu = page.getByRole('button', { name: 'Meny', exact: true });
  await menu.click();
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  await menu.press('Escape');
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expect(menu).toBeFocused();

  await page.context().clearCookies();
  await loginStaff(page, 'kundansvarig@exempel.se', 'Kund#2026');
  await page.goto('/admin/utskick/nytt');
  await checkPage(page, 'Nytt utskick');
  await expect(page.getByText(/tecken \(GSM-7\)/)).toHaveCount(0);
  await page.getByLabel('Rubrik').fill('Fönsterputs');
  await expect(page.getByText(/tecken \(GSM-7\)/)).toBeVisible();
});
