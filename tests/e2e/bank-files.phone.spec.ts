import { expectReportOfUnmatchedFile, openBankFiles, upload } from './bank-files.ts';
import { expectListsFit } from './lists.ts';
import { checkPage, loginStaff, test } from './support.ts';

// The phone reads its own camt.054 (see bank-files.ts) at 360 px.
test('finance reads in a camt.054 on a phone and reads its report', async ({ page }) => {
  await loginStaff(page, 'ekonomi@exempel.se', 'Ekonomi#2026');
  await checkPage(page, 'Översikt');
  await openBankFiles(page);
  await upload(page, 'camt054-001.08-e2e-phone.xml');
  await expectReportOfUnmatchedFile(page);
  await expectListsFit(page);
  await openBankFiles(page);
  await expectListsFit(page);
});
