import { settingsJourney } from './collection-settings.ts';
import { checkPage, expect, loginStaff, test } from './support.ts';

test('finance open the collection settings: refusals in words with the field marked, a save that changes nothing, in Swedish and English', async ({ page }) => {
  test.slow();
  await settingsJourney(page, ['ekonomi@exempel.se', 'Ekonomi#2026']);
});

test('a customer manager has no settings in the menu and may not open them', async ({ page }) => {
  await loginStaff(page, 'kundansvarig@exempel.se', 'Kund#2026');
  await checkPage(page, 'Översikt');
  await expect(page.getByRole('navigation', { name: 'Förvaltning' }).getByRole('link', { name: 'Inställningar', exact: true })).toHaveCount(0);
  await page.goto('/admin/installningar');
  await expect(page.getByText('Du har inte behörighet att ändra inställningarna.')).toBeVisible();
});
