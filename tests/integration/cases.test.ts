import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { Client } from '../support/client.ts';
import { lastMessageTo } from '../support/mailbox.ts';
import { cases, leaseObjects, leases, properties, rentalObjects } from '../../server/db/schema/index.ts';

let t: TestApp;
let lisa: Client;
let bo: Client;
let fredrik: Client;
let karin: Client;
beforeAll(async () => {
  t = await createTestApp({ env: { LOGIN_RATE_LIMIT_MAX: '1000', PUBLIC_URL: 'https://minasidor.exempel.se' } });
  lisa = new Client(t.app); await lisa.loginTenant('lunden', 'Lunden#2026');
  bo = new Client(t.app); await bo.loginTenant('bygg', 'Bygg#2026');
  fredrik = new Client(t.app); await fredrik.loginStaff('fastighetsansvarig@exempel.se', 'Fastighet#2026');
  karin = new Client(t.app); await karin.loginStaff('kundansvarig@exempel.se', 'Kund#2026');
});
afterAll(async () => { await t?.close(); });

const leaseDetail = async (c: Client, number: string) => {
  const list = await c.get('/api/portal/leases');
  const lease = list.body.leases.find((l: { number: string }) => l.number === number);
  return (await c.get(`/api/portal/leases/${lease.id}`)).body.lease;
};

