#!/usr/bin/env node
// Before `npm start` and `npm run worker`: bundles the server (server/main.ts, the job worker
// server/worker.ts and what they import, the libraries left as they are in node_modules) into
// dist/server with esbuild, only when its sources are newer than the
// bundle, and says which it did. Started from the bundle, the server holds some 60 MB less than under
// tsx, which compiles every module again at each start and keeps it (decision 0028). Pages loaded on
// first use (the invoice PDF) stay in chunks of their own. `--force` bundles anyway.
import path from 'node:path';
import { build } from 'esbuild';
import { builtAt, reasonToBuild, root } from './build-current.mjs';

const built = 'dist/server/main.mjs';
const sources = ['server', 'package-lock.json', 'tsconfig.json', 'scripts/build-server.mjs'];
const why = reasonToBuild(built, sources, 'there is no bundle yet') ?? reasonToBuild('dist/server/worker.mjs', sources, 'there is no bundle of the worker yet');
if (why === null) {
  console.log(`server: the bundle in dist/server is current (nothing changed since ${builtAt(built)}), not rebuilt`);
  process.exit(0);
}
const started = Date.now();
await build({
  absWorkingDir: root,
  entryPoints: { main: 'server/main.ts', worker: 'server/worker.ts' },
  outdir: path.join(root, 'dist/server'),
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
