import { expectRefusedFile, expectReportOfUnmatchedFile, openBankFiles, upload, uploadRefused } from './bank-files.ts';
import { checkPage, expect, expectAccessible, loginStaff, test } from './support.ts';

// The desktop reads its own camt.054 (see bank-files.ts), the same file again, and a broken BgMax file.
test('finance reads in a camt.054, follows it to the report across a reload, and the same file again books nothing', async ({ page }) => {
  await loginStaff(page, 'ekonomi@exempel.se', 'Ekonomi#2026');
  await checkPage(page, 'Översikt');
  await openBankFiles(page);

  await upload(page, 'camt054-001.08-e2e-desktop.xml');
  await expect(page.getByRole('status').filter({ hasText: 'Filen är mottagen och läses in.' })).toBeVisible();
  await expectReportOfUnmatchedFile(page);
  // The report is the file's page: a reload shows it again.
  await page.reload();
  await expectReportOfUnmatchedFile(page);

  // in English
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('region', { name: 'Report' })).toContainText('Payments in the file3');
  await expect(page.getByRole('table', { name: 'Unmatched payments from the file' })).toContainText('No OCR reference');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Svenska' }).click();

  await page.getByRole('link', { name: 'Tillbaka till bankfiler' }).click();
  await checkPage(page, 'Bankfiler');
  const list = page.getByRole('table', { name: 'Inlästa bankfiler, senaste först' });
  await expect(list.getByRole('row').filter({ hasText: 'camt054-001.08-e2e-desktop.xml' })).toContainText('Inläst');

  await upload(page, 'camt054-001.08-e2e-desktop.xml');
  await expect(page.getByRole('status').filter({ hasText: /^Filen är redan inläst .*Inget bokades en gång till\.$/ })).toBeVisible();
  await expectReportOfUnmatchedFile(page);
});

test('finance read in a broken BgMax file: refused in the form with the line and the reason, in Swedish and English; the refused file is listed', async ({ page }) => {
  await loginStaff(page, 'ekonomi@exempel.se', 'Ekonomi#2026');
  await openBankFiles(page);
  await uploadRefused(page, 'bgmax-bad-sum.txt', { line: /^Rad 19: Insättningens summa \(TK15\) är 35\s500,00\skr/, link: 'Den avvisade filen: bgmax-bad-sum.txt' });
  await expect(page.getByRole('alert')).toContainText('Filen är felaktig och lästes inte in; inget bokades.');
  const list = page.getByRole('table', { name: 'Inlästa bankfiler, senaste först' });
  await expect(list.getByRole('row').filter({ hasText: 'bgmax-bad-sum.txt' }).first()).toContainText('Avvisad');

  // The English words are fetched when chosen: the page must be in English before the file is sent.
  await page.getByRole('button', { name: 'English' }).click();
  await checkPage(page, 'Bank files');
  await uploadRefused(page, 'camt054-bad-sums.xml', { line: /Document\/BkToCstmrDbtCdtNtfctn\/.*TtlAmt: The sum is stated as 25,000\.00 kr/, link: 'The refused file: camt054-bad-sums.xml' });
  await expect(page.getByRole('alert')).toContainText('The file is malformed and was not imported; nothing was booked.');
  await page.getByRole('button', { name: 'Svenska' }).click();
  await checkPage(page, 'Bankfiler');

  await uploadRefused(page, 'bgmax-bad-sum.txt', { line: /^Rad 19: /, link: 'Den avvisade filen: bgmax-bad-sum.txt' });
  await page.getByRole('link', { name: 'Den avvisade filen: bgmax-bad-sum.txt' }).click();
  await expectRefusedFile(page);
});

test('a picture is refused in the form, in words', async ({ page }) => {
  await loginStaff(page, 'admin@exempel.se', 'Admin#2026');
  await openBankFiles(page);
  await page.getByRole('button', { name: 'Läs in' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Välj bankens fil att läsa in.' })).toBeVisible();
  await page.getByLabel('Välj fil').setInputFiles({ name: 'kvitto.png', mimeType: 'image/png', buffer: Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex') });
  await page.getByRole('button', { name: 'Läs in' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'inte en bankfil' })).toBeVisible();
  await expectAccessible(page);
});

test('a customer manager sees the imports but cannot read in files', async ({ page }) => {
  await loginStaff(page, 'kundansvarig@exempel.se', 'Kund#2026');
  await openBankFiles(page);
  await expect(page.getByText('Du kan se inläsningarna men inte läsa in filer.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Läs in' })).toHaveCount(0);
});
