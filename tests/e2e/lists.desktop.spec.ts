import { expectAccessible, expectNoHorizontalScroll, expect, loginStaff, test } from './support.ts';

test.use({ viewport: { width: 1440, height: 900 } });

// Kunder at 1440 px: a real table with its column headings, which needs no sideways scroll.
test('the customer register fits a desktop as a table', async ({ page }) => {
  await loginStaff(page, 'admin@exempel.se', 'Admin#2026');
  await page.goto('/admin/kunder');
  const table = page.getByRole('table', { name: 'Kunder' });
  await expect(table.getByRole('columnheader', { name: 'E-post' })).toBeVisible();
  await expect(table.getByRole('row', { name: /Café Lunden AB/ }).getByRole('cell', { name: 'info@cafelunden.se' })).toBeVisible();
  await expectAccessible(page);
  await expectNoHorizontalScroll(page);
  const region = page.getByRole('region', { name: 'Kunder' });
  const { scrollWidth, clientWidth } = await region.evaluate((element) => ({ scrollWidth: element.scrollWidth, clientWidth: element.clientWidth }));
  expect(scrollWidth, 'the customer table scrolls sideways').toBeLessThanOrEqual(clientWidth);
});