describe('tenant cases', () => {
  it('registers a fault on a space, routes it to the property manager and confirms by e-mail with a link', async () => {
    const lease = await leaseDetail(lisa, '100101');
    const object = lease.objects.find((o: { number: string }) => o.number === '1001');
    const space = object.spaces.find((s: { name: string }) => s.name === 'WC');
    const res = await lisa.post('/api/portal/cases', { title: 'Stopp i avloppet', description: 'Toaletten i WC:t rinner inte undan.', category: 'fault', leaseId: lease.id, rentalObjectId: object.id, spaceId: space.id });
    expect(res.status).toBe(201);
    const created = res.body.case;
    expect(created).toMatchObject({ number: expect.stringMatching(/^\d{4}-\d{6}$/), status: 'registered', kind: 'service_request', category: { code: 'fault', name: 'Felanmälan' }, lease: { number: '100101' }, rentalObject: { number: '1001', type: 'premises' }, space: { name: 'WC' } });
    const mail = await lastMessageTo(t.database, 'lisa@cafelunden.se');
    expect(mail.subject).toBe(`Ärende ${created.number} är registrerat: Stopp i avloppet`);
    expect(mail.text).toContain(`https://minasidor.exempel.se/arenden/${created.id}`);
    const staffMail = await lastMessageTo(t.database, 'fastighetsansvarig@exempel.se');
    expect(staffMail.text).toContain(`/admin/arenden/${created.id}`);
    const inbox = await fredrik.get('/api/backoffice/cases?box=mine');
    expect(inbox.body.cases.map((c: { number: string }) => c.number)).toContain(created.number);
  });

  describe('a case sent without a lease', () => {
    const noLease = { leaseId: null, rentalObjectId: null, spaceId: null };
    const staffView = async (id: string) => (await karin.get(`/api/backoffice/cases/${id}`)).body.case;
    const [inVallgraven, onSkanegatan] = ['Göteborg Inom Vallgraven 12:3', 'Göteborg Heden 24:7'];
    const propertyOf = async (id: string) => (await t.database.db.select({ p: cases.propertyId }).from(cases).where(eq(cases.id, id)))[0]!.p;
    const propertyId = async (designation: string) => (await t.database.db.select({ id: properties.id }).from(properties).where(eq(properties.designation, designation)))[0]!.id;

    it("goes to the manager of the customer's only property (a fault, and a question without a customer manager)", async () => {
      // Byggvaruhuset rents on Göteborg Inom Vallgraven 12:3 only (manager Fredrik) and has no customer manager.
      const fault = await bo.post('/api/portal/cases', { title: 'Läckande tak', description: 'Det droppar i lagret.', category: 'fault', ...noLease });
      expect(fault.status).toBe(201);
      expect((await staffView(fault.body.case.id)).responsible).toMatchObject({ name: 'Fredrik Fastighetsansvarig' });
      expect(await propertyOf(fault.body.case.id)).toBe(await propertyId(inVallgraven));
      expect((await fredrik.get('/api/backoffice/cases?box=mine')).body.cases.map((c: { number: string }) => c.number)).toContain(fault.body.case.number);
      const question = await bo.post('/api/portal/cases', { title: 'Skyltbelysning', description: 'Får vi sätta upp en ljusskylt?', category: 'question', ...noLease });
      expect((await staffView(question.body.case.id)).responsible).toMatchObject({ name: 'Fredrik Fastighetsansvarig' });
      // A customer manager comes first for a question, the property manager first for a fault.
      const lisaQuestion = await lisa.post('/api/portal/cases', { title: 'Fakturaadress', description: 'Kan ni ändra den?', category: 'question', ...noLease });
      expect((await staffView(lisaQuestion.body.case.id)).responsible).toMatchObject({ name: 'Karin Kundansvarig' });
      const lisaFault = await lisa.post('/api/portal/cases', { title: 'Trasig lampa', description: 'I trapphuset.', category: 'fault', ...noLease });
      expect((await staffView(lisaFault.body.case.id)).responsible).toMatchObject({ name: 'Fredrik Fastighetsansvarig' });
      // (Lisa's cases out of the way of the tests of her lists below.)
      await t.database.db.delete(cases).where(sql`${cases.id} in ${[lisaQuestion.body.case.id, lisaFault.body.case.id]}`);
    });

    it('goes on to the next rule, or the shared queue, when the customer rents on two properties', async () => {
      // A second lease for Byggvaruhuset, on Skånegatan 17 (a property without a manager).
      const [customer] = await t.database.db.select({ id: leases.customerId }).from(leases).where(eq(leases.number, '100401'));
      const [object] = await t.database.db.select({ id: rentalObjects.id }).from(rentalObjects).where(eq(rentalObjects.number, '3101'));
      const [second] = await t.database.db.insert(leases).values({ number: '900001', customerId: customer!.id, startDate: '2020-01-01', endDate: null, noticePeriodMonths: 3, billingPeriod: 'monthly', signing: 'manual' }).returning();
      await t.database.db.insert(leaseObjects).values({ leaseId: second!.id, rentalObjectId: object!.id });
      try {
        const fault = await bo.post('/api/portal/cases', { title: 'Trasig port', description: 'Porten går inte att låsa.', category: 'fault', ...noLease });
        expect(fault.status).toBe(201);
        expect((await staffView(fault.body.case.id)).responsible).toBeNull();
        expect(await propertyOf(fault.body.case.id)).toBeNull();
        const question = await bo.post('/api/portal/cases', { title: 'Nycklar till lastkajen', description: 'Vi behöver två extra nycklar.', category: 'question', ...noLease });
        const queue = await karin.get('/api/backoffice/cases?box=queue');
        const numbers = queue.body.cases.map((c: { number: string }) => c.number);
        expect(numbers).toEqual(expect.arrayContaining([fault.body.case.number, question.body.case.number]));
        expect(queue.body.cases.every((c: { responsible: unknown }) => c.responsible === null)).toBe(true);
        // what has waited longest comes first
        const waiting = queue.body.cases.map((c: { waitingSince: string }) => Date.parse(c.waitingSince));
        expect([...waiting].sort((a, b) => a - b)).toEqual(waiting);

        // With a lease the case is about that lease's property, however many the customer has.
        const lease = await leaseDetail(bo, '100401');
        const onLease = await bo.post('/api/portal/cases', { title: 'Trasig port', description: 'Porten till lagret.', category: 'fault', leaseId: lease.id, rentalObjectId: null, spaceId: null });
        expect((await staffView(onLease.body.case.id)).responsible).toMatchObject({ name: 'Fredrik Fastighetsansvarig' });
        const onSecond = await bo.post('/api/portal/cases', { title: 'Kall lägenhet', description: 'Elementen är kalla.', category: 'fault', leaseId: second!.id, rentalObjectId: null, spaceId: null });
        expect(await propertyOf(onSecond.body.case.id)).toBe(await propertyId(onSkanegatan));
        expect((await staffView(onSecond.body.case.id)).responsible).toBeNull();

        // A lease that has ended does not count: the customer rents on one property again.
        await t.database.db.update(leases).set({ startDate: '2020-01-01', endDate: '2020-12-31' }).where(eq(leases.id, second!.id));
        const again = await bo.post('/api/portal/cases', { title: 'Trasig port igen', description: 'Porten går inte att låsa.', category: 'fault', ...noLease });
        expect((await staffView(again.body.case.id)).responsible).toMatchObject({ name: 'Fredrik Fastighetsansvarig' });
      } finally {
        await t.database.db.delete(cases).where(eq(cases.leaseId, second!.id));
        await t.database.db.delete(leases).where(eq(leases.id, second!.id));
      }
    });
  });

  it("never shows another customer's case, lease, object or space (404)", async () => {
    const byggLease = (await t.database.db.select().from(leases).where(eq(leases.number, '100401')))[0]!;
    const lundenCase = (await lisa.get('/api/portal/cases')).body.cases[0];
    expect((await bo.get(`/api/portal/cases/${lundenCase.id}`)).status).toBe(404);
    expect((await bo.post(`/api/portal/cases/${lundenCase.id}/messages`, { body: 'hej' })).status).toBe(404);
    expect((await lisa.post('/api/portal/cases', { title: 'x', description: 'y', category: 'fault', leaseId: byggLease.id, rentalObjectId: null, spaceId: null })).status).toBe(404);
    const lundenLease = await leaseDetail(lisa, '100101');
    const otherSpace = (await leaseDetail(lisa, '100102')).objects[0];
    expect((await lisa.post('/api/portal/cases', { title: 'x', description: 'y', category: 'fault', leaseId: lundenLease.id, rentalObjectId: otherSpace.id, spaceId: null })).status).toBe(404);
    expect((await bo.get('/api/portal/cases')).body.cases.every((c: { lease: { number: string } | null }) => c.lease === null || c.lease.number === '100401')).toBe(true);
    expect((await lisa.post('/api/portal/cases', { title: 'x', description: 'y', category: 'information', leaseId: null, rentalObjectId: null, spaceId: null })).status).toBe(400);
  });

  it('lists current cases by default, historic ones on request, and finds them by words in text and dialog', async () => {
    const current = (await lisa.get('/api/portal/cases')).body.cases.map((c: { title: string }) => c.title);
    expect(current).toEqual(expect.arrayContaining(['Droppande kran i storköket', 'Stopp i avloppet']));
    expect(current).not.toContain('Kopia av hyresavtalet');
    const historic = (await lisa.get('/api/portal/cases?view=historic')).body.cases.map((c: { title: string }) => c.title);
    expect(historic).toEqual(['Kopia av hyresavtalet']);
    expect((await lisa.get('/api/portal/cases?view=historic&q=kopia')).body.cases).toHaveLength(1);
    expect((await lisa.get('/api/portal/cases?q=rörmokaren')).body.cases.map((c: { title: string }) => c.title)).toEqual(['Droppande kran i storköket']);
    expect((await lisa.get('/api/portal/cases?q=ljusskylt')).body.cases).toEqual([]);
    expect((await lisa.get('/api/portal/cases?category=document&view=historic')).body.cases).toHaveLength(1);
    expect((await lisa.get('/api/portal/cases?view=sometimes')).status).toBe(400);
    const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date());
    const todays = (await lisa.get(`/api/portal/cases?from=${today}&to=${today}`)).body.cases.map((c: { title: string }) => c.title);
    expect(todays).toEqual(['Stopp i avloppet']);
    expect((await lisa.get('/api/portal/cases?view=historic&from=2020-01-01&to=2020-12-31')).body.cases).toEqual([]);
  });

  it('keeps internal notes from the tenant, and shows text as text', async () => {
    const tap = (await lisa.get('/api/portal/cases?q=kran')).body.cases[0];
    const tenantView = await lisa.get(`/api/portal/cases/${tap.id}`);
    expect(tenantView.raw).not.toContain('preliminärt');
    expect(tenantView.body.case.messages.every((m: { internal: boolean }) => !m.internal)).toBe(true);
    expect(tenantView.body.case.messages[0]).toMatchObject({ author: 'staff', authorName: 'Fastighets AB Exempel' });
    expect(tenantView.body.case.history.map((h: { by: string; event: string }) => [h.by, h.event])).toEqual([['Lisa Lund', 'created'], ['Fastighets AB Exempel', 'status_changed']]);
    expect(tenantView.raw).not.toContain('Fredrik');
    const staffView = await fredrik.get(`/api/backoffice/cases/${tap.id}`);
    expect(staffView.body.case.messages.some((m: { internal: boolean; body: string }) => m.internal && m.body.includes('preliminärt'))).toBe(true);
    const payload = '<script>alert(1)</script><img src=x onerror=alert(2)>';
    const written = await lisa.post(`/api/portal/cases/${tap.id}/messages`, { body: payload });
    expect(written.body.case.messages.at(-1)).toMatchObject({ author: 'tenant', body: payload, authorName: 'Lisa Lund' });
  });
});

