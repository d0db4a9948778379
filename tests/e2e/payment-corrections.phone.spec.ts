import { moveFormOnPhone } from './payment-corrections.ts';
import { checkPage, loginStaff, test } from './support.ts';

// "Flytta till annan kund" on a 360 px phone: the payment page with the form filled in fits, and axe
// finds nothing. Moving is tested on the desktop (it changes shared demo data).
test('the move form of a payment fits a phone', async ({ page }) => {
  await loginStaff(page, 'ekonomi@exempel.se', 'Ekonomi#2026');
  await checkPage(page, 'Översikt');
  await moveFormOnPhone(page);
});
