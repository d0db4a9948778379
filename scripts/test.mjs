#!/usr/bin/env node
// `npm test`: unit, integration (PGlite, and PostgreSQL when TEST_DATABASE_URL is set) and browser
// tests, and a summary of what ran. A missing PostgreSQL or Chromium is reported and skipped on a
// laptop; with CI=true it is a failure.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import pg from 'pg';

const ci = process.env.CI === 'true' || process.env.CI === '1';
const chromium = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const results = [];
let failed = false;

function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}\n`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = result.status === 0;
  results.push(`${ok ? '✔' : '✘'} ${label} (${Math.round((Date.now() - started) / 1000)} s)`);
  if (!ok) failed = true;
}

function missing(label, why) {
  results.push(`${ci ? '✘' : '–'} ${label}: not run, ${why}`);
  if (ci) failed = true;
}

async function postgresReachable(url) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch (error) {
    console.error(`PostgreSQL at TEST_DATABASE_URL did not answer: ${error.message}`);
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

run('unit tests', 'npx', ['vitest', 'run', '--project', 'unit']);
run('integration tests on PGlite', 'npx', ['vitest', 'run', '--project', 'integration']);

const url = process.env.TEST_DATABASE_URL;
if (!url) missing('integration tests on PostgreSQL', 'TEST_DATABASE_URL is not set (e.g. postgres://postgres@127.0.0.1:5432/test)');
else if (!(await postgresReachable(url))) missing('integration tests on PostgreSQL', 'the server at TEST_DATABASE_URL does not answer');
else run('integration tests on PostgreSQL', 'npx', ['vitest', 'run', '--project', 'integration-postgres']);

// The web app built as `npm start` builds it (always, here), and the JavaScript a phone downloads held to
// its budget. The browser tests' server serves this same build: build-web.mjs finds it current.
run('web build and bundle size', 'sh', ['-c', 'node scripts/build-web.mjs --force && node scripts/bundle-size.mjs']);

if (!existsSync(chromium)) missing('browser tests', `no Chromium at ${chromium} (Debian: apt-get install chromium; or set CHROME_PATH)`);
else run('browser tests (phone and desktop, with axe)', 'npx', ['playwright', 'test']);

console.log(`\nSummary${ci ? ' (CI: every level must run)' : ''}:\n  ${results.join('\n  ')}\n`);
process.exit(failed ? 1 : 0);
