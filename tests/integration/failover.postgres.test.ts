// When PostgreSQL ends the app's connections (a failover, a restart), the reads in flight on them are
// run again on a new connection, so the requests do not fail; a write is not repeated. PostgreSQL only:
// PGlite runs in the process and has no connections to lose (the *.postgres.test.ts files).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { createTestApp, eventually, type TestApp } from '../support/test-app.ts';
import { Client } from '../support/client.ts';

let t: TestApp;
let admin: pg.Client;
let lisa: Client;
let karin: Client;
beforeAll(async () => {
  t = await createTestApp({ env: { LOGIN_RATE_LIMIT_MAX: '1000' } });
  admin = new pg.Client({ connectionString: t.database.connectionString! });
  await admin.connect();
  lisa = new Client(t.app); await lisa.loginTenant('lunden', 'Lunden#2026');
  karin = new Client(t.app); await karin.loginStaff('kundansvarig@exempel.se', 'Kund#2026');
});
afterAll(async () => { await admin?.end(); await t?.close(); });

/** Backends of this database, other than the admin's, that wait for a lock: queries in flight. */
async function waitingBackends(): Promise<number> {
  await admin.query('select pg_stat_clear_snapshot()'); // inside the admin's transaction the view is read once
  const { rows } = await admin.query<{ n: number }>(
    "select count(*)::int as n from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid() and wait_event_type = 'Lock'");
  return rows[0]!.n;
}

async function terminateOthers(): Promise<number> {
  const { rows } = await admin.query<{ n: number }>(
    'select count(*)::int as n from (select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()) t');
  return rows[0]!.n;
}

/**
 * Holds `table` locked while `requests` start and wait for it, ends every other connection of the
 * database under them (as a failover does), then lets go; answers the requests' responses.
 */
async function cutUnder<T>(table: string, waiting: number, requests: () => Promise<T>[]): Promise<T[]> {
  await admin.query('begin');
  await admin.query(`lock table ${table} in access exclusive mode`);
  let pending: Promise<T[]>;
  try {
    pending = Promise.all(requests());
    await eventually(async () => (await waitingBackends()) >= waiting);
    expect(await terminateOthers()).toBeGreaterThanOrEqual(waiting);
  } finally {
    await new Promise((resolve) => setTimeout(resolve, 100)); // the retries queue up behind the lock again
    await admin.query('commit');
  }
  return pending!;
}

describe('connections ended under running requests', () => {
  it('cost no 500 to the reads in flight: tenant and staff case lists', async () => {
    const responses = await cutUnder('cases', 4, () => [
      lisa.get('/api/portal/cases'), lisa.get('/api/portal/cases?view=historic'),
      karin.get('/api/backoffice/cases'), karin.get('/api/backoffice/cases?q=kran'),
    ]);
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200, 200]);
  });

  it('cost no 500 to the session lookup before them', async () => {
    const responses = await cutUnder('sessions', 3, () => [lisa.get('/api/portal/me'), lisa.get('/api/portal/leases'), karin.get('/api/backoffice/summary')]);
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200]);
  });

  it('leave the pool working for what comes after, writes included', async () => {
    await terminateOthers();
    await new Promise((resolve) => setTimeout(resolve, 100)); // the pool hears of its idle connections' end
    const name = await lisa.request('PATCH', '/api/portal/me', { name: 'Lisa Lund' });
    expect(name.status).toBe(200);
    expect((await karin.get('/api/backoffice/customers')).status).toBe(200);
  });

  it('do not repeat a write that was cut off: it fails, and the client may send it again', async () => {
    // The name is saved, then the audit record waits for the lock and loses its connection.
    const [cut] = await cutUnder('audit_events', 1, () => [lisa.request('PATCH', '/api/portal/me', { name: 'Lisa L.' })]);
    expect(cut!.status).toBe(500);
    expect(cut!.body.error.code).toBe('INTERNAL');
    expect((await lisa.request('PATCH', '/api/portal/me', { name: 'Lisa L.' })).status).toBe(200);
  });
});
