import { checkPage, expect, expectAccessible, goVia, loginStaff, test, tenantPage } from './support.ts';

// Fakturor in the back office, on the demo data: an administrator issues a one-off invoice ("Extra
// nyckel", 450 kr + 25 % VAT) to Café Lunden AB, credits half of it, and Lisa sees both in Avier &
// fakturor. It adds invoices to shared demo data, so it runs on the desktop only.
test('an administrator issues Extra nyckel to Café Lunden AB, credits half of it, and Lisa sees both', async ({ page, browser }) => {
  test.slow();
  await loginStaff(page, 'admin@exempel.se', 'Admin#2026');
  await checkPage(page, 'Översikt');

  await goVia(page, 'Förvaltning', 'Fakturor');
  await checkPage(page, 'Fakturor');
  await expect(page.getByRole('table', { name: 'Fakturor, senaste först' })).toBeVisible();
  await page.getByLabel('Status').selectOption({ label: 'Förfallen' });
  await expect(page).toHaveURL(/status=overdue/);
  await expect(page.getByRole('table', { name: 'Fakturor, senaste först' })).toContainText('Byggvaruhuset Väst AB');
  await expectAccessible(page);

  // Ny faktura: sent empty, every missing field is named; then filled in.
  await page.getByRole('link', { name: 'Ny faktura' }).click();
  await checkPage(page, 'Ny faktura');
  await page.getByRole('button', { name: 'Ställ ut faktura' }).click();
  const problem = page.getByRole('alert').filter({ hasText: 'Det finns ett problem' });
  await expect(problem).toBeVisible();
  await expect(problem.getByRole('link', { name: 'Välj kund.' })).toBeVisible();
  await expect(problem.getByRole('link', { name: 'Fyll i fakturatext.' })).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel('Kund', { exact: true }).selectOption({ label: 'Café Lunden AB (559123-4561)' });
  const lease = page.getByLabel('Avtal', { exact: true });
  await expect(lease.locator('option', { hasText: '100101' })).toHaveCount(1);
  await lease.selectOption({ label: (await lease.locator('option', { hasText: '100101' }).textContent())!.trim() });
  await page.getByLabel('Fakturatext').fill('Extra nyckel');
  await page.getByLabel('Beskrivning').fill('Extra nyckel');
  await page.getByLabel('Belopp, kr exkl. moms').fill('450');
  // a second row, added and removed again
  await page.getByRole('button', { name: 'Lägg till rad' }).click();
  await expect(page.getByRole('group', { name: 'Rad 2' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Rad 2' }).getByLabel('Beskrivning')).toBeFocused();
  await page.getByRole('button', { name: 'Ta bort rad 2' }).click();
  await expect(page.getByRole('group', { name: 'Rad 2' })).toHaveCount(0);
  await expect(page.getByRole('definition').filter({ hasText: /^562,50\skr$/ })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Ställ ut faktura' }).click();

  const heading = page.getByRole('heading', { level: 1, name: /^Faktura \d+$/ });
  await expect(heading).toBeVisible();
  const number = (await heading.textContent())!.replace('Faktura ', '').trim();
  await expect(page.getByRole('status').filter({ hasText: `Faktura ${number} är utställd.` })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Fakturans rader' })).toContainText('Extra nyckel');
  await expect(page.getByText('Obetald', { exact: true })).toBeVisible();
  await expectAccessible(page);
  const invoiceUrl = page.url();

  // Öppna avi: the PDF of the invoice, for staff too.
  const pdfHref = await page.getByRole('link', { name: /^Öppna avi/ }).getAttribute('href');
  const pdf = await page.request.get(pdfHref!);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['content-type']).toBe('application/pdf');

  // Kreditera: half of the row, with a reason, after a confirmation.
  const credit = page.getByRole('region', { name: 'Kreditera' });
  await credit.getByLabel('En del: ett belopp på en eller flera rader').check();
  await credit.getByLabel('Extra nyckel, kr exkl. moms').fill('500');
  await credit.getByLabel('Skäl').fill('Halva priset: nyckeln kom sent');
  await credit.getByRole('button', { name: 'Kreditera' }).click();
  await expect(credit.getByRole('alert')).toContainText(/Högst 450,00\skr kan krediteras på raden\./);
  await credit.getByLabel('Extra nyckel, kr exkl. moms').fill('225');
  await credit.getByRole('button', { name: 'Kreditera' }).click();
  await expect(credit.getByText(new RegExp(`^Kreditera 281,25\\skr inkl\\. moms av faktura ${number}\\? En kreditfaktura kan inte tas bort\\.$`))).toBeVisible();
  const confirm = credit.getByRole('button', { name: 'Bekräfta kreditering' });
  await expect(confirm).toBeFocused();
  await expectAccessible(page);
  await confirm.click();
  const done = credit.getByRole('status').getByRole('link', { name: /^Kreditfaktura \d+ är utställd: −281,25\skr\.$/ });
  await expect(done).toBeVisible();
  const creditNumber = /Kreditfaktura (\d+)/.exec((await done.textContent())!)![1]!;
  await expect(page.getByRole('table', { name: 'Kreditfakturor mot fakturan' })).toContainText(`Kreditfaktura ${creditNumber}`);
  await expect(page.getByRole('definition').filter({ hasText: /^281,25\skr$/ }).first()).toBeVisible();
  await expectAccessible(page);

  await done.click();
  await checkPage(page, `Kreditfaktura ${creditNumber}`);
  await expect(page.getByText(`Kreditfakturan krediterar faktura ${number}. Den betalas inte och har inget OCR-nummer.`)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Kreditera' })).toHaveCount(0);
  await page.getByRole('link', { name: `Faktura ${number}` }).click();
  await expect(page).toHaveURL(invoiceUrl);

  // The customer page lists both under Fakturor.
  await goVia(page, 'Förvaltning', 'Kunder');
  await page.getByRole('link', { name: 'Café Lunden AB' }).click();
  await checkPage(page, 'Café Lunden AB');
  const invoices = page.getByRole('table', { name: 'Kundens fakturor, senaste först' });
  await expect(invoices.getByRole('link', { name: number, exact: true })).toBeVisible();
  await expect(invoices.getByRole('link', { name: creditNumber, exact: true })).toBeVisible();
  await expectAccessible(page);

  // Lisa sees the invoice and the credit note in Avier & fakturor.
  const { context, tenant } = await tenantPage(browser, 'desktop');
  await goVia(tenant, 'Huvudmeny', 'Avier & fakturor');
  await checkPage(tenant, 'Avier & fakturor');
  const list = tenant.getByRole('table', { name: 'Dina avier och fakturor, de senaste först' });
  const key = list.getByRole('row').filter({ hasText: 'Extra nyckel' }).filter({ hasText: /562,50\skr/ });
  await expect(key.first()).toBeVisible();
  await tenant.getByRole('switch', { name: 'Visa endast obetalda' }).click();
  await expect(list.getByRole('rowheader', { name: `Kreditfaktura ${creditNumber}` })).toBeVisible();
  await expect(list.getByRole('row').filter({ hasText: `Kreditfaktura ${creditNumber}` })).toContainText(/−281,25\skr/);
  await expectAccessible(tenant);
  await context.close();
});

test('the same in English: the list, an invoice and the new-invoice form', async ({ page }) => {
  await loginStaff(page, 'ekonomi@exempel.se', 'Ekonomi#2026');
  await checkPage(page, 'Översikt');
  await page.getByRole('button', { name: 'English' }).click();
  await goVia(page, 'Back office', 'Invoices', 'Menu');
  await checkPage(page, 'Invoices');
  const table = page.getByRole('table', { name: 'Invoices, newest first' });
  await table.getByRole('rowheader').getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 2, name: 'Rows' })).toBeVisible();
  await expectAccessible(page);
  await page.goto('/admin/fakturor/ny');
  await checkPage(page, 'New invoice');
  await page.getByRole('button', { name: 'Issue invoice' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toBeVisible();
  await page.getByRole('button', { name: 'Svenska' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ny faktura' })).toBeVisible();
});

test('a customer manager reads Fakturor but issues and credits nothing', async ({ page }) => {
  await loginStaff(page, 'kundansvarig@exempel.se', 'Kund#2026');
  await checkPage(page, 'Översikt');
  await goVia(page, 'Förvaltning', 'Fakturor');
  await checkPage(page, 'Fakturor');
  await expect(page.getByRole('link', { name: 'Ny faktura' })).toHaveCount(0);
  await page.getByRole('table', { name: 'Fakturor, senaste först' }).getByRole('rowheader').getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 2, name: 'Rader' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Kreditera' })).toHaveCount(0);
  await expectAccessible(page);
});
