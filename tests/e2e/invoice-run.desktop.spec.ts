import { customerManagerSeesNoRunButton, desktopPeriod, expectRunAgainRefused, expectRunStillShown, openInvoiceRun, preview, runAndWait, tenantSeesAvier } from './invoice-run.ts';
import { checkPage, expect, expectAccessible, loginStaff, test } from './support.ts';

// Running a period changes the shared demo data: the desktop invoices a month of its own (see invoice-run.ts).
test('the administrator previews and runs a month, follows the bar to done across a reload, and the tenant sees the avi', async ({ page, browser }) => {
  const period = desktopPeriod();
  await loginStaff(page, 'admin@exempel.se', 'Admin#2026');
  await checkPage(page, 'Översikt');
  await openInvoiceRun(page);

  const region = await preview(page, period);
  await expect(region.getByText(/^\d+ avier?, totalt \d/)).toBeVisible();
  const invoices = region.getByRole('table', { name: `Avier som skapas för ${period.inText}` });
  const lunden = invoices.getByRole('row').filter({ hasText: 'Café Lunden AB' });
  await expect(lunden).toContainText('100102');
  await expect(lunden).toContainText(period.title);
  await expect(lunden).toContainText(/\d{4}-\d{2}-\d{2}/);
  await expectAccessible(page);

  const made = await runAndWait(page, period);
  expect(made).toBeGreaterThan(0);
  await expectAccessible(page);
  await expectRunStillShown(page, period, made, 'Anna Administratör');

  // the same in English
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Invoice run' })).toBeVisible();
  await expect(page.getByRole('progressbar', { name: new RegExp(`^Invoice run ${period.english}: (\\d+) of \\1 leases$`) })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: new RegExp(`^Done: ${String(made)} invoices?, SEK`) })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Earlier runs, latest first' })).toContainText('Done');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Svenska' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Aviseringskörning' })).toBeVisible();

  await expectRunAgainRefused(page, period);
  await tenantSeesAvier(browser, period, false);
});

test('a customer manager previews a month and sees the runs, but gets no run button', async ({ page }) => {
  await loginStaff(page, 'kundansvarig@exempel.se', 'Kund#2026');
  await checkPage(page, 'Översikt');
  await customerManagerSeesNoRunButton(page, desktopPeriod());
});

test('a property manager has no Avisering in the menu', async ({ page }) => {
  await loginStaff(page, 'fastighetsansvarig@exempel.se', 'Fastighet#2026');
  await checkPage(page, 'Översikt');
  const menu = page.getByRole('navigation', { name: 'Förvaltning' });
  await expect(menu.getByRole('link', { name: 'Ärenden' })).toBeVisible();
  await expect(menu.getByRole('link', { name: 'Avisering' })).toHaveCount(0);
});
