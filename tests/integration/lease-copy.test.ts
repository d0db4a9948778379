// "Begär kopia": a tenant asks for a copy of a lease signed on paper. One click makes one case for the
// customer manager, with the tenant's confirmation e-mail; asking again gives the same open case.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { Client } from '../support/client.ts';
import { lastMessageTo } from '../support/mailbox.ts';
import { cases, leases, staffUsers } from '../../server/db/schema/index.ts';

let t: TestApp;
let lisa: Client;
let parkingLeaseId: string;
beforeAll(async () => {
  t = await createTestApp({ env: { LOGIN_RATE_LIMIT_MAX: '1000' } });
  lisa = new Client(t.app);
  await lisa.loginTenant('lunden', 'Lunden#2026');
  const [parking] = await t.database.db.select({ id: leases.id }).from(leases).where(eq(leases.number, '100102'));
  parkingLeaseId = parking!.id;
});
afterAll(async () => { await t?.close(); });

describe('Begär kopia', () => {
  it('makes a case about the lease for the customer manager, and asking again gives the same case', async () => {
    const first = await lisa.post(`/api/portal/leases/${parkingLeaseId}/copy-request`);
    expect(first.status, first.raw).toBe(201);
    expect(first.body).toMatchObject({ created: true, case: { number: expect.stringMatching(/^\d{4}-\d{6}$/) } });

    const [made] = await t.database.db.select().from(cases).where(eq(cases.id, first.body.case.id));
    const [karin] = await t.database.db.select({ id: staffUsers.id }).from(staffUsers).where(eq(staffUsers.email, 'kundansvarig@exempel.se'));
    expect(made).toMatchObject({ categoryCode: 'document', leaseId: parkingLeaseId, title: 'Kopia av hyresavtal 100102', responsibleStaffId: karin!.id, status: 'registered' });
    const mail = await lastMessageTo(t.database, 'lisa@cafelunden.se');
    expect(mail.subject).toContain('Kopia av hyresavtal 100102');

    const again = await lisa.post(`/api/portal/leases/${parkingLeaseId}/copy-request`);
    expect(again.status).toBe(200);
    expect(again.body).toEqual({ created: false, case: first.body.case });
    // In English too, and still the same request.
    lisa.lang = 'en';
    const inEnglish = await lisa.post(`/api/portal/leases/${parkingLeaseId}/copy-request`);
    lisa.lang = 'sv';
    expect(inEnglish.body).toEqual({ created: false, case: first.body.case });
    const copies = await t.database.db.select({ id: cases.id }).from(cases).where(eq(cases.leaseId, parkingLeaseId));
    expect(copies.filter((c) => c.id === first.body.case.id)).toHaveLength(1);
    expect((await lisa.get('/api/portal/cases')).body.cases.filter((c: { title: string }) => c.title.startsWith('Kopia av hyresavtal'))).toHaveLength(1);
  });

  it('is asked anew once the earlier request is closed, in the language of the tenant', async () => {
    await t.database.db.update(cases).set({ status: 'closed' }).where(eq(cases.leaseId, parkingLeaseId));
    lisa.lang = 'en';
    const res = await lisa.post(`/api/portal/leases/${parkingLeaseId}/copy-request`);
    lisa.lang = 'sv';
    expect(res.status).toBe(201);
    const [made] = await t.database.db.select().from(cases).where(eq(cases.id, res.body.case.id));
    expect(made!.title).toBe('Copy of lease 100102');
  });

  it('is 404 for a lease that is not there', async () => {
    const res = await lisa.post('/api/portal/leases/00000000-0000-4000-8000-000000000000/copy-request');
    expect(res.status).toBe(404);
    expect(res.body.error.message).toBeTruthy();
  });
});
