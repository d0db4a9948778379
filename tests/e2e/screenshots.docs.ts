// `npm run screenshots`: the pictures of docs/screenshots/, at a phone's 360 px and a desktop's 1440 px.
// Only the `docs` project (SCREENSHOTS=1) runs this file; each page is checked (heading, axe, no sideways
// scroll) before it is photographed, so a picture never shows a broken page.
import path from 'node:path';
import type { Page } from '@playwright/test';
import { checkPage, loginStaff, test } from './support.ts';

const dir = path.resolve('docs/screenshots');
const sizes = [
  { name: '360', viewport: { width: 360, height: 780 } },
  { name: '1440', viewport: { width: 1440, height: 900 } },
];

async function shoot(page: Page, url: string, heading: string, file: string) {
  await page.goto(url);
  await checkPage(page, heading);
  await page.screenshot({ path: path.join(dir, file), fullPage: true });
}

for (const size of sizes) {
  test.describe(`at ${size.name} px`, () => {
    test.use({ viewport: size.viewport, deviceScaleFactor: 1 });

    test('the tenant: Hem and Ärenden', async ({ page }) => {
      await page.goto('/login');
      await page.getByLabel('Användarnamn').fill('lunden');
      await page.getByLabel('Lösenord').fill('Lunden#2026');
      await page.getByRole('button', { name: 'Logga in' }).click();
      await checkPage(page, 'Hem');
      await page.screenshot({ path: path.join(dir, `hem-${size.name}.png`), fullPage: true });
      await shoot(page, '/arenden', 'Ärenden', `arenden-${size.name}.png`);
    });

    test('staff: the case inbox', async ({ page }) => {
      await loginStaff(page, 'fastighetsansvarig@exempel.se', 'Fastighet#2026');
      await shoot(page, '/admin/arenden', 'Ärenden', `inkorg-${size.name}.png`);
    });
  });
}
