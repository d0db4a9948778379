import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { Client } from '../support/client.ts';
import { leases } from '../../server/db/schema/index.ts';

let t: TestApp;
let lunden: Client;
let otherCustomersLeaseId: string;
beforeAll(async () => {
  t = await createTestApp({ env: { LOGIN_RATE_LIMIT_MAX: '1000' } });
  lunden = new Client(t.app);
  await lunden.loginTenant('lunden', 'Lunden#2026');
  const [bygg] = await t.database.db.select({ id: leases.id }).from(leases).where(eq(leases.number, '100401'));
  otherCustomersLeaseId = bygg!.id;
});
afterAll(async () => { await t?.close(); });

describe('the tenant portal API', () => {
  it("lists only the customer's own leases, with objects, addresses and yearly rent", async () => {
    const res = await lunden.get('/api/portal/leases');
    expect(res.status).toBe(200);
    expect(res.body.leases.map((l: { number: string }) => l.number)).toEqual(['100101', '100102']);
    const [premises, parking] = res.body.leases;
    expect(premises).toMatchObject({
      status: 'active', startDate: '2021-04-01', endDate: null, billingPeriod: 'quarterly',
      yearlyRentOre: 342_000_00 + 27_360_00 + 9_120_00 + 14_250_00,
      objects: [
        { number: '1001', type: 'premises', areaSqm: 142.5, street: 'Utlandagatan 6', address: 'Utlandagatan 6, 412 61 Göteborg' },
        { number: 'F-01', type: 'storage' },
      ],
    });
    expect(parking.yearlyRentOre).toBe(1_450_00 * 12);
  });

  it('shows one lease with rent rows and spaces', async () => {
    const list = await lunden.get('/api/portal/leases');
    const res = await lunden.get(`/api/portal/leases/${list.body.leases[0].id}`);
    expect(res.status).toBe(200);
    expect(res.body.lease).toMatchObject({ number: '100101', signing: 'digital', noticePeriodMonths: 9 });
    // a quarterly lease: each row per year and per quarter, excluding VAT
    expect(res.body.lease.rentRows).toContainEqual({
      kind: 'base_rent', description: 'Grundhyra lokal', amountOre: 342_000_00, per: 'year', vatRatePercent: 25, yearlyOre: 342_000_00, periodOre: 85_500_00,
    });
    const parking = await lunden.get(`/api/portal/leases/${list.body.leases[1].id}`);
    expect(parking.body.lease.billingPeriod).toBe('monthly');
    expect(parking.body.lease.rentRows[0]).toMatchObject({ amountOre: 1_450_00, per: 'month', yearlyOre: 1_450_00 * 12, periodOre: 1_450_00 });
    expect(res.body.lease.objects[0].spaces.map((s: { name: string }) => s.name)).toContain('Storkök');
  });

  it("answers 404 for another customer's lease, exactly as for one that does not exist", async () => {
    const other = await lunden.get(`/api/portal/leases/${otherCustomersLeaseId}`);
    const missing = await lunden.get('/api/portal/leases/00000000-0000-4000-8000-000000000000');
    expect(other.status).toBe(404);
    expect(other.body).toEqual(missing.body);
    const bygg = new Client(t.app);
    await bygg.loginTenant('bygg', 'Bygg#2026');
    expect((await bygg.get(`/api/portal/leases/${otherCustomersLeaseId}`)).status).toBe(200);
    expect((await bygg.get('/api/portal/leases')).body.leases.map((l: { number: string }) => l.number)).toEqual(['100401']);
  });

  it('refuses a malformed id with 400, not 500', async () => {
    const res = await lunden.get('/api/portal/leases/not-a-uuid');
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('VALIDATION');
  });

  it("shows the user's own details and the customer's", async () => {
    const res = await lunden.get('/api/portal/me');
    expect(res.body).toEqual({
      username: 'lunden', name: 'Lisa Lund', email: 'lisa@cafelunden.se', emailVerified: true, mobile: '+46701234567', mobileVerified: true,
      customer: {
        name: 'Café Lunden AB', identityNumber: '559123-4561', email: 'info@cafelunden.se', mobile: '+46701234567',
        address: { street: 'Utlandagatan 6', postalCode: '412 61', city: 'Göteborg' },
      },
    });
  });

  it('is closed to visitors and to staff', async () => {
    const visitor = new Client(t.app);
    const staff = new Client(t.app);
    await staff.loginStaff();
    for (const url of ['/api/portal/leases', `/api/portal/leases/${otherCustomersLeaseId}`, '/api/portal/me']) {
      expect((await visitor.get(url)).status).toBe(401);
      expect((await staff.get(url)).status).toBe(403);
    }
  });

  it('gives the public landlord details with links in the asked language', async () => {
    const sv = await new Client(t.app, 'sv').get('/api/landlord');
    const en = await new Client(t.app, 'en').get('/api/landlord');
    expect(sv.body).toMatchObject({ name: 'Fastighets AB Exempel', orgNumber: '556677-8808' });
    expect(sv.body.links[0].label).toBe('Felanmälan och jour');
    expect(en.body.links[0].label).toBe('Fault reports and emergencies');
  });
});
