import { checkPage, expect, goVia, loginStaff, test } from './support.ts';

// The new-lease form on a 360 px phone: every field reachable, nothing for axe to find, nothing wider
// than the screen, also with its error summary. Reading only (nothing is saved).
test('finance open the new-lease form on a phone and are told what is missing', async ({ page }) => {
  await loginStaff(page, 'ekonomi@exempel.se', 'Ekonomi#2026');
  await checkPage(page, 'Översikt');
  await goVia(page, 'Förvaltning', 'Avtal');
  await checkPage(page, 'Avtal');
  await page.getByRole('link', { name: 'Nytt avtal' }).click();
  await checkPage(page, 'Nytt avtal');
  await page.getByRole('button', { name: 'Spara avtalet' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'Det finns ett problem' });
  await expect(summary).toContainText('Välj kund.');
  await expect(summary).toContainText('Välj momssats.');
  await expect(summary).toBeFocused();
  await checkPage(page, 'Nytt avtal');
});
