// The lease register in the back office: finance and administrators enter a lease with its objects and
// rent rows, change its terms, end a rent row and add an index row (DOMAIN-SE.md §7.3's KPI values);
// every refusal is a 4xx in words naming the field, with nothing saved; each change is an audit event.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { Client } from '../support/client.ts';
import { fixedClock } from '../../server/clock.ts';

const clock = fixedClock('2026-03-10T09:00:00Z');
let t: TestApp;
let admin: Client;
let finance: Client;
let manager: Client;
let propertyManager: Client;
let adminEn: Client;
let customers: Record<string, string>;
let objects: Record<string, string>;

beforeAll(async () => {
  t = await createTestApp({ clock, env: { LOGIN_RATE_LIMIT_MAX: '1000' } });
  admin = new Client(t.app, 'sv', clock);
  await admin.loginStaff('admin@exempel.se', 'Admin#2026');
  adminEn = new Client(t.app, 'en', clock);
  await adminEn.loginStaff('admin@exempel.se', 'Admin#2026');
  finance = new Client(t.app, 'sv', clock);
  await finance.loginStaff('ekonomi@exempel.se', 'Ekonomi#2026');
  manager = new Client(t.app, 'sv', clock);
  await manager.loginStaff('kundansvarig@exempel.se', 'Kund#2026');
  propertyManager = new Client(t.app, 'sv', clock);
  await propertyManager.loginStaff('fastighetsansvarig@exempel.se', 'Fastighet#2026');
  const list = await admin.get('/api/backoffice/customers');
  customers = Object.fromEntries(list.body.customers.map((c: { name: string; id: string }) => [c.name, c.id]));
  const register = await admin.get('/api/backoffice/rental-objects');
  objects = Object.fromEntries(register.body.rentalObjects.map((o: { number: string; id: string }) => [o.number, o.id]));
});
afterAll(async () => { await t?.close(); });

/** A lease of 3001 (free until 300101 starts in 2027) for Ateljé Nord HB, with `changes`. */
function newLease(changes: Record<string, unknown> = {}) {
  return {
    customerId: customers['Ateljé Nord HB'],
    rentalObjectIds: [objects['3001']],
    startDate: '2026-04-01',
    endDate: '2026-12-31',
    noticePeriodMonths: 3,
    billingPeriod: 'quarterly',
    signing: 'manual',
    voluntaryVat: true,
    rentRows: [
      { kind: 'base_rent', description: 'Grundhyra kontor', amountOre: 375_000_00, per: 'year', vatRatePercent: 25 },
      { kind: 'property_tax', description: 'Fastighetsskattetillägg', amountOre: 1_000_00, per: 'month', vatRatePercent: 25 },
    ],
    ...changes,
  };
}

const patch = (c: Client, url: string, body: unknown) => c.request('PATCH', url, body);

async function leaseCount() {
  return (await admin.get('/api/backoffice/leases')).body.leases.length as number;
}

async function auditOf(action: string) {
  return (await admin.get(`/api/backoffice/audit?action=${action}`)).body.events as { subject: string | null; details: Record<string, unknown> }[];
}

