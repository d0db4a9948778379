// One change, its messages, their delivery jobs and its audit event commit together or not at all
// (docs/decisions/0012-one-transaction-per-change.md). A failure is injected by a trigger in the real
// database, at the insert named, and the test then looks for anything left behind.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { Client } from '../support/client.ts';

let t: TestApp;
let lisa: Client;
let fredrik: Client;
beforeAll(async () => {
  t = await createTestApp({ env: { LOGIN_RATE_LIMIT_MAX: '1000' } });
  lisa = new Client(t.app); await lisa.loginTenant('lunden', 'Lunden#2026');
  fredrik = new Client(t.app); await fredrik.loginStaff('fastighetsansvarig@exempel.se', 'Fastighet#2026');
  await t.database.db.execute(sql.raw(`create function injected_failure() returns trigger language plpgsql as $$ begin raise exception 'injected failure on %', tg_table_name; end $$`));
});
afterAll(async () => { await t?.close(); });

const count = async (table: string, where = 'true') =>
  Number(((await t.database.db.execute(sql.raw(`select count(*)::int as n from ${table} where ${where}`))) as unknown as { rows: { n: number }[] }).rows[0]!.n);

async function failingAt<T>(table: string, work: () => Promise<T>): Promise<T> {
  await t.database.db.execute(sql.raw(`create trigger injected before insert on ${table} for each row execute function injected_failure()`));
  try {
    return await work();
  } finally {
    await t.database.db.execute(sql.raw(`drop trigger injected on ${table}`));
  }
}

const snapshot = async () => ({
  cases: await count('cases'), messages: await count('outgoing_messages'), audit: await count('audit_events'),
  jobs: await count('pgboss.job', "name = 'send-message'"), history: await count('case_status_changes'),
});
const newCase = (title: string) => ({ title, description: 'Det droppar från taket.', category: 'fault', leaseId: null, rentalObjectId: null, spaceId: null });

describe('a change and what it tells', () => {
  it('leaves no case, no message, no job and no audit event when the outbox insert after the case fails', async () => {
    const before = await snapshot();
    const res = await failingAt('outgoing_messages', () => lisa.post('/api/portal/cases', newCase('Läcka A')));
    expect(res.status).toBe(500);
    expect(await snapshot()).toEqual(before);
  });

  it('leaves no case when the audit insert fails', async () => {
    const before = await snapshot();
    const res = await failingAt('audit_events', () => lisa.post('/api/portal/cases', newCase('Läcka B')));
    expect(res.status).toBe(500);
    expect(await snapshot()).toEqual(before);
    expect(await count('cases', "title = 'Läcka B'")).toBe(0);
  });

  it('leaves no message when a delivery job cannot be created, and keeps the staff reply unsaved too', async () => {
    const created = (await lisa.post('/api/portal/cases', newCase('Läcka C'))).body.case;
    const before = { ...(await snapshot()), replies: await count('case_messages', `case_id = '${created.id}'`) };
    const res = await failingAt('pgboss.job', () => fredrik.post(`/api/backoffice/cases/${created.id}/messages`, { body: 'Vi kommer i morgon.', internal: false }));
    expect(res.status).toBe(500);
    expect({ ...(await snapshot()), replies: await count('case_messages', `case_id = '${created.id}'`) }).toEqual(before);
  });

  it('commits the case with its two e-mails, their two delivery jobs and its audit event when nothing fails', async () => {
    const before = await snapshot();
    const res = await lisa.post('/api/portal/cases', newCase('Läcka D'));
    expect(res.status).toBe(201);
    const after = await snapshot();
    expect(after).toEqual({ cases: before.cases + 1, messages: before.messages + 2, jobs: before.jobs + 2, audit: before.audit + 1, history: before.history + 1 });
  });
});
