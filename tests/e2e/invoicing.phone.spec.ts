import { checkPage, expect, expectAccessible, expectNoHorizontalScroll, goVia, loginStaff, test } from './support.ts';

// Fakturor on a 360 px phone: the register, an invoice with its credit form, and Ny faktura with two
// rows fit the screen and have nothing for axe to find. Reading only: nothing is sent.
test('Fakturor, an invoice and Ny faktura fit a phone', async ({ page }) => {
  test.slow();
  await loginStaff(page, 'ekonomi@exempel.se', 'Ekonomi#2026');
  await checkPage(page, 'Översikt');
  await goVia(page, 'Förvaltning', 'Fakturor');
  await checkPage(page, 'Fakturor');

  await page.getByRole('table', { name: 'Fakturor, senaste först' }).getByRole('rowheader').getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 1, name: /^(Avi|Faktura|Kreditfaktura) \d+$/ })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Fakturans rader' })).toBeVisible();
  await expectAccessible(page);
  await expectNoHorizontalScroll(page);

  await page.goto('/admin/fakturor/ny');
  await checkPage(page, 'Ny faktura');
  await page.getByRole('button', { name: 'Lägg till rad' }).click();
  await expect(page.getByRole('group', { name: 'Rad 2' })).toBeVisible();
  await page.getByRole('button', { name: 'Ställ ut faktura' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Det finns ett problem' })).toBeVisible();
  await expectAccessible(page);
  await expectNoHorizontalScroll(page);
});
