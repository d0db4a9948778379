// The back office as a desk: the case page's one save (status, responsible and reply together, in one
// transaction), the inbox's counts per box, the overview's work list and the customer page's cases.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { Client } from '../support/client.ts';
import { lastMessageTo } from '../support/mailbox.ts';

let t: TestApp;
let lisa: Client;
let bo: Client;
let fredrik: Client;
let karin: Client;
let ekonomi: Client;
beforeAll(async () => {
  t = await createTestApp({ env: { LOGIN_RATE_LIMIT_MAX: '1000' } });
  lisa = new Client(t.app); await lisa.loginTenant('lunden', 'Lunden#2026');
  bo = new Client(t.app); await bo.loginTenant('bygg', 'Bygg#2026');
  fredrik = new Client(t.app); await fredrik.loginStaff('fastighetsansvarig@exempel.se', 'Fastighet#2026');
  karin = new Client(t.app); await karin.loginStaff('kundansvarig@exempel.se', 'Kund#2026');
  ekonomi = new Client(t.app); await ekonomi.loginStaff('ekonomi@exempel.se', 'Ekonomi#2026');
  // These tests start from a case in the shared queue: questions are routed nowhere here (routing is data;
  // by default Byggvaruhuset's question would go to the manager of its only property).
  await t.database.db.execute(sql.raw(`update case_categories set routing = '{}' where code = 'question'`));
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

const newCase = async (title: string) =>
  (await bo.post('/api/portal/cases', { title, description: 'Dörren till lastkajen går inte att låsa.', category: 'question', leaseId: null, rentalObjectId: null, spaceId: null })).body.case as { id: string; number: string };

const caseRow = async (id: string) =>
  ((await t.database.db.execute(sql.raw(`select status::text, responsible_staff_id, waiting_since from cases where id = '${id}'`))) as unknown as { rows: { status: string; responsible_staff_id: string | null; waiting_since: unknown }[] }).rows[0]!;

const staffId = async (name: string) => {
  const anyCase = (await karin.get('/api/backoffice/cases?box=all')).body.cases[0];
  return ((await karin.get(`/api/backoffice/cases/${anyCase.id}`)).body.staff as { id: string; name: string }[]).find((s) => s.name === name)!.id;
};

const handling = (overrides: Record<string, unknown>) => ({ status: 'registered', staffId: null, body: '', internal: false, attachmentIds: [], ...overrides });

describe('the case page saves status, responsible and reply together', () => {
  it('changes all three in one call, with history, two audit events and the e-mails', async () => {
    const created = await newCase('Lås på lastkajen');
    const fredrikId = await staffId('Fredrik Fastighetsansvarig');
    const audit = await count('audit_events', `subject_id = '${created.id}'`);
    const res = await karin.post(`/api/backoffice/cases/${created.id}/handling`, handling({ status: 'waiting_for_tenant', staffId: fredrikId, body: 'Vi byter låset i morgon. Är någon på plats kl. 8?' }));
    expect(res.status).toBe(200);
    expect(res.body.saved).toEqual({ statusChanged: true, assigneeChanged: true, wrote: 'reply' });
    expect(res.body.case).toMatchObject({ status: 'waiting_for_tenant', responsible: { id: fredrikId }, waitingSince: null });
    expect(res.body.case.messages.at(-1)).toMatchObject({ body: 'Vi byter låset i morgon. Är någon på plats kl. 8?', internal: false });
    expect(res.body.case.history.at(-1)).toMatchObject({ status: 'waiting_for_tenant', by: 'Karin Kundansvarig' });
    expect(await count('audit_events', `subject_id = '${created.id}'`)).toBe(audit + 2);
    expect((await lastMessageTo(t.database, 'fastighetsansvarig@exempel.se')).text).toContain(`/admin/arenden/${created.id}`);
    const tenantMail = await lastMessageTo(t.database, 'bo@byggvaruhuset.se');
    expect(tenantMail.subject).toContain(created.number);
  });

  it('saves only a status or only a responsible, with an empty reply', async () => {
    const created = await newCase('Trasig belysning i trapphuset');
    const messages = await count('case_messages', `case_id = '${created.id}'`);
    const started = await karin.post(`/api/backoffice/cases/${created.id}/handling`, handling({ status: 'in_progress' }));
    expect(started.status).toBe(200);
    expect(started.body.saved).toEqual({ statusChanged: true, assigneeChanged: false, wrote: null });
    // Still waiting for us: a status alone is no answer.
    expect(started.body.case.waitingSince).not.toBeNull();
    const karinId = await staffId('Karin Kundansvarig');
    const taken = await karin.post(`/api/backoffice/cases/${created.id}/handling`, handling({ status: 'in_progress', staffId: karinId }));
    expect(taken.body.saved).toEqual({ statusChanged: false, assigneeChanged: true, wrote: null });
    expect(taken.body.case.responsible).toMatchObject({ id: karinId });
    expect(await count('case_messages', `case_id = '${created.id}'`)).toBe(messages);
  });

  it('writes an internal note that neither answers the tenant nor starts the case', async () => {
    const created = await newCase('Nyckelkort saknas');
    const res = await karin.post(`/api/backoffice/cases/${created.id}/handling`, handling({ body: 'Kollar med vaktbolaget.', internal: true }));
    expect(res.body.saved).toEqual({ statusChanged: false, assigneeChanged: false, wrote: 'note' });
    expect(res.body.case).toMatchObject({ status: 'registered', waitingSince: expect.any(String) });
    expect((await bo.get(`/api/portal/cases/${created.id}`)).body.case.messages.map((m: { body: string }) => m.body)).not.toContain('Kollar med vaktbolaget.');
  });

  it('says so when nothing changed (422, in the user\'s language)', async () => {
    const created = await newCase('Ingenting ändras');
    const res = await karin.post(`/api/backoffice/cases/${created.id}/handling`, handling({ body: '   ' }));
    expect(res.status).toBe(422);
    expect(res.body.error).toMatchObject({ code: 'NOTHING_CHANGED', message: expect.stringContaining('Inget är ändrat') });
    const english = new Client(t.app, 'en'); await english.loginStaff('kundansvarig@exempel.se', 'Kund#2026');
    expect((await english.post(`/api/backoffice/cases/${created.id}/handling`, handling({}))).body.error.message).toContain('Nothing has changed');
  });

  it('leaves status, responsible, history and audit unchanged when the reply fails in the middle', async () => {
    const created = await newCase('Halt utanför entrén');
    const fredrikId = await staffId('Fredrik Fastighetsansvarig');
    const snapshot = async () => ({
      row: await caseRow(created.id), history: await count('case_status_changes', `case_id = '${created.id}'`),
      audit: await count('audit_events', `subject_id = '${created.id}'`), messages: await count('case_messages', `case_id = '${created.id}'`),
      outbox: await count('outgoing_messages'),
    });
    const before = await snapshot();
    // The status and the responsible are written before the message: the message insert fails.
    const res = await failingAt('case_messages', () => karin.post(`/api/backoffice/cases/${created.id}/handling`, handling({ status: 'closed', staffId: fredrikId, body: 'Vi sandar i dag.' })));
    expect(res.status).toBe(500);
    expect(await snapshot()).toEqual(before);
    // An upload that is not the staff member's own fails after the writes too, as a 404 on its field.
    const refused = await karin.post(`/api/backoffice/cases/${created.id}/handling`, handling({ status: 'closed', staffId: fredrikId, body: 'Se bilaga.', attachmentIds: ['00000000-0000-4000-8000-000000000000'] }));
    expect(refused.status).toBe(404);
    expect(refused.body.error.details).toMatchObject({ field: 'attachmentIds' });
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a role that may not work cases, a tenant, and bad input with a 4xx', async () => {
    const created = await newCase('Fel i porttelefonen');
    const before = await caseRow(created.id);
    expect((await ekonomi.post(`/api/backoffice/cases/${created.id}/handling`, handling({ status: 'closed' }))).status).toBe(403);
    expect((await lisa.post(`/api/backoffice/cases/${created.id}/handling`, handling({ status: 'closed' }))).status).toBe(403);
    expect(await caseRow(created.id)).toEqual(before);
    const bad = [
      handling({ status: 'done' }),
      handling({ staffId: 'karin' }),
      handling({ body: 'x'.repeat(5001) }),
      { status: 'closed' },
      handling({ extra: true }),
    ];
    for (const body of bad) {
      const res = await karin.post(`/api/backoffice/cases/${created.id}/handling`, body);
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('VALIDATION');
    }
    const unknownStaff = await karin.post(`/api/backoffice/cases/${created.id}/handling`, handling({ staffId: '00000000-0000-4000-8000-000000000000' }));
    expect(unknownStaff.status).toBe(404);
    expect(unknownStaff.body.error.details).toMatchObject({ field: 'staffId' });
    expect((await karin.post('/api/backoffice/cases/00000000-0000-4000-8000-000000000000/handling', handling({ status: 'closed' }))).status).toBe(404);
    expect(await caseRow(created.id)).toEqual(before);
  });
});

describe('the inbox says where the work is', () => {
  it('counts each box as it opens, without the filters', async () => {
    const list = await karin.get('/api/backoffice/cases?box=mine&q=ingenting-som-finns');
    expect(list.body.cases).toEqual([]);
    const { counts } = list.body;
    const sizes = await Promise.all(['mine', 'properties', 'queue', 'all'].map(async (box) => (await karin.get(`/api/backoffice/cases?box=${box}`)).body.cases.length));
    expect(counts).toEqual({ mine: sizes[0], properties: sizes[1], queue: sizes[2], all: sizes[3] });
    expect(counts.queue).toBeGreaterThan(0);
  });
});

describe('the overview lists what waits for this person', () => {
  it("lists the person's own and the shared queue's waiting cases, longest waiting first", async () => {
    const fredrikId = await staffId('Fredrik Fastighetsansvarig');
    const forFredrik = await newCase('Väntar på Fredrik');
    await karin.post(`/api/backoffice/cases/${forFredrik.id}/handling`, handling({ staffId: fredrikId }));
    const answered = await newCase('Redan besvarat');
    await karin.post(`/api/backoffice/cases/${answered.id}/handling`, handling({ body: 'Vi tittar på det.' }));

    const res = await fredrik.get('/api/backoffice/summary');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ customers: expect.any(Number), activeLeases: expect.any(Number) });
    const items = res.body.work.cases.items as { id: string; title: string; waitingSince: string; responsible: { id: string } | null; status: string }[];
    const titles = items.map((c) => c.title);
    expect(titles).toContain('Väntar på Fredrik');
    expect(titles).toContain('Skyltning på fasaden'); // the demo's shared-queue case
    expect(titles).not.toContain('Redan besvarat'); // answered: it waits for the tenant
    expect(titles).not.toContain('Droppande kran i storköket'); // Fredrik's, but waiting for the tenant
    expect(items.every((c) => c.waitingSince && c.status !== 'closed' && (c.responsible === null || c.responsible.id === fredrikId))).toBe(true);
    const waited = items.map((c) => Date.parse(c.waitingSince));
    expect([...waited].sort((a, b) => a - b)).toEqual(waited);
    expect(res.body.work.cases.more).toBe(false);

    // Karin does not see Fredrik's case; finance, who may not take cases, gets no shared queue.
    const karinTitles = (await karin.get('/api/backoffice/summary')).body.work.cases.items.map((c: { title: string }) => c.title);
    expect(karinTitles).not.toContain('Väntar på Fredrik');
    expect(karinTitles).toContain('Skyltning på fasaden');
    expect((await ekonomi.get('/api/backoffice/summary')).body.work.cases.items).toEqual([]);
  });
});

describe('the customer page', () => {
  it("lists the customer's cases, newest first, and only that customer's", async () => {
    const customers = (await karin.get('/api/backoffice/customers?q=Lunden')).body.customers;
    const lunden = customers.find((c: { name: string }) => c.name === 'Café Lunden AB');
    const res = await karin.get(`/api/backoffice/customers/${lunden.id}`);
    expect(res.status).toBe(200);
    const list = res.body.customer.cases as { title: string; customer: { id: string }; createdAt: string; lease: { number: string } | null }[];
    expect(list.map((c) => c.title)).toEqual(expect.arrayContaining(['Droppande kran i storköket', 'Kopia av hyresavtalet']));
    expect(list.every((c) => c.customer.id === lunden.id)).toBe(true);
    const created = list.map((c) => Date.parse(c.createdAt));
    expect([...created].sort((a, b) => b - a)).toEqual(created);
    expect(list.find((c) => c.title === 'Droppande kran i storköket')?.lease?.number).toBe('100101');
  });
});
