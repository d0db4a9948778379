import type { Page } from '@playwright/test';
import { checkPage, expect, expectAccessible, goVia, loginStaff } from './support.ts';

// Inställningar för påminnelser och bokföring, on a phone and a desktop. The demo's settings are shared
// with the reminder and export journeys running beside it, so this one changes nothing for good: it sends
// refusals (in words, the field marked) and a save of the settings as they are. Saving a change is
// tested through the API (tests/integration/collection-settings.test.ts).
export async function settingsJourney(page: Page, login: [email: string, password: string]): Promise<void> {
  await loginStaff(page, ...login);
  await checkPage(page, 'Översikt');
  await goVia(page, 'Förvaltning', 'Inställningar');
  await checkPage(page, 'Inställningar för påminnelser och bokföring');
  const fee = page.getByLabel('Påminnelseavgift, kr');
  await expect(fee).toHaveValue('60,00');
  await expect(page.getByLabel('Dagar efter förfallodagen')).toHaveValue('3, 14');
  await expect(page.getByLabel('Bank', { exact: true })).toHaveValue('1930');

  // Above the lawful 60 kr: the server refuses it in words, the field marked.
  await fee.fill('75');
  await page.getByRole('button', { name: 'Spara inställningar' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'Det finns ett problem' });
  await expect(summary).toContainText('Påminnelseavgiften ska vara mellan 0 och 60,00 kr');
  await expect(fee).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page);
  await fee.fill('60');

  // Dröjsmålsränta: off in the demo (only shown); a smallest interest invoice above 1 000 kr is refused.
  await expect(page.getByLabel('Fakturera dröjsmålsränta')).not.toBeChecked();
  const minimum = page.getByLabel('Lägsta belopp för räntefaktura, kr');
  await expect(minimum).toHaveValue('50,00');
  await minimum.fill('2000');
  await page.getByRole('button', { name: 'Spara inställningar' }).click();
  await expect(summary).toContainText(/Lägsta belopp för en räntefaktura ska vara mellan 0 och 1\s000,00\skr\./);
  await expect(minimum).toHaveAttribute('aria-invalid', 'true');
  await minimum.fill('50');

  // An account of three digits, and days out of order.
  const bank = page.getByLabel('Bank', { exact: true });
  await bank.fill('193');
  await page.getByRole('button', { name: 'Spara inställningar' }).click();
  await expect(summary).toContainText('Kontot ska vara fyra siffror enligt BAS-kontoplanen, till exempel 1930 (inte "193").');
  await expect(bank).toHaveAttribute('aria-invalid', 'true');
  await bank.fill('1930');
  await page.getByLabel('Dagar efter förfallodagen').fill('14, 3');
  await page.getByRole('button', { name: 'Spara inställningar' }).click();
  await expect(summary).toContainText('stigande ordning');
  await page.getByLabel('Dagar efter förfallodagen').fill('3, 14');

  await page.getByRole('button', { name: 'Spara inställningar' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Inget ändrades: inställningarna var redan så.' })).toBeVisible();
  await expect(summary).toHaveCount(0);
  await expectAccessible(page);

  await page.getByRole('button', { name: 'English' }).click();
  await checkPage(page, 'Settings for reminders and bookkeeping');
  await expect(page.getByLabel('Reminder fee, kr')).toBeVisible();
  await expect(page.getByLabel('Invoice late-payment interest')).toBeVisible();
  await page.getByRole('button', { name: 'Svenska' }).click();
  await checkPage(page, 'Inställningar för påminnelser och bokföring');
}
