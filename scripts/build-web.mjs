#!/usr/bin/env node
// Before `npm start` and the browser tests' server (playwright.config.ts): builds the web app (vite build)
// only when its sources are newer than the build, and says which it did. The sources are web/, the rules
// the web shares with the server (server/domain), vite.config.ts and package-lock.json (another library
// version is another bundle). `--force` builds anyway (`npm test` does, before it measures the bundle).
// The build is always the production one: a server started with NODE_ENV=development (the browser
// tests', for its dev mailbox) would otherwise have vite bundle React's development build.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const built = path.join(root, 'dist/web/index.html');
const sources = ['web', 'server/domain', 'vite.config.ts', 'package-lock.json'].map((p) => path.join(root, p));

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
  console.log(`web app: the build in dist/web is current (nothing changed since ${new Date(builtAt).toISOString()}), not rebuilt`);
  process.exit(0);
}
const why = force ? 'asked to (--force)' : builtAt === 0 ? 'there is no build yet' : `${path.relative(root, source.file)} changed after the last build`;
console.log(`web app: building (${why})`);
const result = spawnSync(process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
process.exit(result.status ?? 1);