describe('case work', () => {
  it('answers the tenant by e-mail, notes internally without telling, and follows the status', async () => {
    const tap = (await lisa.get('/api/portal/cases?q=kran')).body.cases[0];
    expect((await lisa.get(`/api/portal/cases/${tap.id}`)).body.case.status).toBe('in_progress'); // the tenant wrote while we waited for them
    const before = (await lastMessageTo(t.database, 'lisa@cafelunden.se')).id;
    await fredrik.post(`/api/backoffice/cases/${tap.id}/messages`, { body: 'Intern: beställt packning.', internal: true });
    expect((await lastMessageTo(t.database, 'lisa@cafelunden.se')).id).toBe(before);
    const reply = await fredrik.post(`/api/backoffice/cases/${tap.id}/messages`, { body: 'Rörmokaren kommer torsdag 7.30.', internal: false });
    expect(reply.status).toBe(201);
    const mail = await lastMessageTo(t.database, 'lisa@cafelunden.se');
    expect(mail.subject).toBe(`Nytt meddelande i ärende ${tap.number}: Droppande kran i storköket`);
    expect(mail.text).not.toContain('Rörmokaren kommer');
    const closed = await fredrik.post(`/api/backoffice/cases/${tap.id}/status`, { status: 'closed' });
    expect(closed.body.case).toMatchObject({ status: 'closed', closedAt: expect.any(String) });
    expect(closed.body.case.history.at(-1)).toMatchObject({ status: 'closed', by: 'Fredrik Fastighetsansvarig' });
    // a tenant message within 14 days opens it again, and the responsible person hears of it
    await lisa.post(`/api/portal/cases/${tap.id}/messages`, { body: 'Det droppar fortfarande.' });
    const reopened = (await lisa.get(`/api/portal/cases/${tap.id}`)).body.case;
    expect(reopened.status).toBe('in_progress');
    expect(reopened.history.at(-1)).toMatchObject({ status: 'in_progress', by: 'Lisa Lund', event: 'replied' });
    expect((await lastMessageTo(t.database, 'fastighetsansvarig@exempel.se')).subject).toMatch(/^Hyresgästen har skrivit i ärende/);
  });

  it('does not reopen a case closed more than 14 days ago', async () => {
    const copy = (await lisa.get('/api/portal/cases?view=historic')).body.cases[0];
    await lisa.post(`/api/portal/cases/${copy.id}/messages`, { body: 'Tack, den kom fram!' });
    expect((await lisa.get(`/api/portal/cases/${copy.id}`)).body.case.status).toBe('closed');
  });

  it('reassigns to a colleague or to the shared queue', async () => {
    const tap = (await fredrik.get('/api/backoffice/cases?box=mine&q=kran')).body.cases[0];
    const staff = (await fredrik.get(`/api/backoffice/cases/${tap.id}`)).body.staff;
    const karinId = staff.find((s: { name: string }) => s.name === 'Karin Kundansvarig').id;
    const assigned = await fredrik.post(`/api/backoffice/cases/${tap.id}/assign`, { staffId: karinId });
    expect(assigned.body.case.responsible).toEqual({ id: karinId, name: 'Karin Kundansvarig' });
    expect((await karin.get('/api/backoffice/cases?box=mine')).body.cases.map((c: { id: string }) => c.id)).toContain(tap.id);
    const queued = await karin.post(`/api/backoffice/cases/${tap.id}/assign`, { staffId: null });
    expect(queued.body.case.responsible).toBeNull();
    expect((await karin.post(`/api/backoffice/cases/${tap.id}/assign`, { staffId: '00000000-0000-4000-8000-000000000000' })).status).toBe(404);
  });

  it('shows property managers the cases of their properties, and keeps tenants out of the inbox', async () => {
    const mine = await fredrik.get('/api/backoffice/cases?box=properties');
    expect(mine.body.cases.length).toBeGreaterThan(0);
    const propertyIds = await t.database.db.select({ p: cases.propertyId }).from(cases).where(sql`${cases.id} in ${mine.body.cases.map((c: { id: string }) => c.id)}`);
    expect(new Set(propertyIds.map((r) => r.p)).size).toBe(1);
    expect((await lisa.get('/api/backoffice/cases?box=all')).status).toBe(403);
    const ekonomi = new Client(t.app); await ekonomi.loginStaff('ekonomi@exempel.se', 'Ekonomi#2026');
    const tap = (await ekonomi.get('/api/backoffice/cases?box=all&q=kran')).body.cases[0];
    expect((await ekonomi.post(`/api/backoffice/cases/${tap.id}/messages`, { body: 'x', internal: true })).status).toBe(403);
  });

  it("e-mails the tenant in the language the tenant last logged in with", async () => {
    const english = new Client(t.app, 'en');
    await english.loginTenant('lunden', 'Lunden#2026');
    const tap = (await english.get('/api/portal/cases?q=kran')).body.cases[0];
    expect(tap.category.name).toBe('Fault report');
    await fredrik.post(`/api/backoffice/cases/${tap.id}/messages`, { body: 'We will be there on Thursday.', internal: false });
    expect((await lastMessageTo(t.database, 'lisa@cafelunden.se')).subject).toBe(`New message in case ${tap.number}: Droppande kran i storköket`);
  });
});
