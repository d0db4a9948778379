import { settingsJourney } from './collection-settings.ts';
import { test } from './support.ts';

// The same journey at 360 px, as an administrator (the desktop's is finance): every page of it fits the screen (checkPage) and axe finds nothing.
test('the collection settings fit a phone', async ({ page }) => {
  test.slow();
  await settingsJourney(page, ['admin@exempel.se', 'Admin#2026']);
});
