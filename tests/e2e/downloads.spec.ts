import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page, Response } from '@playwright/test';
import { expect, goVia, loginTenant, test } from './support.ts';

// What a tenant's browser downloads (issue 13): the login and Hem come with the start's files only, at
// most 90 KB of compressed JavaScript, each file compressed; the tenant's other pages add their own
// files; no back-office file ever reaches a tenant. The files are read off the build's manifest, which
// the server serves from (dist/web). Only reads the demo data, so it runs on both viewports.

interface Chunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}
const manifest = JSON.parse(readFileSync(path.resolve('dist/web/.vite/manifest.json'), 'utf8')) as Record<string, Chunk>;

/** The files a chunk loads at once: itself and its static imports, transitively. */
function closure(key: string, into = new Set<string>()): Set<string> {
  const chunk = manifest[key];
  if (!chunk || into.has(chunk.file)) return into;
  into.add(chunk.file);
  for (const imported of chunk.imports ?? []) closure(imported, into);
  return into;
}

const entry = Object.keys(manifest).find((key) => manifest[key]!.isEntry)!;
const start = closure(entry);
const lazy = manifest[entry]!.dynamicImports ?? [];
// What a tenant may load later: the portal's pages, the public ones and English, with what they import.
// The back office's texts (src/i18n/*/staff) are the back office's, not the tenant's.
const tenantTexts = (k: string) => k.startsWith('src/i18n/') && !k.includes('/staff/');
const tenantMay = new Set(start);
for (const key of lazy.filter((k) => k.startsWith('src/pages/portal/') || tenantTexts(k))) closure(key, tenantMay);
for (const key of Object.keys(manifest).filter(tenantTexts)) closure(key, tenantMay);
const staffTexts = Object.keys(manifest).filter((k) => k.startsWith('src/i18n/') && k.includes('/staff/')).map((k) => manifest[k]!.file);
const backOfficePages = new Set([...lazy.filter((k) => k.startsWith('src/pages/backoffice/') || !k.startsWith('src/')).map((k) => manifest[k]!.file), ...staffTexts]);

/** Every script the page fetches from the app, with its response. */
function recordScripts(page: Page): Map<string, Response> {
  const scripts = new Map<string, Response>();
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (url.pathname.startsWith('/assets/') && url.pathname.endsWith('.js')) scripts.set(url.pathname.slice(1), response);
  });
  return scripts;
}

test('the login and Hem load only the start, compressed and at most 90 KB; no page of the tenant loads a back-office file', async ({ page }) => {
  expect(backOfficePages.size).toBeGreaterThan(20);
  expect(staffTexts).toHaveLength(2); // Swedish and English
  const scripts = recordScripts(page);

  await loginTenant(page, 'lunden', 'Lunden#2026');
  const atHome = [...scripts.keys()];
  expect(atHome.filter((file) => !start.has(file))).toEqual([]);
  let bytes = 0;
  for (const [file, response] of scripts) {
    const headers = response.headers();
    expect(headers['content-encoding'], file).toMatch(/^(br|gzip)$/);
    expect(headers['vary'], file).toMatch(/accept-encoding/i);
    bytes += (await response.request().sizes()).responseBodySize; // as it came, compressed
  }
  expect(bytes).toBeGreaterThan(0);
  expect(bytes).toBeLessThanOrEqual(90 * 1024);

  // the tenant's other pages, and English
  const heading = (name: string) => expect(page.getByRole('heading', { level: 1, name, exact: true })).toBeVisible();
  for (const name of ['Avtal', 'Avier & fakturor', 'Ärenden', 'Tillval']) {
    await goVia(page, 'Huvudmeny', name);
    await heading(name);
  }
  await page.getByRole('link', { name: 'Mina uppgifter' }).click();
  await heading('Mina uppgifter');
  await page.getByRole('button', { name: 'English' }).click();
  await heading('My details');
  const loaded = [...scripts.keys()];
  expect(loaded.length).toBeGreaterThan(atHome.length);
  expect(loaded.filter((file) => backOfficePages.has(file))).toEqual([]);
  expect(loaded.filter((file) => !tenantMay.has(file))).toEqual([]);
});
