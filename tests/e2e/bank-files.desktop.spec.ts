import { expectRefusedFile, expectReportOfUnmatchedFile, openBankFiles, upload } from './bank-files.ts';
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

test('finance reads in a broken BgMax file and sees the line and the reason', async ({ page }) => {
  await loginStaff(page, 'ekonomi@exempel.se', 'Ekonomi#2026');
  await openBankFiles(page);
  await upload(page, 'bgmax-bad-sum.txt');
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
