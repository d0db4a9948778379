import { chooseCustomer, openPaymentOf, paidAviOf } from './payment-corrections.ts';
import { checkPage, expect, expectAccessible, loginStaff, test } from './support.ts';

// Finance move a payment of Kontorshotellet i Göteborg AB to Nordisk Design & Arkitektur AB, as if
// Nordisk had paid with its OCR, and back again; then credit one of Kontorshotellet's paid avier, in
// English, and see its payment go back to the customer as credit that pays its next avi (decisions
// 0025 and 0023).
test('finance move a payment to another customer and back, and credit a paid avi whose payment becomes credit', async ({ page }) => {
  test.slow();
  await loginStaff(page, 'ekonomi@exempel.se', 'Ekonomi#2026');
  await checkPage(page, 'Översikt');

  const avi = await paidAviOf(page, 'Kontorshotellet i Göteborg AB');
  await openPaymentOf(page, avi);
  const move = page.getByRole('region', { name: 'Flytta till annan kund' });
  await expect(move).toContainText('fakturor till Kontorshotellet i Göteborg AB ångras');
  // Sent without a customer: the field is named.
  await move.getByRole('button', { name: 'Flytta betalningen' }).click();
  await expect(move.getByLabel('Kund som betalningen kom från')).toHaveAttribute('aria-invalid', 'true');
  await chooseCustomer(page, 'Nordisk Design & Arkitektur AB');
  await move.getByRole('button', { name: 'Flytta betalningen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Betalningen är flyttad till Nordisk Design & Arkitektur AB.' })).toContainText(`Ångrat på faktura ${avi.number}`);
  const history = page.getByRole('region', { name: 'Historik' });
  await expect(history).toContainText('Flyttad till Nordisk Design & Arkitektur AB');
  await expectAccessible(page);

  // Back where it belongs: Kontorshotellet's avi is paid again.
  await chooseCustomer(page, 'Kontorshotellet i Göteborg AB');
  await move.getByRole('button', { name: 'Flytta betalningen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Betalningen är flyttad till Kontorshotellet i Göteborg AB.' })).toBeVisible();
  await expect(history).toContainText('Flyttad till Kontorshotellet i Göteborg AB');
  await page.goto(`/admin/fakturor/${avi.id}`);
  await checkPage(page, `Avi ${avi.number}`);
  await expect(page.getByText('Betald', { exact: true })).toBeVisible();

  // In English: credit the paid avi whole; its payment goes back to Kontorshotellet as credit.
  await page.getByRole('button', { name: 'English' }).click();
  await checkPage(page, new RegExp(`^(Rent invoice|Invoice) ${avi.number}$`));
  const credit = page.getByRole('region', { name: 'Credit' });
  await credit.getByLabel('Reason').fill('Wrong rent level');
  await credit.getByRole('button', { name: 'Credit', exact: true }).click();
  await credit.getByRole('button', { name: 'Confirm credit' }).click();
  await expect(credit.getByRole('status')).toContainText(/The invoice was paid: SEK\s[\d,.]+ went back to the customer's credit\. The customer's credit also paid invoice \d+/);
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Svenska' }).click();
});
