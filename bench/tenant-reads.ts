// The tenant's reads at scale, each beside its floor (issue 13): what Hem asks for (session, leases,
// current cases, balance, unpaid invoices), all invoices and the historic case search, on PostgreSQL with
// 500,000 cases (issue 4) and 1,000,000 invoices (issue 10) in the database, 50 connections. Floor and
// app are loaded in turn (A B A B), and the median ratios printed. PostgreSQL only (BENCH_DATABASE_URL).
import { createHash } from 'node:crypto';
import { runMigrations } from '../server/db/migrate.ts';
import { seedDemo } from '../server/demo/seed.ts';
import { sessionCookieName } from '../server/http/session.ts';
import { keptPostgres, scratchPostgres } from './scratch-db.ts';
import type { Database } from '../server/db/client.ts';
import { fillCasesToScale } from './case-scale.ts';
import { fillInvoicesToScale } from './invoice-scale.ts';
import { startBenchApp, type BenchApp } from './bench-app.ts';
import { captureStatements, compare, comparisonHeading, comparisonRows, load, pacedRows, startFloor } from './floor.ts';
import { startServedApp } from './served-app.ts';
import type { FloorRoute } from './floor-server.ts';

export const POOL_SIZE = 20;
const CONNECTIONS = 50;
const RATE = Number(process.env.BENCH_RATE ?? 500);
/** Seconds each server is loaded before it is measured: a second was too little on a slow machine (the first round came out slower for both). */
const WARMUP = Number(process.env.BENCH_WARMUP ?? 3);

export const tenantReads = [
  { name: 'GET /api/session', url: '/api/session' },
  { name: 'leases', url: '/api/portal/leases' },
  { name: 'cases, current (500k in db)', url: '/api/portal/cases?view=current' },
  { name: 'balance', url: '/api/portal/balance' },
  { name: 'invoices, unpaid (1M in db)', url: '/api/portal/invoices?unpaid=true' },
  { name: 'invoices, all (1M in db)', url: '/api/portal/invoices?unpaid=false' },
  { name: 'case search, historic (500k)', url: '/api/portal/cases?view=historic&q=l%C3%A4cka' },
];

export async function benchTenantReads(adminUrl: string, options: { seconds: number; rounds: number; only?: string }): Promise<string[]> {
  const fill = async (database: Database) => {
    await runMigrations(database);
    await seedDemo(database.db, new Date());
    await fillCasesToScale(database);
    await fillInvoicesToScale(database);
  };
  // BENCH_KEEP=1 keeps the filled database (about a million rows: minutes to make on a busy machine).
  const { database, url, drop } = process.env.BENCH_KEEP === '1'
    ? await keptPostgres(adminUrl, 'bench_reads_kept', POOL_SIZE, fill)
    : await scratchPostgres(adminUrl, 'bench_reads', POOL_SIZE);
  const bench = await (async () => {
    if (process.env.BENCH_KEEP !== '1') await fill(database);
    else await runMigrations(database); // a kept database follows the migrations added since it was filled
    return startBenchApp(database);
  })().catch(async (error: unknown) => { await drop(); throw error; });
  const scenarios = tenantReads.filter((s) => !options.only || s.name.includes(options.only) || s.url.includes(options.only));
  try {
    return await readsBesideFloor(bench, url, scenarios, options);
  } finally {
    await bench.stop();
    await drop();
  }
}

/**
 * Each read of the app beside the floor (floor.ts): the app's statements for it captured once from
 * `bench` (this process's app), the floor started with them and the app as `npm start` runs it (its
 * bundle, in a process of its own: served-app.ts), both warmed, then A B A B at 50 connections; rows of
 * the median ratios. The caller stops `bench` and drops the database.
 */
export async function readsBesideFloor(bench: BenchApp, url: string, scenarios: { name: string; url: string }[], options: { seconds: number; rounds: number }): Promise<string[]> {
  const headers = { cookie: bench.tenant.cookie };
  const sessionHash = createHash('sha256').update(bench.tenant.sessionToken).digest('base64url');
  const rows: string[] = [comparisonHeading];
  const problems: string[] = [];
  const routes: FloorRoute[] = [];
  for (const s of scenarios) {
    let status = 0;
    let text = '';
    // Once before, so that what the app keeps in memory (the Tillval catalogue) is not captured as a read.
    await (await fetch(`${bench.address}${s.url}`, { headers })).arrayBuffer();
    const statements = await captureStatements(async () => {
      const answer = await fetch(`${bench.address}${s.url}`, { headers });
      status = answer.status;
      text = await answer.text();
    });
    if (status !== 200) throw new Error(`${s.url}: the app answered ${status} ${text}`);
    if (!statements[0]?.values.includes(sessionHash)) throw new Error(`${s.url}: the first statement is not the session lookup: ${statements[0]?.text}`);
    routes.push({ url: s.url, statements, sessionHash, body: JSON.parse(text) });
  }
  const served = await startServedApp(url, POOL_SIZE);
  const floor = await startFloor({ databaseUrl: url, poolSize: POOL_SIZE, cookieName: sessionCookieName(bench.config), routes }).catch(async (error: unknown) => { await served.stop(); throw error; });
  try {
    for (const [i, s] of scenarios.entries()) {
      const floorUrl = `${floor.address}${s.url}`;
      const appUrl = `${served.address}${s.url}`;
      const request = { method: 'GET' as const, connections: CONNECTIONS, headers: { cookie: served.cookie } };
      const [appText, floorText] = await Promise.all([appUrl, floorUrl].map(async (u) => (await fetch(u, { headers: request.headers })).text()));
      if (appText !== floorText) problems.push(`${s.url}: the floor's body differs from the app's (${floorText!.length} vs ${appText!.length} bytes)`);
      const statements = routes[i]!.statements;
      const named = statements.filter((st) => st.name).map((st) => st.name).join(', ');
      // Both warmed first (JIT; each pooled connection prepares its statements), then A B A B.
      await load({ ...request, url: floorUrl, seconds: WARMUP });
      await load({ ...request, url: appUrl, seconds: WARMUP });
      const result = await compare(options.rounds, options.seconds,
        { request: { ...request, url: floorUrl }, cpu: floor.cpu }, { request: { ...request, url: appUrl }, cpu: served.cpu });
      rows.push(...comparisonRows(s.name, result));
      rows.push(`${''.padEnd(40)} ${statements.length} statements (prepared: ${named || 'none'}), ${appText!.length} bytes`);
      // The same 50 connections as users who ask again once answered, at a pace (BENCH_RATE a second in
      // all, 500 by default: each user a request every 0.1 s, far above a person's clicks), so the
      // latency is the server's answer and not the queue of a saturated machine.
      const paced = await compare(options.rounds, options.seconds,
        { request: { ...request, url: floorUrl, rate: RATE }, cpu: floor.cpu }, { request: { ...request, url: appUrl, rate: RATE }, cpu: served.cpu });
      rows.push(...pacedRows(RATE, paced));
    }
  } finally {
    await floor.stop();
    await served.stop();
  }
  return [...rows, ...problems];
}
