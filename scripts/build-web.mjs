#!/usr/bin/env node
// Before `npm start` and the browser tests' server (playwright.config.ts): builds the web app (vite build)
// only when its sources are newer than the build, and says which it did. The sources are web/, the rules
// the web shares with the server (server/domain), vite.config.ts and package-lock.json (another library
// version is another bundle). `--force` builds anyway (`npm test` does, before it measures the bundle).
// The build is always the production one: a server started with NODE_ENV=development (the browser
// tests', for its dev mailbox) would otherwise have vite bundle React's development build.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { builtAt, reasonToBuild, root } from './build-current.mjs';

const built = 'dist/web/index.html';
const why = reasonToBuild(built, ['web', 'server/domain', 'vite.config.ts', 'package-lock.json']);
if (why === null) {
  console.log(`web app: the build in dist/web is current (nothing changed since ${builtAt(built)}), not rebuilt`);
  process.exit(0);
}
console.log(`web app: building (${why})`);
const result = spawnSync(process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
process.exit(result.status ?? 1);
