import { allocateQueuedPayment } from './payments.ts';
import { checkPage, loginStaff, test } from './support.ts';

// Oparade inbetalningar on a 360 px phone: the queue, a manual payment, allocating it to its invoice;
// every page fits and axe finds nothing; the tenant sees the invoice paid on her phone.
test('an administrator allocates a queued payment on a phone, and Lisa sees the invoice paid', async ({ page, browser }) => {
  test.slow();
  await loginStaff(page, 'admin@exempel.se', 'Admin#2026');
  await checkPage(page, 'Översikt');
  await allocateQueuedPayment(page, browser, { device: 'phone', text: 'Fönsterputs (telefon)', netKronor: 880 });
});