describe('the lease register', () => {
  it('lists the leases with customer, objects, status from the dates and the yearly rent, and finds them', async () => {
    const res = await propertyManager.get('/api/backoffice/leases');
    expect(res.status).toBe(200);
    expect(res.body.leases.map((l: { number: string }) => l.number)).toEqual(['100101', '100102', '100201', '100301', '100401', '200101', '300101']);
    const lunden = res.body.leases[0];
    expect(lunden).toMatchObject({
      number: '100101', status: 'active', startDate: '2021-04-01', endDate: null, billingPeriod: 'quarterly',
      customer: { name: 'Café Lunden AB', identityNumber: '559123-4561' },
      yearlyRentOre: 342_000_00 + 27_360_00 + 9_120_00 + 14_250_00,
    });
    expect(lunden.objects.map((o: { number: string; street: string }) => `${o.number}, ${o.street}`)).toEqual(['1001, Utlandagatan 6', 'F-01, Utlandagatan 6']);
    expect(res.body.leases.find((l: { number: string }) => l.number === '300101').status).toBe('upcoming');
    const search = async (q: string) => (await manager.get(`/api/backoffice/leases?q=${encodeURIComponent(q)}`)).body.leases.map((l: { number: string }) => l.number);
    expect(await search('1003')).toEqual(['100301']);
    expect(await search('ateljé')).toEqual(['100301']);
    expect(await search('Skånegatan')).toEqual(['300101']);
    expect(await search('100201')).toEqual(['100201']);
    expect(await search('%_')).toEqual([]);
  });

  it('shows a lease with every rent row, its defaults and whether the person may edit it', async () => {
    const list = await admin.get('/api/backoffice/leases?q=100101');
    const id = list.body.leases[0].id;
    const asFinance = await finance.get(`/api/backoffice/leases/${id}`);
    expect(asFinance.status).toBe(200);
    expect(asFinance.body.lease).toMatchObject({ number: '100101', noticePeriodMonths: 9, signing: 'digital', rentDate: '2026-03-10', canEdit: true, vatRates: [0, 25] });
    expect(asFinance.body.lease.rentRows).toHaveLength(4);
    expect(asFinance.body.lease.rentRows[0]).toMatchObject({ kind: 'base_rent', yearlyOre: 342_000_00, periodOre: 85_500_00, validFrom: '2021-04-01', validTo: null, inForce: true });
    expect((await manager.get(`/api/backoffice/leases/${id}`)).body.lease.canEdit).toBe(false);
    expect((await admin.get('/api/backoffice/leases/00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });

  it('lists the rental objects with the leases on them', async () => {
    const res = await manager.get('/api/backoffice/rental-objects');
    expect(res.status).toBe(200);
    const o3001 = res.body.rentalObjects.find((o: { number: string }) => o.number === '3001');
    expect(o3001).toMatchObject({ type: 'premises', street: 'Skånegatan 17', leases: [{ number: '300101', startDate: '2027-01-01', endDate: '2031-12-31' }] });
  });

  it('enters a lease with two rent rows in one transaction with its audit event', async () => {
    const res = await finance.post('/api/backoffice/leases', newLease());
    expect(res.status).toBe(201);
    const lease = res.body.lease;
    expect(lease).toMatchObject({
      number: '300102', status: 'upcoming', startDate: '2026-04-01', endDate: '2026-12-31', billingPeriod: 'quarterly', signing: 'manual',
      voluntaryVat: true, noticePeriodMonths: 3, customer: { name: 'Ateljé Nord HB' }, defaultVatRatePercent: 25, rentDate: '2026-04-01',
      yearlyRentOre: 375_000_00 + 12_000_00, periodRentOre: 93_750_00 + 3_000_00,
    });
    expect(lease.objects.map((o: { number: string }) => o.number)).toEqual(['3001']);
    expect(lease.rentRows.map((r: { kind: string; vatRatePercent: number }) => [r.kind, r.vatRatePercent])).toEqual([['base_rent', 25], ['property_tax', 25]]);
    const [event] = await auditOf('lease.created');
    expect(event).toMatchObject({ subject: '300102', details: { number: '300102', customer: 'Ateljé Nord HB', rentalObjects: ['3001'], startDate: '2026-04-01', endDate: '2026-12-31' } });
    expect(event!.details.rentRows).toHaveLength(2);
    const customer = await manager.get(`/api/backoffice/customers/${customers['Ateljé Nord HB']}`);
    expect(customer.body.customer.leases.map((l: { number: string }) => l.number)).toEqual(['100301', '300102']);
    // The invoice run bills it from its first quarter: 93 750 + 3 000 kr, with 25 % VAT on each row.
    const preview = await finance.post('/api/backoffice/invoice-runs/preview', { period: '2026-Q2' });
    expect(preview.status).toBe(200);
    expect(preview.body.invoices.find((i: { leaseNumber: string }) => i.leaseNumber === '300102')).toMatchObject({ customerName: 'Ateljé Nord HB', totalOre: (93_750_00 + 3_000_00) * 1.25 });
  });

  it('refuses an object let on another lease over the same days, in words naming the field, and saves nothing', async () => {
    const before = await leaseCount();
    const taken = await admin.post('/api/backoffice/leases', newLease({ startDate: '2026-06-01', endDate: null }));
    expect(taken.status).toBe(409);
    expect(taken.body.error).toMatchObject({ code: 'OBJECT_ALREADY_LET', details: { field: 'rentalObjectIds' } });
    expect(taken.body.error.message).toBe('Hyresobjekt 3001 är redan uthyrt på avtal 300102 2026-04-01–2026-12-31. Välj andra datum eller ett annat hyresobjekt.');
    const lunden = await adminEn.post('/api/backoffice/leases', newLease({ rentalObjectIds: [objects['1001']], startDate: '2030-01-01', endDate: null }));
    expect(lunden.status).toBe(409);
    expect(lunden.body.error.message).toBe('Rental object 1001 is already let on lease 100101 from 2021-04-01 until further notice. Choose other dates or another rental object.');
    expect(await leaseCount()).toBe(before);
  });

  it('refuses an end before the start, a rent row without VAT rate, no objects and an unknown customer, naming the field', async () => {
    const before = await leaseCount();
    const events = (await auditOf('lease.created')).length;
    const free = { rentalObjectIds: [objects['2101']] };
    const early = await admin.post('/api/backoffice/leases', newLease({ ...free, endDate: '2026-03-31' }));
    expect(early.status).toBe(422);
    expect(early.body.error).toMatchObject({ code: 'END_BEFORE_START', details: { field: 'endDate' } });
    expect(early.body.error.message).toMatch(/^Slutdatumet ligger före startdatumet/);
    const noVat = await adminEn.post('/api/backoffice/leases', newLease({ ...free, rentRows: [{ kind: 'base_rent', description: 'Hyra', amountOre: 9_000_00, per: 'month' }] }));
    expect(noVat.status).toBe(422);
    expect(noVat.body.error).toMatchObject({ code: 'VAT_RATE_MISSING', message: 'Choose the VAT rate of the rent row: 0 % or 25 %.', details: { field: 'rentRows.0.vatRatePercent' } });
    const housing = await admin.post('/api/backoffice/leases', newLease({ ...free, voluntaryVat: false, rentRows: [{ kind: 'base_rent', description: 'Hyra', amountOre: 9_000_00, per: 'month', vatRatePercent: 25 }] }));
    expect(housing.body.error).toMatchObject({ code: 'VAT_RATE_HOUSING', details: { field: 'rentRows.0.vatRatePercent' } });
    const noAmount = await admin.post('/api/backoffice/leases', newLease({ ...free, rentRows: [{ kind: 'base_rent', description: 'Hyra', per: 'month', vatRatePercent: 0 }] }));
    expect(noAmount.body.error).toMatchObject({ code: 'AMOUNT_MISSING', details: { field: 'rentRows.0.amountOre' } });
    const noObjects = await admin.post('/api/backoffice/leases', newLease({ rentalObjectIds: [] }));
    expect(noObjects.status).toBe(422);
    expect(noObjects.body.error).toMatchObject({ code: 'OBJECTS_MISSING', message: 'Välj minst ett hyresobjekt för avtalet.', details: { field: 'rentalObjectIds' } });
    const nobody = await admin.post('/api/backoffice/leases', newLease({ ...free, customerId: '00000000-0000-4000-8000-000000000000' }));
    expect(nobody.status).toBe(404);
    expect(nobody.body.error.details).toEqual({ field: 'customerId' });
    const badDate = await admin.post('/api/backoffice/leases', newLease({ ...free, startDate: '2026-02-30' }));
    expect(badDate.status).toBe(400);
    expect(badDate.body.error.details).toEqual({ field: 'startDate' });
    expect(await leaseCount()).toBe(before);
    expect((await auditOf('lease.created')).length).toBe(events);
  });

  it('changes the terms of a lease with the values before and after in the audit log, and refuses an end before the start', async () => {
    const id = (await admin.get('/api/backoffice/leases?q=300102')).body.leases[0].id;
    const early = await patch(admin, `/api/backoffice/leases/${id}`, { endDate: '2026-01-31' });
    expect(early.status).toBe(422);
    expect(early.body.error).toMatchObject({ code: 'END_BEFORE_START', details: { field: 'endDate' } });
    const clash = await patch(admin, `/api/backoffice/leases/${id}`, { endDate: null });
    expect(clash.status).toBe(409);
    expect(clash.body.error.message).toContain('avtal 300101');
    const res = await patch(finance, `/api/backoffice/leases/${id}`, { noticePeriodMonths: 6, billingPeriod: 'monthly', signing: 'digital' });
    expect(res.status).toBe(200);
    expect(res.body.lease).toMatchObject({ noticePeriodMonths: 6, billingPeriod: 'monthly', signing: 'digital', endDate: '2026-12-31', periodRentOre: 31_250_00 + 1_000_00 });
    const [event] = await auditOf('lease.changed');
    expect(event!.details).toEqual({
      number: '300102',
      before: { noticePeriodMonths: 3, billingPeriod: 'quarterly', signing: 'manual' },
      after: { noticePeriodMonths: 6, billingPeriod: 'monthly', signing: 'digital' },
    });
    const same = await patch(finance, `/api/backoffice/leases/${id}`, { noticePeriodMonths: 6 });
    expect(same.status).toBe(200);
    expect(await auditOf('lease.changed')).toHaveLength(1);
  });

  it('adds an index row computed from the base rent by the KPI values (DOMAIN-SE.md §7.3: +11 605,76 kr a year)', async () => {
    const id = (await admin.get('/api/backoffice/leases?q=300102')).body.leases[0].id;
    const res = await finance.post(`/api/backoffice/leases/${id}/rent-rows`, {
      kind: 'index', description: 'Indexuppräkning', kpiBase: 336.04, kpiCurrent: 346.44, vatRatePercent: 25, validFrom: '2026-04-01',
    });
    expect(res.status).toBe(201);
    const row = res.body.lease.rentRows.find((r: { kind: string }) => r.kind === 'index');
    expect(row).toMatchObject({ amountOre: 11_605_76, per: 'year', kpiBase: 336.04, kpiCurrent: 346.44, vatRatePercent: 25, validFrom: '2026-04-01' });
    const [event] = await auditOf('rent_row.added');
    expect(event).toMatchObject({ subject: '300102', details: { number: '300102', rentRowId: row.id, row: { kind: 'index', amountOre: 11_605_76 } } });
  });

  it('refuses an unknown or empty KPI, an amount on an index row and KPI values on another row, in words, and saves nothing', async () => {
    const id = (await admin.get('/api/backoffice/leases?q=300102')).body.leases[0].id;
    const rowsBefore = (await admin.get(`/api/backoffice/leases/${id}`)).body.lease.rentRows.length;
    const index = { kind: 'index', description: 'Index', vatRatePercent: 25, kpiBase: 336.04, kpiCurrent: 346.44 };
    for (const [change, field] of [
      [{ kpiBase: null }, 'kpiBase'], [{ kpiBase: undefined }, 'kpiBase'], [{ kpiCurrent: 0 }, 'kpiCurrent'],
      [{ kpiCurrent: -5 }, 'kpiCurrent'], [{ kpiBase: 336.045 }, 'kpiBase'], [{ kpiBase: 123456 }, 'kpiBase'],
    ] as const) {
      const res = await admin.post(`/api/backoffice/leases/${id}/rent-rows`, { ...index, ...change });
      expect(res.status, JSON.stringify(change)).toBe(422);
      expect(res.body.error).toMatchObject({ code: 'KPI_INVALID', details: { field } });
    }
    const en = await adminEn.post(`/api/backoffice/leases/${id}/rent-rows`, { ...index, kpiCurrent: null });
    expect(en.body.error.message).toBe('Enter the current index as a CPI (KPI) value above zero with at most two decimals, for example 346.44.');
    const sv = await admin.post(`/api/backoffice/leases/${id}/rent-rows`, { ...index, kpiBase: 0 });
    expect(sv.body.error.message).toBe('Ange basindex som ett KPI-värde större än noll med högst två decimaler, till exempel 346,44.');
    const amount = await admin.post(`/api/backoffice/leases/${id}/rent-rows`, { ...index, amountOre: 100 });
    expect(amount.body.error).toMatchObject({ code: 'INDEX_AMOUNT_COMPUTED', details: { field: 'amountOre' } });
    const kpiOnRent = await admin.post(`/api/backoffice/leases/${id}/rent-rows`, { kind: 'heating', description: 'Värme', amountOre: 100, per: 'month', vatRatePercent: 25, kpiBase: 300 });
    expect(kpiOnRent.body.error).toMatchObject({ code: 'KPI_ONLY_FOR_INDEX', details: { field: 'kpiBase' } });
    const noVat = await admin.post(`/api/backoffice/leases/${id}/rent-rows`, { kind: 'heating', description: 'Värme', amountOre: 100, per: 'month' });
    expect(noVat.body.error).toMatchObject({ code: 'VAT_RATE_MISSING', details: { field: 'vatRatePercent' } });
    const oddVat = await admin.post(`/api/backoffice/leases/${id}/rent-rows`, { kind: 'heating', description: 'Värme', amountOre: 100, per: 'month', vatRatePercent: 12 });
    expect(oddVat.body.error).toMatchObject({ code: 'VAT_RATE_MISSING', details: { field: 'vatRatePercent' } });
    const noBase = (await admin.get('/api/backoffice/leases?q=100102')).body.leases[0].id;
    const parking = await admin.post(`/api/backoffice/leases/${noBase}/rent-rows`, index);
    expect(parking.body.error).toMatchObject({ code: 'NO_BASE_RENT', details: { field: 'validFrom' } });
    expect((await admin.get(`/api/backoffice/leases/${id}`)).body.lease.rentRows).toHaveLength(rowsBefore);
  });

  it('ends a rent row with the values before and after in the audit log; the rent after that day leaves it out', async () => {
    const id = (await admin.get('/api/backoffice/leases?q=300102')).body.leases[0].id;
    const lease = (await admin.get(`/api/backoffice/leases/${id}`)).body.lease;
    const tax = lease.rentRows.find((r: { kind: string }) => r.kind === 'property_tax');
    const backwards = await patch(admin, `/api/backoffice/leases/${id}/rent-rows/${tax.id}`, { validFrom: '2026-06-01', validTo: '2026-05-31' });
    expect(backwards.status).toBe(422);
    expect(backwards.body.error).toMatchObject({ code: 'VALID_TO_BEFORE_FROM', details: { field: 'validTo' } });
    const ended = await patch(finance, `/api/backoffice/leases/${id}/rent-rows/${tax.id}`, { validTo: '2026-03-31' });
    expect(ended.status).toBe(200);
    const row = ended.body.lease.rentRows.find((r: { id: string }) => r.id === tax.id);
    expect(row).toMatchObject({ validTo: '2026-03-31', inForce: false });
    expect(ended.body.lease.yearlyRentOre).toBe(375_000_00 + 11_605_76);
    const [event] = await auditOf('rent_row.changed');
    expect(event!.details).toEqual({ number: '300102', rentRowId: tax.id, kind: 'property_tax', before: { validTo: null }, after: { validTo: '2026-03-31' } });
    const base = lease.rentRows.find((r: { kind: string }) => r.kind === 'base_rent');
    expect((await patch(admin, `/api/backoffice/leases/${id}/rent-rows/${base.id}`, { kpiCurrent: 300 })).body.error.code).toBe('KPI_ONLY_FOR_INDEX');
    const wrongLease = (await admin.get('/api/backoffice/leases?q=100101')).body.leases[0].id;
    expect((await patch(admin, `/api/backoffice/leases/${wrongLease}/rent-rows/${tax.id}`, { validTo: '2026-03-31' })).status).toBe(404);
  });

  it('recomputes an index row when its KPI changes', async () => {
    const id = (await admin.get('/api/backoffice/leases?q=300102')).body.leases[0].id;
    const index = (await admin.get(`/api/backoffice/leases/${id}`)).body.lease.rentRows.find((r: { kind: string }) => r.kind === 'index');
    const res = await patch(finance, `/api/backoffice/leases/${id}/rent-rows/${index.id}`, { kpiCurrent: 330 });
    expect(res.status).toBe(200);
    expect(res.body.lease.rentRows.find((r: { id: string }) => r.id === index.id)).toMatchObject({ kpiCurrent: 330, amountOre: 0 });
    const [event] = await auditOf('rent_row.changed');
    expect(event!.details).toMatchObject({ before: { kpiCurrent: 346.44, amountOre: 11_605_76 }, after: { kpiCurrent: 330, amountOre: 0 } });
  });

  it('lets only finance and administrators change the register (403), and staff only (401 for visitors, 403 for tenants)', async () => {
    const id = (await admin.get('/api/backoffice/leases?q=300102')).body.leases[0].id;
    const before = await leaseCount();
    for (const who of [manager, propertyManager]) {
      expect((await who.post('/api/backoffice/leases', newLease({ rentalObjectIds: [objects['2101']] }))).status).toBe(403);
      expect((await patch(who, `/api/backoffice/leases/${id}`, { noticePeriodMonths: 1 })).status).toBe(403);
      expect((await who.post(`/api/backoffice/leases/${id}/rent-rows`, { kind: 'heating', description: 'Värme', amountOre: 100, per: 'month', vatRatePercent: 25 })).status).toBe(403);
    }
    expect(await leaseCount()).toBe(before);
    const tenant = new Client(t.app, 'sv', clock);
    await tenant.loginTenant();
    for (const url of ['/api/backoffice/leases', `/api/backoffice/leases/${id}`, '/api/backoffice/rental-objects']) {
      expect((await new Client(t.app).get(url)).status).toBe(401);
      expect((await tenant.get(url)).status).toBe(403);
    }
  });
});
