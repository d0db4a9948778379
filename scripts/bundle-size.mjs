#!/usr/bin/env node
// The JavaScript a browser downloads, gzip -9 sized as a phone on a mobile network receives it, from the
// build's manifest (dist/web/.vite/manifest.json; run `npm run build` first):
// - the start: what index.html loads before anything shows (the tenant's login and Hem);
// - each page loaded when first opened: what it adds to the start.
// Fails when the start or a page is above its budget, so that a change that makes the phone wait
// longer is seen in CI. The start's budget is issue 13's goal, 90 KB (met on Preact: decision 0033); a
// page's is today's largest with room.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const root = path.resolve('dist/web');
const START_BUDGET_KB = Number(process.env.BUNDLE_START_BUDGET_KB ?? 90);
const PAGE_BUDGET_KB = Number(process.env.BUNDLE_PAGE_BUDGET_KB ?? 30);

let manifest;
try {
  manifest = JSON.parse(readFileSync(path.join(root, '.vite/manifest.json'), 'utf8'));
} catch {
  console.error('No build manifest at dist/web/.vite/manifest.json: run `npm run build` first.');
  process.exit(1);
}

const sizes = new Map();
const gz = (file) => {
  if (!sizes.has(file)) sizes.set(file, gzipSync(readFileSync(path.join(root, file)), { level: 9 }).length);
  return sizes.get(file);
};
/** The files a chunk needs at once: itself and its static imports, transitively. */
function closure(key, seen = new Set()) {
  const chunk = manifest[key];
  if (!chunk || seen.has(chunk.file)) return seen;
  seen.add(chunk.file);
  for (const imported of chunk.imports ?? []) closure(imported, seen);
  return seen;
}
const kb = (bytes) => (bytes / 1024).toFixed(1);
const total = (files) => [...files].reduce((sum, file) => sum + gz(file), 0);

const entry = Object.keys(manifest).find((key) => manifest[key].isEntry);
const start = closure(entry);
const startBytes = total(start);
const pages = Object.keys(manifest)
  .filter((key) => manifest[key].isDynamicEntry)
  .map((key) => {
    const extra = [...closure(key)].filter((file) => !start.has(file));
    return { page: manifest[key].name ?? key, bytes: total(extra) };
  })
  .sort((a, b) => b.bytes - a.bytes);

console.log(`JavaScript, gzip -9 sized`);
console.log(`  the start (login, Hem): ${kb(startBytes)} KB in ${start.size} files (budget ${START_BUDGET_KB} KB, issue 13's goal)`);
for (const file of [...start].sort((a, b) => gz(b) - gz(a))) console.log(`    ${kb(gz(file)).padStart(6)} KB  ${file}`);
console.log(`  each page when first opened, what it adds (largest first; budget ${PAGE_BUDGET_KB} KB):`);
for (const { page, bytes } of pages.slice(0, 8)) console.log(`    ${kb(bytes).padStart(6)} KB  ${page}`);
console.log(`    … ${pages.length} pages and files loaded when needed in all`);

const over = [
  ...(startBytes > START_BUDGET_KB * 1024 ? [`the start is ${kb(startBytes)} KB, above its budget of ${START_BUDGET_KB} KB`] : []),
  ...pages.filter((p) => p.bytes > PAGE_BUDGET_KB * 1024).map((p) => `${p.page} adds ${kb(p.bytes)} KB, above the page budget of ${PAGE_BUDGET_KB} KB`),
];
if (over.length > 0) {
  console.error(`\nToo large:\n  ${over.join('\n  ')}`);
  process.exit(1);
}
