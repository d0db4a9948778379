import { checkPage, expect, expectAccessible, expectNoHorizontalScroll, goVia, loginStaff, test } from './support.ts';

// Sending a notice changes shared demo data, so the journey runs on a desktop; here the staff pages of
// Utskick are used on a phone up to the preview, without sending.
test('the notice pages work on a phone: list, compose with an attachment, preview', async ({ page }) => {
  await loginStaff(page, 'kundansvarig@exempel.se', 'Kund#2026');
  await checkPage(page, 'Översikt');
  await goVia(page, 'Förvaltning', 'Utskick');
  await checkPage(page, 'Utskick');
  await expectAccessible(page);
  await expectNoHorizontalScroll(page);
  await page.getByRole('link', { name: 'Nytt utskick' }).click();
  await checkPage(page, 'Nytt utskick');
  await page.getByLabel('Rubrik').fill('Fönsterputs');
  await page.getByLabel('Meddelande').fill('Fönstren putsas på torsdag.');
  await page.getByRole('radio', { name: 'En fastighet' }).check();
  await page.getByLabel('Fastighet', { exact: true }).selectOption({ index: 1 });
  await page.getByLabel('Välj filer').setInputFiles({ name: 'schema.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%%EOF\n') });
  await expect(page.getByRole('button', { name: 'Ta bort schema.pdf' })).toBeVisible();
  await page.getByRole('button', { name: 'Förhandsgranska' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Når \d+ kund/ })).toBeVisible();
  await expectAccessible(page);
  await expectNoHorizontalScroll(page);
  await page.getByRole('button', { name: 'Ta bort schema.pdf' }).click();
  await expect(page.getByRole('button', { name: 'Ta bort schema.pdf' })).toHaveCount(0);
});
