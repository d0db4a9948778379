import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, expectAccessible, expectNoHorizontalScroll, goVia, loginTenant, test } from './support.ts';

// A page whose file does not download (a phone that lost its network, or a new version whose files
// replaced the ones this page load knew) says so in the user's words, keeps the menu, and comes back
// when it is loaded again. The files are read off the build's manifest. Only reads the demo data.

const manifest = JSON.parse(readFileSync(path.resolve('dist/web/.vite/manifest.json'), 'utf8')) as Record<string, { file: string }>;
const fileOf = (source: string) => `/${manifest[source]!.file}`;

/** Every download of this file fails as a lost network fails it, until `restore` is called. */
async function failDownloadsOf(page: Page, file: string): Promise<() => Promise<void>> {
  const pattern = (url: URL) => url.pathname === file;
  const fail = (route: { abort: (code: string) => Promise<void> }) => route.abort('internetdisconnected');
  await page.route(pattern, fail);
  return () => page.unroute(pattern, fail);
}

test('a tenant page that does not download says so in the frame, in Swedish, and loads again', async ({ page }) => {
  await loginTenant(page, 'lunden', 'Lunden#2026');
  const restore = await failDownloadsOf(page, fileOf('src/pages/portal/LeasesPage.tsx'));
  await goVia(page, 'Huvudmeny', 'Avtal');
  await expect(page.getByRole('heading', { level: 1, name: 'Sidan kunde inte visas' })).toBeVisible();
  await expect(page.getByText('Ladda om sidan för att försöka igen.')).toBeVisible();
  await expect(page).toHaveTitle(/Sidan kunde inte visas/);
  await expectAccessible(page);
  await expectNoHorizontalScroll(page);

  // the menu is still there: another page opens
  await goVia(page, 'Huvudmeny', 'Ärenden');
  await expect(page.getByRole('heading', { level: 1, name: 'Ärenden' })).toBeVisible();
  await goVia(page, 'Huvudmeny', 'Avtal');
  await expect(page.getByRole('heading', { level: 1, name: 'Sidan kunde inte visas' })).toBeVisible();

  await restore();
  await page.getByRole('button', { name: 'Ladda om sidan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Avtal', exact: true })).toBeVisible();
});

test('the back office whose texts do not download says so in English, and loads again', async ({ page }) => {
  await page.goto('/login');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'My pages' })).toBeVisible();
  const restore = await failDownloadsOf(page, fileOf('src/i18n/en/staff/index.ts'));
  await page.goto('/admin/login');
  await expect(page.getByRole('heading', { level: 1, name: 'The page could not be shown' })).toBeVisible();
  await expect(page.getByText('Reload the page to try again.')).toBeVisible();
  await expectAccessible(page);
  await expectNoHorizontalScroll(page);

  await restore();
  await page.getByRole('button', { name: 'Reload the page' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Back office' })).toBeVisible();
});
