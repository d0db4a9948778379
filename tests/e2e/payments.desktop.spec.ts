import { allocateQueuedPayment } from './payments.ts';
import { checkPage, expect, expectAccessible, goVia, loginStaff, test } from './support.ts';

// Oparade inbetalningar on a desktop: finance record a payment with a mistyped OCR, allocate it from
// the queue to its invoice, undo that and allocate it again; the tenant sees the invoice paid.
test('finance allocate a queued payment by hand, and Lisa sees the invoice paid', async ({ page, browser }) => {
  test.slow();
  await loginStaff(page, 'ekonomi@exempel.se', 'Ekonomi#2026');
  await checkPage(page, 'Översikt');
  await allocateQueuedPayment(page, browser, { device: 'desktop', text: 'Fönsterputs (dator)', netKronor: 800, undo: true });
});

test("the demo's queued payment: refusals in words, in Swedish and English", async ({ page }) => {
  await loginStaff(page, 'admin@exempel.se', 'Admin#2026');
  await goVia(page, 'Förvaltning', 'Oparade inbetalningar');
  await checkPage(page, 'Oparade inbetalningar');
  await page.getByRole('table', { name: 'Oparade inbetalningar, äldsta först' }).getByRole('row').filter({ hasText: 'BYGGVARUHUSET VAST AB' }).getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 1, name: /^Inbetalning \d{4}-\d\d-\d\d$/ })).toBeVisible();
  await expect(page.getByText('Väntar bland oparade: Felaktigt OCR-nummer')).toBeVisible();

  // Fördela sent without an invoice; a refund of more than is left: both refused before anything is sent.
  const allocation = page.getByRole('region', { name: 'Fördela på fakturor' });
  await allocation.getByRole('button', { name: 'Fördela', exact: true }).click();
  await expect(allocation.getByRole('alert')).toContainText('Lägg till minst en faktura från sökningen.');
  const refund = page.getByRole('region', { name: 'Betala tillbaka' });
  await refund.getByLabel('Belopp, kr').fill('999999');
  await refund.getByRole('button', { name: 'Betala tillbaka', exact: true }).click();
  await expect(refund.getByRole('alert')).toContainText(/Högst .* kan betalas tillbaka\./);
  await expect(page.getByRole('region', { name: 'Ge till kund som tillgodo' }).getByLabel('Kund')).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Payment \d{4}-\d\d-\d\d$/ })).toBeVisible();
  await expect(page.getByText('Waiting among the unmatched: Wrong OCR number')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Allocate to invoices' })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Svenska' }).click();
  await expect(page.getByRole('region', { name: 'Fördela på fakturor' })).toBeVisible();
});

test('a customer manager sees a customer\'s payments but no queue', async ({ page }) => {
  await loginStaff(page, 'kundansvarig@exempel.se', 'Kund#2026');
  await checkPage(page, 'Översikt');
  await expect(page.getByRole('navigation', { name: 'Förvaltning' }).getByRole('link', { name: 'Oparade inbetalningar' })).toHaveCount(0);
  await page.goto('/admin/inbetalningar/oparade');
  await expect(page.getByText('Du har inte behörighet att hantera inbetalningar.')).toBeVisible();
  await page.goto('/admin/kunder');
  await page.getByRole('link', { name: 'Café Lunden AB' }).click();
  await checkPage(page, 'Café Lunden AB');
  const payments = page.getByRole('table', { name: 'Kundens betalningar, senaste först' });
  await payments.getByRole('rowheader').getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 1, name: /^Inbetalning \d{4}-\d\d-\d\d$/ })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Betalade fakturor' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Fördela på fakturor' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Ångra' })).toHaveCount(0);
  await expectAccessible(page);
});

test("a manual payment for a customer pays its oldest open invoice at once, and the payment's page says which", async ({ page }) => {
  await loginStaff(page, 'ekonomi@exempel.se', 'Ekonomi#2026');
  await page.goto('/admin/inbetalningar/ny');
  await checkPage(page, 'Registrera inbetalning');
  await page.getByLabel('Belopp, kr').fill('12');
  await page.getByLabel('Betalare').fill('Café Lunden AB');
  await page.getByLabel('Kund', { exact: true }).selectOption({ label: 'Café Lunden AB (559123-4561)' });
  await page.getByRole('button', { name: 'Registrera', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Inbetalning \d{4}-\d\d-\d\d$/ })).toBeVisible();
  const status = page.getByRole('status').filter({ hasText: 'Inbetalningen är registrerad.' });
  await expect(status).toHaveText(/^Inbetalningen är registrerad\. Kundens tillgodo betalade också faktura \d+ \(12,00\skr\)\.$/);
  const number = /faktura (\d+)/.exec((await status.textContent())!)![1]!;
  await expect(page.getByRole('table', { name: 'Fakturor som betalningen har betalat' })).toContainText(number);
  await expectAccessible(page);
});
