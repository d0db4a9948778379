import { checkPage, expect, expectAccessible, expectNoHorizontalScroll, goVia, test } from './support.ts';

// A lease's page as the tenant reads it: what it rents (type, floor, spaces), the rent a year and a month,
// the signed PDF of a digital lease, and for a lease signed on paper "Begär kopia": one click, a case number, the case under Ärenden.
test('a lease shows what it rents and its rent, and a paper lease is asked for by one click', async ({ page }) => {
  await page.goto('/login');
  await page.getByLabel('Användarnamn').fill('lunden');
  await page.getByLabel('Lösenord').fill('Lunden#2026');
  await page.getByRole('button', { name: 'Logga in' }).click();
  await checkPage(page, 'Hem');
  await goVia(page, 'Huvudmeny', 'Avtal');
  await checkPage(page, 'Avtal');
  await page.getByRole('main').getByRole('link', { name: /^100102/ }).click();
  await checkPage(page, 'Avtal 100102 · Parkering P-01, Utlandagatan 6');
  const main = page.getByRole('main');
  await expect(main.getByText('Månadshyra exkl. moms')).toBeVisible();
  await expect(main.getByText('1 450,00 kr').first()).toBeVisible();
  await expect(main.getByText('Källare')).toBeVisible();
  await expect(main.getByText('Parkering', { exact: true }).first()).toBeVisible();
  await expectAccessible(page);

  await main.getByRole('button', { name: 'Begär kopia' }).click();
  // The other project (phone or desktop) may have asked first on the same server: then this is its request.
  const receipt = main.getByRole('status').filter({ hasText: /^(Vi har tagit emot din begäran om en kopia|Du har redan begärt en kopia)\. Ärendenummer \d{4}-\d{6}\.$/ });
  await expect(receipt).toBeVisible();
  const number = /(\d{4}-\d{6})/.exec(await receipt.innerText())![1]!;
  // A second click is the same request.
  await main.getByRole('button', { name: 'Begär kopia' }).click();
  await expect(main.getByRole('status')).toHaveText(`Du har redan begärt en kopia. Ärendenummer ${number}.`);
  await expectAccessible(page);
  await expectNoHorizontalScroll(page);
  await main.getByRole('link', { name: `Följ ärendet ${number}` }).click();
  await checkPage(page, 'Kopia av hyresavtal 100102');

  // In English, the digital lease says how it was signed and needs no request.
  await page.getByRole('button', { name: 'English' }).click();
  await page.goto('/avtal');
  await checkPage(page, 'Leases');
  await page.getByRole('main').getByRole('link', { name: /^100101/ }).click();
  await checkPage(page, 'Lease 100101 · Premises 1001, Utlandagatan 6');
  await expect(page.getByRole('main').getByText('Monthly rent excl. VAT')).toBeVisible();
  await expect(page.getByRole('main').getByText('Ground floor')).toBeVisible();
  await expect(page.getByRole('main').getByRole('button', { name: 'Request a copy' })).toHaveCount(0);
  // Its signed PDF (the demo's, stored as an upload would be) downloads from the page.
  const document = page.getByRole('main').getByRole('link', { name: 'Download the lease (PDF, hyresavtal-100101.pdf)' });
  await expect(document).toBeVisible();
  const served = await page.request.get((await document.getAttribute('href'))!);
  expect(served.headers()['content-type']).toContain('application/pdf');
  expect((await served.body()).subarray(0, 5).toString()).toBe('%PDF-');
  await expectAccessible(page);
});
