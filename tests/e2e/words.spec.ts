import { checkPage, expect, goVia, loginTenant, test } from './support.ts';

// Words that speak to the tenant (issue 9 §3): what waits for them, leases named by what they rent,
// the tenant's status word, a Swedish mobile number, rent per year and per billing period without VAT.
// Only reads the demo data, so it runs on both viewports.

test('Hem, a lease and Mina uppgifter in the words of the tenant, in Swedish and in English', async ({ page }) => {
  await loginTenant(page, 'lunden', 'Lunden#2026');

  // Hem: the case that waits for the tenant, in a region of its own that links to it
  const waiting = page.getByRole('region', { name: /väntar på ditt svar$/ });
  await expect(waiting).toBeVisible();
  await expect(waiting.getByRole('listitem').filter({ hasText: 'Droppande kran i storköket' })).toContainText('Väntar på ditt svar');
  await expect(page.getByText('Väntar på hyresgäst')).toHaveCount(0);
  // the lease by what it rents
  const lease = page.getByRole('main').getByRole('link', { name: '100101 · Lokal 1001, Utlandagatan 6', exact: true });
  await expect(lease).toBeVisible();

  // the waiting case opens from Hem, with the status in the tenant's words and a history of sentences
  await waiting.getByRole('link', { name: 'Droppande kran i storköket' }).click();
  await checkPage(page, 'Droppande kran i storköket');
  await expect(page.getByRole('region', { name: 'Om ärendet' }).getByText('Väntar på ditt svar')).toBeVisible();
  const history = page.getByRole('region', { name: 'Historik' });
  await expect(history.getByRole('listitem').first()).toContainText('Lisa Lund registrerade ärendet');
  await expect(history.getByText('Fastighets AB Exempel ändrade status')).toBeVisible();

  // the lease: per year and per quarter (the lease is billed quarterly), without VAT, and the VAT rate
  await goVia(page, 'Huvudmeny', 'Hem');
  await page.getByRole('main').getByRole('link', { name: '100101 · Lokal 1001, Utlandagatan 6', exact: true }).click();
  await checkPage(page, 'Avtal 100101 · Lokal 1001, Utlandagatan 6');
  const rent = page.getByRole('table', { name: /Hyresrader/ });
  await expect(rent.getByRole('columnheader', { name: 'Per år exkl. moms' })).toHaveCount(1);
  await expect(rent.getByRole('columnheader', { name: 'Per kvartal exkl. moms' })).toHaveCount(1);
  await expect(rent.getByRole('columnheader', { name: 'Momssats' })).toHaveCount(1);
  const baseRent = rent.getByRole('row').filter({ hasText: 'Grundhyra lokal' });
  await expect(baseRent).toContainText(/342\s000,00\skr/);
  await expect(baseRent).toContainText(/85\s500,00\skr/);
  await expect(baseRent).toContainText('25 %');

  // Mina uppgifter: the mobile number the Swedish way, never as stored
  await page.getByRole('link', { name: /^Mina uppgifter/ }).click();
  await checkPage(page, 'Mina uppgifter');
  // the user's own number (verified) and the customer's in the register
  await expect(page.getByRole('region', { name: 'Mobilnummer' }).locator('dd')).toContainText('070-123 45 67');
  await expect(page.locator('dd').filter({ hasText: '070-123 45 67' })).toHaveCount(2);
  await expect(page.getByText('+46701234567')).toHaveCount(0);

  // the same in English
  await page.getByRole('button', { name: 'English' }).click();
  await checkPage(page, 'My details');
  await expect(page.getByRole('region', { name: 'Mobile number' }).locator('dd')).toContainText('070-123 45 67');
  await goVia(page, 'Main menu', 'Home', 'Menu');
  await checkPage(page, 'Home');
  const waitingEn = page.getByRole('region', { name: /waiting for your reply$/ });
  await expect(waitingEn.getByRole('listitem').filter({ hasText: 'Droppande kran i storköket' })).toContainText('Waiting for your reply');
  await page.getByRole('main').getByRole('link', { name: '100101 · Premises 1001, Utlandagatan 6', exact: true }).click();
  await checkPage(page, 'Lease 100101 · Premises 1001, Utlandagatan 6');
  const rentEn = page.getByRole('table', { name: /Rent rows/ });
  await expect(rentEn.getByRole('columnheader', { name: 'Per quarter excl. VAT' })).toHaveCount(1);
  await expect(rentEn.getByRole('row').filter({ hasText: 'Grundhyra lokal' })).toContainText(/SEK\s?85,500\.00/);
  await page.getByRole('button', { name: 'Svenska' }).click();
  await checkPage(page, 'Avtal 100101 · Lokal 1001, Utlandagatan 6');
});
