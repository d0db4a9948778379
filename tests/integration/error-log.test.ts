// A failing query is logged with its statement, never its values: not the parameters Drizzle attaches,
// nor the row PostgreSQL repeats in its detail. For requests and for jobs alike.
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pino from 'pino';
import { sql } from 'drizzle-orm';
import { createTestApp, eventually, type TestApp } from '../support/test-app.ts';
import { Client } from '../support/client.ts';
import { startJobs } from '../../server/jobs/queue.ts';
import { NoPayload } from '../../server/jobs/cleanup.ts';

/** A log that keeps every line, parsed. */
function capturedLog() {
  const lines: Record<string, any>[] = [];
  const stream = new Writable({ write(chunk, _encoding, done) { for (const l of String(chunk).split('\n')) if (l) lines.push(JSON.parse(l)); done(); } });
  return { lines, stream, text: () => JSON.stringify(lines) };
}

const log = capturedLog();
let t: TestApp;
beforeAll(async () => { t = await createTestApp({ env: { LOG_LEVEL: 'info' }, logStream: log.stream }); });
afterAll(async () => { await t?.close(); });

describe('the error log', () => {
  it('has the statement of a failed query but not its values', async () => {
    // A rule the database enforces and the app does not know: the update fails inside PostgreSQL.
    await t.database.executeSql("alter table tenant_users add constraint no_secrets check (name is distinct from 'Hemliga Lisa')");
    const c = new Client(t.app);
    await c.loginTenant('lunden', 'Lunden#2026');
    const me = (await c.get('/api/portal/me')).body;
    const res = await c.request('PATCH', '/api/portal/me', { name: 'Hemliga Lisa' });
    expect(res.status).toBe(500);
    const failed = log.lines.find((l) => l.msg === 'request failed');
    expect(failed?.err).toMatchObject({ query: expect.stringMatching(/^update "tenant_users" set "name" = \$1/), cause: { code: '23514', constraint: 'no_secrets' } });
    expect(failed?.err.message).toMatch(/^Failed query: update "tenant_users"/);
    const logged = JSON.stringify(failed);
    expect(logged).not.toContain('Hemliga Lisa');
    expect(logged).not.toContain('lisa@cafelunden.se'); // the row in PostgreSQL's detail
    const [user] = (await t.database.executeSql('select id from tenant_users where username = $1', ['lunden'])).rows as { id: string }[];
    expect(logged).not.toContain(user!.id);
    expect(me.username).toBe('lunden');
  });

  it('of the job queue keeps a failed job the same way, in the log and in the job', async () => {
    const jobLog = capturedLog();
    const jobs = await startJobs(t.database, pino({ level: 'info' }, jobLog.stream), {
      work: true, pollingIntervalSeconds: 0.5,
      definitions: [{
        name: 'leaky', payload: NoPayload, queue: { retryLimit: 0, retryDelay: 1, retryBackoff: false, expireInSeconds: 60 },
        handler: async () => { await t.database.db.execute(sql`select * from no_such_table where secret = ${'topphemligt-värde'}`); },
      }],
    });
    try {
      const id = await jobs.send('leaky', {});
      const failed = await eventually(async () => jobLog.lines.find((l) => l.msg === 'job failed'));
      expect(failed.err.query).toMatch(/^select \* from no_such_table where secret = \$1/);
      expect(jobLog.text()).not.toContain('topphemligt');
      const stored = await eventually(async () => ((await t.database.executeSql('select output from pgboss.job where id = $1 and state = $2', [id, 'failed'])).rows as { output: unknown }[])[0]);
      expect(JSON.stringify(stored.output)).toMatch(/Failed query: select \* from no_such_table/);
      expect(JSON.stringify(stored.output)).not.toContain('topphemligt');
    } finally {
      await jobs.stop();
    }
  });
});
