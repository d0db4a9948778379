#!/usr/bin/env node
// Before `npm start`: bundles the server (server/main.ts and what it imports, the libraries left as
// they are in node_modules) into dist/server with esbuild, only when its sources are newer than the
// bundle, and says which it did. Started from the bundle, the server holds some 60 MB less than under
// tsx, which compiles every module again at each start and keeps it (decision 0028). Pages loaded on
// first use (the invoice PDF) stay in chunks of their own. `--force` bundles anyway.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = path.join(root, 'dist/server');
const built = path.join(outdir, 'main.mjs');
const sources = ['server', 'package-lock.json', 'tsconfig.json', 'scripts/build-server.mjs'].map((p) => path.join(root, p));

/** The newest modification time under `file` (a file, or a folder walked whole), and which file it is. */
function newest(file) {
  if (!existsSync(file)) return { time: 0, file };
  const stat = statSync(file);
  if (!stat.isDirectory()) return { time: stat.mtimeMs, file };
  let best = { time: stat.mtimeMs, file };
  for (const entry of readdirSync(file)) {
    const found = newest(path.join(file, entry));
    if (found.time > best.time) best = found;
  }
  return best;
}

const force = process.argv.includes('--force');
const builtAt = existsSync(built) ? statSync(built).mtimeMs : 0;
const source = sources.map(newest).reduce((a, b) => (b.time > a.time ? b : a));
if (!force && builtAt > 0 && source.time <= builtAt) {
  console.log(`server: the bundle in dist/server is current (nothing changed since ${new Date(builtAt).toISOString()}), not rebuilt`);
  process.exit(0);
}
const why = force ? 'asked to (--force)' : builtAt === 0 ? 'there is no bundle yet' : `${path.relative(root, source.file)} changed after the last bundle`;
const started = Date.now();
await build({
  absWorkingDir: root,
  entryPoints: { main: 'server/main.ts' },
  outdir,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
});
console.log(`server: bundled into dist/server in ${Date.now() - started} ms (${why})`);
