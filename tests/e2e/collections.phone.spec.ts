import { checkPage, expect, expectAccessible, expectNoHorizontalScroll, goVia, test } from './support.ts';
import { financeOnDebtors } from './collections.ts';

// Skulder, a customer's debt, an overdue invoice's reminders and Bokföring on a 360 px phone: each fits
// the screen and has nothing for axe to find; the SIE file downloads. Nothing is sent (the desktop
// test sends the reminder), so the reminders may or may not list one here.
test('Skulder, the debt on a customer and an invoice, and Bokföring fit a phone', async ({ page }) => {
  test.slow();
  const { table, bygg } = await financeOnDebtors(page);
  await expect(bygg).toContainText('Äldsta förfallodag');
  // in English too
  await page.getByRole('button', { name: 'English' }).click();
  await checkPage(page, 'Debtors');
  await expect(page.getByRole('table', { name: 'Customers in debt, the largest first' })).toContainText('Oldest due date');
  await page.getByRole('button', { name: 'Svenska' }).click();
  await checkPage(page, 'Skulder');

  await table.getByRole('link', { name: 'Byggvaruhuset Väst AB' }).click();
  await checkPage(page, 'Byggvaruhuset Väst AB');
  const debt = page.getByRole('region', { name: 'Skuld och tillgodo' });
  await expect(debt).toContainText('Förfallen skuld');
  await debt.getByRole('table', { name: 'Förfallna fakturor, äldsta först' }).getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 1, name: /^Avi \d+$/ })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Påminnelser' }).getByRole('button', { name: 'Skicka påminnelse' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Upplupen dröjsmålsränta' })).toBeVisible();
  await expectAccessible(page);
  await expectNoHorizontalScroll(page);

  await goVia(page, 'Förvaltning', 'Bokföring');
  await checkPage(page, 'Bokföring');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Ladda ner SIE-fil' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^sie4-\d{4}-\d{2}-01-\d{4}-\d{2}-\d{2}\.se$/);
  await expect(page.getByRole('status')).toContainText('är nedladdad');
  await checkPage(page, 'Bokföring');
});
