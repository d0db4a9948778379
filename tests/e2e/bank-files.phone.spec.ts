import { expectReportOfUnmatchedFile, openBankFiles, upload, uploadRefused } from './bank-files.ts';
import { expectListsFit } from './lists.ts';
import { checkPage, loginStaff, test } from './support.ts';

// The phone reads its own camt.054 (see bank-files.ts) at 360 px.
test('finance reads in a camt.054 on a phone and reads its report, and a broken file is refused in the form', async ({ page }) => {
  test.slow();
  await loginStaff(page, 'ekonomi@exempel.se', 'Ekonomi#2026');
  await checkPage(page, 'Översikt');
  await openBankFiles(page);
  await upload(page, 'camt054-001.08-e2e-phone.xml');
  await expectReportOfUnmatchedFile(page);
  await expectListsFit(page);
  await openBankFiles(page);
  await expectListsFit(page);
  // A broken file is refused in the form, its errors readable at 360 px.
  await uploadRefused(page, 'bgmax-long-line.txt', { line: /^Rad 4: Raden har 81 tecken/, link: 'Den avvisade filen: bgmax-long-line.txt' });
});
