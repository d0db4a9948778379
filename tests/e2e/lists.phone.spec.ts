import { expectListsFit } from './lists.ts';
import { expect, loginStaff, test } from './support.ts';

// Every list page at 360 px: each list is a card per row that shows every column as label and value,
// and nothing is wider than the viewport. Reading only (lists that other tests fill may be empty).

test('the tenant lists fit a phone', async ({ page }) => {
  await page.goto('/login');
  await page.getByLabel('Användarnamn').fill('lunden');
  await page.getByLabel('Lösenord').fill('Lunden#2026');
  await page.getByRole('button', { name: 'Logga in' }).click();
  await expect(page).not.toHaveURL(/\/login/);

  await page.goto('/avtal');
  await expectListsFit(page);
  await page.getByRole('main').getByRole('link', { name: '100101' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('100101');
  await expectListsFit(page);

  await page.goto('/avier');
  await expectListsFit(page);
  await page.goto('/avier?visa=alla');
  await expectListsFit(page);
  await page.getByRole('main').getByRole('link', { name: 'Avi', exact: true }).first().click();
  await expect(page.getByRole('table', { name: 'Avins rader' })).toBeVisible();
  await expectListsFit(page);

  await page.goto('/arenden');
  await expectListsFit(page);
  await page.goto('/mina-uppgifter');
  await expectListsFit(page);
});

test('the back-office lists fit a phone', async ({ page }) => {
  await loginStaff(page, 'admin@exempel.se', 'Admin#2026');
  for (const path of ['/admin/arenden?box=all', '/admin/kunder', '/admin/fastigheter', '/admin/hyresobjekt', '/admin/personal', '/admin/handelser', '/admin/fakturor', '/admin/inbetalningar/oparade', '/admin/tillval']) {
    await page.goto(path);
    await expectListsFit(page);
  }
  for (const path of ['/admin/utskick', '/admin/meddelanden']) {
    await page.goto(path);
    await expectListsFit(page, { mayBeEmpty: true });
  }
});

test('the back-office detail pages with lists fit a phone', async ({ page }) => {
  await loginStaff(page, 'admin@exempel.se', 'Admin#2026');
  await page.goto('/admin/kunder');
  await page.getByRole('link', { name: 'Café Lunden AB' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Café Lunden AB' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Kundens fakturor, senaste först' })).toBeVisible();
  await expectListsFit(page);
  // an invoice of the customer's, opened from its list: its rows, payments and credit notes
  await page.getByRole('table', { name: 'Kundens fakturor, senaste först' }).getByRole('rowheader').getByRole('link').first().click();
  await expect(page.getByRole('table', { name: 'Fakturans rader' })).toBeVisible();
  await expectListsFit(page);
  // a payment from the unmatched queue: the invoices found for it and its history
  await page.goto('/admin/inbetalningar/oparade');
  await page.getByRole('table', { name: 'Oparade inbetalningar, äldsta först' }).getByRole('rowheader').getByRole('link').first().click();
  await expect(page.getByRole('table', { name: 'Allt som har bokats på betalningen, äldst först' })).toBeVisible();
  await expectListsFit(page);
});

test('the lease register fits a phone', async ({ page }) => {
  await loginStaff(page, 'ekonomi@exempel.se', 'Ekonomi#2026');
  await page.goto('/admin/avtal');
  await expectListsFit(page);
  // A lease: its objects and rent rows, and the forms that change them
  await page.getByRole('main').getByRole('link', { name: '100101', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('100101');
  await expectListsFit(page);
});
