#!/usr/bin/env node
// `npm run lighthouse`: Lighthouse (mobile) on the login page and the tenant home of a fresh demo server,
// with Debian's Chromium. A measurement, not a test: it prints the four category scores per page (and the
// paint times and blocking time on Lighthouse's simulated phone) and
// exits 1 when accessibility or SEO is below 100. Lighthouse is fetched by npx, not a dependency.
//   npm run lighthouse               start the production build on a free port with a fresh demo database
//   LIGHTHOUSE_URL=http://… npm run lighthouse   measure a running server instead
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

const chrome = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const work = mkdtempSync(path.join(tmpdir(), 'lighthouse-'));

function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

async function waitFor(url, seconds) {
  for (let i = 0; i < seconds * 4; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${seconds} s`);
}

/** Logs in as the demo tenant and returns the Cookie header a browser would send. */
async function tenantCookie(base) {
  const jar = new Map();
  const keep = (res) => {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const i = pair.indexOf('=');
      jar.set(pair.slice(0, i), pair.slice(i + 1));
    }
  };
  const header = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  const first = await fetch(`${base}/api/session`);
  keep(first);
  const { csrfToken } = await first.json();
  const login = await fetch(`${base}/api/auth/login/tenant`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken, cookie: header(), origin: base },
    body: JSON.stringify({ username: 'lunden', password: 'Lunden#2026' }),
  });
  if (!login.ok) throw new Error(`demo login failed: ${login.status} ${await login.text()}`);
  keep(login);
  return header();
}

let server = null;
let base = process.env.LIGHTHOUSE_URL;
try {
  if (!base) {
    const port = await freePort();
    base = `http://localhost:${port}`;
    const built = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
    if (built.status !== 0) throw new Error('vite build failed');
    server = spawn('npx', ['tsx', 'server/main.ts'], {
      env: { ...process.env, PORT: String(port), DATA_DIR: path.join(work, 'data'), NODE_ENV: 'development', LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'ignore', 'inherit'],
      detached: true,
    });
    await waitFor(`${base}/api/ready`, 120);
  }
  const cookie = await tenantCookie(base);
  const pages = [
    { name: 'login page', url: `${base}/login`, headers: {} },
    { name: 'tenant home', url: `${base}/`, headers: { Cookie: cookie } },
  ];
  let failed = false;
  const rows = [];
  for (const page of pages) {
    const out = path.join(work, `${page.name.replace(/\W+/g, '-')}.json`);
    const args = ['-y', 'lighthouse@12', page.url, '--quiet', '--output=json', `--output-path=${out}`,
      `--chrome-path=${chrome}`, '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
      '--only-categories=performance,accessibility,best-practices,seo'];
    if (Object.keys(page.headers).length) args.push(`--extra-headers=${JSON.stringify(page.headers)}`);
    const run = spawnSync('npx', args, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, CHROME_PATH: chrome } });
    if (run.status !== 0) throw new Error(`lighthouse failed on ${page.url}`);
    const report = JSON.parse(readFileSync(out, 'utf8'));
    const score = (id) => Math.round((report.categories[id]?.score ?? 0) * 100);
    const cls = report.audits['cumulative-layout-shift']?.numericValue ?? NaN;
    // Lighthouse's mobile: a slow 4G network and a CPU 4 times slower, simulated from the page's trace.
    const ms = (id) => `${Math.round(report.audits[id]?.numericValue ?? NaN)} ms`;
    const finalUrl = report.finalDisplayedUrl ?? report.finalUrl;
    if (page.headers.Cookie && new URL(finalUrl).pathname !== '/') throw new Error(`the tenant home redirected to ${finalUrl}: the login did not hold`);
    rows.push(`| ${page.name} | ${score('performance')} | ${score('accessibility')} | ${score('best-practices')} | ${score('seo')} | ${cls.toFixed(3)} | ${ms('first-contentful-paint')} | ${ms('largest-contentful-paint')} | ${ms('total-blocking-time')} |`);
    for (const id of ['accessibility', 'seo']) {
      if (score(id) < 100) {
        failed = true;
        const audits = report.categories[id].auditRefs.map((r) => report.audits[r.id]).filter((a) => a.score !== null && a.score < 1);
        console.error(`${page.name}: ${id} ${score(id)}: ${audits.map((a) => a.id).join(', ')}`);
      }
    }
  }
  console.log('\n| page | performance | accessibility | best practices | SEO | CLS | first paint | largest paint | blocking |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  console.log(rows.join('\n'));
  process.exitCode = failed ? 1 : 0;
} finally {
  if (server) process.kill(-server.pid, 'SIGTERM');
  rmSync(work, { recursive: true, force: true });
}
