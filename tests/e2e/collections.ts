import type { Locator, Page } from '@playwright/test';
import { checkPage, goVia, loginStaff } from './support.ts';

/** Finance (Eva Ekonomi) logged in and on Skulder through the menu: the debtor list and Byggvaruhuset's row. */
export async function financeOnDebtors(page: Page): Promise<{ table: Locator; bygg: Locator }> {
  await loginStaff(page, 'ekonomi@exempel.se', 'Ekonomi#2026');
  await checkPage(page, 'Översikt');
  await goVia(page, 'Förvaltning', 'Skulder');
  await checkPage(page, 'Skulder');
  const table = page.getByRole('table', { name: 'Kunder med skuld, störst först' });
  return { table, bygg: table.getByRole('row').filter({ hasText: 'Byggvaruhuset Väst AB' }) };
}
