// `npm run bench`: latency and throughput of the main read paths and the login, on the embedded database
// and (with BENCH_DATABASE_URL) on PostgreSQL. Prints figures; asserts nothing (see the issues for targets).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openPglite, type Database } from '../server/db/client.ts';
import { runMigrations } from '../server/db/migrate.ts';
import { seedDemo } from '../server/demo/seed.ts';
import { benchNotices } from './notices.ts';
import { benchInvoicePdf } from './invoice-pdf.ts';
import { benchBilling } from './billing.ts';
import { benchBankFile } from './bankfile.ts';
import { scratchPostgres } from './scratch-db.ts';
import { startBenchApp } from './bench-app.ts';
import { load } from './floor.ts';
import { benchTenantReads } from './tenant-reads.ts';
import { benchOptions } from './options.ts';
import { benchMemory } from './memory.ts';

const seconds = Number(process.env.BENCH_SECONDS ?? 5);

interface Scenario { name: string; method: 'GET' | 'POST'; path: string; body?: string; connections: number; auth: boolean }

const scenarios: Scenario[] = [
  { name: 'GET /api/health', method: 'GET', path: '/api/health', connections: 20, auth: false },
  { name: 'GET /api/session (tenant)', method: 'GET', path: '/api/session', connections: 20, auth: true },
  { name: 'GET /api/portal/leases (tenant)', method: 'GET', path: '/api/portal/leases', connections: 20, auth: true },
  { name: 'POST /api/auth/login/tenant (argon2id)', method: 'POST', path: '/api/auth/login/tenant', body: JSON.stringify({ username: 'lunden', password: 'Lunden#2026' }), connections: 4, auth: false },
];

async function prepare(kind: 'pglite' | 'postgres'): Promise<{ database: Database; cleanup: () => Promise<void> }> {
  if (kind === 'pglite') {
    const dir = mkdtempSync(path.join(tmpdir(), 'hyresportal-bench-'));
    const database = await openPglite(dir);
    return { database, cleanup: async () => { await database.close(); rmSync(dir, { recursive: true, force: true }); } };
  }
  const { database, drop } = await scratchPostgres(process.env.BENCH_DATABASE_URL!, 'bench', 20);
  return { database, cleanup: drop };
}

async function benchOne(kind: 'pglite' | 'postgres') {
  const { database, cleanup } = await prepare(kind);
  await runMigrations(database);
  await seedDemo(database.db, new Date());
  const bench = await startBenchApp(database);
  const { cookie, csrfCookie, csrfToken } = bench.tenant;
  const rows: string[] = [];
  for (const s of scenarios) {
    const result = await load({
      url: `${bench.address}${s.path}`,
      method: s.method,
      connections: s.connections,
      seconds,
      headers: {
        cookie: s.auth ? cookie : csrfCookie,
        ...(s.body ? { 'content-type': 'application/json', 'x-csrf-token': csrfToken } : {}),
      },
      ...(s.body ? { body: s.body } : {}),
    });
    const ok = result.non2xx === 0 && result.errors === 0;
    if (!ok) console.error(s.name, result.statusCodes);
    rows.push(`${kind.padEnd(8)} ${s.name.padEnd(42)} ${String(s.connections).padStart(4)} ${result.rps.toFixed(0).padStart(8)} ${String(result.p50).padStart(6)} ${String(result.p90).padStart(5)} ${String(result.p97_5).padStart(7)} ${String(result.p99).padStart(6)}${ok ? '' : `  (${result.non2xx} non-2xx, ${result.errors} errors)`}`);
  }
  await bench.stop();
  await cleanup();
  return rows;
}

console.log(`\n${'database'.padEnd(8)} ${'scenario'.padEnd(42)} conn    req/s  p50ms  p90  p97.5ms  p99ms   (${seconds} s each)`);
// BENCH_ONLY=basic|memory|reads|options|notices|pdf|billing|bankfile runs one part, or a comma-separated list (all by default).
const only = process.env.BENCH_ONLY ?? 'all';
const part = (name: string) => only === 'all' || only.split(',').includes(name);
if (part('basic')) {
  for (const kind of ['pglite', ...(process.env.BENCH_DATABASE_URL ? ['postgres'] : [])] as ('pglite' | 'postgres')[]) {
    for (const row of await benchOne(kind)) console.log(row);
  }
}
if (part('memory')) {
  console.log('');
  for (const line of await benchMemory()) console.log(line);
}
if (part('pdf')) {
  console.log('');
  for (const line of await benchInvoicePdf()) console.log(`-        ${line}`);
}
if (process.env.BENCH_DATABASE_URL) {
  if (part('reads') || part('cases') || part('invoices')) { // cases and invoices: their older names
    // BENCH_READS=invoices picks the reads whose name or URL has it; BENCH_ROUNDS the A B pairs (2).
    console.log(`\nThe tenant's reads beside the floor, PostgreSQL, 50 connections, ${seconds} s a run`);
    const rounds = Number(process.env.BENCH_ROUNDS ?? 2);
    for (const row of await benchTenantReads(process.env.BENCH_DATABASE_URL, { seconds, rounds, ...(process.env.BENCH_READS ? { only: process.env.BENCH_READS } : {}) })) console.log(row);
  }
  if (part('options')) {
    console.log('');
    for (const row of await benchOptions(process.env.BENCH_DATABASE_URL, { seconds, rounds: Number(process.env.BENCH_ROUNDS ?? 2) })) console.log(row);
  }
  console.log('');
  if (part('notices')) for (const line of await benchNotices(process.env.BENCH_DATABASE_URL)) console.log(`postgres ${line}`);
  if (part('billing')) for (const line of await benchBilling(process.env.BENCH_DATABASE_URL)) console.log(`postgres ${line}`);
  if (part('bankfile')) for (const line of await benchBankFile(process.env.BENCH_DATABASE_URL)) console.log(`postgres ${line}`);
} else {
  console.log('\n(set BENCH_DATABASE_URL=postgres://… to measure PostgreSQL too, and the tenant reads at scale beside their floor)');
}
process.exit(0);
