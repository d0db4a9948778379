import { customerManagerSeesNoRunButton, expectRunAgainRefused, expectRunStillShown, openInvoiceRun, phonePeriod, preview, runAndWait, tenantSeesAvier } from './invoice-run.ts';
import { expectListsFit } from './lists.ts';
import { checkPage, expect, loginStaff, test } from './support.ts';

// Running a period changes the shared demo data: the phone invoices a quarter of its own (see invoice-run.ts).
test('finance previews and runs a quarter at 360 px, the bar reaches done across a reload, and the tenant sees the avier', async ({ page, browser }) => {
  const period = phonePeriod();
  await loginStaff(page, 'ekonomi@exempel.se', 'Ekonomi#2026');
  await checkPage(page, 'Översikt');
  await openInvoiceRun(page);

  const region = await preview(page, period);
  await expect(region.getByText(/^\d+ avier?, totalt \d/)).toBeVisible();
  const invoices = region.getByRole('table', { name: `Avier som skapas för ${period.inText}` });
  // 100101 by the quarter, 100102 by the month: four avier for Café Lunden
  await expect(invoices.getByRole('row').filter({ hasText: 'Café Lunden AB' })).toHaveCount(4);
  await expect(invoices.getByRole('row').filter({ hasText: '100101' })).toContainText(period.title);
  await expectListsFit(page);

  const made = await runAndWait(page, period);
  expect(made).toBeGreaterThan(0);
  await expectRunStillShown(page, period, made, 'Eva Ekonomi');
  await expectListsFit(page);

  await expectRunAgainRefused(page, period);
  await expectListsFit(page);
  await tenantSeesAvier(browser, period, true);
});

test('a customer manager previews a quarter on a phone and sees the runs, but gets no run button', async ({ page }) => {
  await loginStaff(page, 'kundansvarig@exempel.se', 'Kund#2026');
  await checkPage(page, 'Översikt');
  await customerManagerSeesNoRunButton(page, phonePeriod());
  await expectListsFit(page, { mayBeEmpty: true });
});
