// The customer register in the back office: finance and administrators enter a customer (name,
// organisationsnummer or personnummer checked by the organisationsnummer/personnummer packages, address,
// contact e-mail and mobile, customer manager) and change it; every staff member reads it. Refusals
// are 4xx in words naming the field, with nothing saved; every change is an audit event.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { Client } from '../support/client.ts';
import { fixedClock } from '../../server/clock.ts';
import { auditEventsOf, loginRegisterStaff, patch, type RegisterStaff } from '../support/register-staff.ts';

const clock = fixedClock('2026-03-10T09:00:00Z');
let t: TestApp;
let staff: RegisterStaff;

beforeAll(async () => {
  t = await createTestApp({ clock, env: { LOGIN_RATE_LIMIT_MAX: '1000' } });
  staff = await loginRegisterStaff(t.app, clock);
});
afterAll(async () => { await t?.close(); });

const auditOf = (action: string) => auditEventsOf(staff.admin, action);

async function customerCount() {
  return ((await staff.admin.get('/api/backoffice/customers')).body.customers as unknown[]).length;
}

// A valid organisationsnummer (Luhn) that no demo customer has.
const newCustomer = {
  name: 'Linné Bageri AB', identityNumber: '5560360793', street: 'Linnégatan 42', postalCode: '41310', city: 'Göteborg',
  email: ' Info@LinneBageri.se ', mobile: '070-987 65 43', customerManagerId: null as string | null,
};
const unknownId = '00000000-0000-4000-8000-000000000000';
let customerId: string;

describe('the customer register', () => {
  it('tells who may enter customers', async () => {
    expect((await staff.finance.get('/api/backoffice/customers')).body.canEdit).toBe(true);
    expect((await staff.manager.get('/api/backoffice/customers')).body.canEdit).toBe(false);
    const lunden = (await staff.manager.get('/api/backoffice/customers?q=lunden')).body.customers[0];
    const page = await staff.manager.get(`/api/backoffice/customers/${lunden.id}`);
    expect(page.body.customer).toMatchObject({ customerManager: 'Karin Kundansvarig', customerManagerId: staff.ids.kundansvarig, canEdit: false, canEditContact: true });
    expect((await staff.finance.get(`/api/backoffice/customers/${lunden.id}`)).body.customer).toMatchObject({ canEdit: true, canEditContact: true });
  });

  it('enters a company with its number, address, contact channels and customer manager, with an audit event', async () => {
    const res = await staff.finance.post('/api/backoffice/customers', { ...newCustomer, customerManagerId: staff.ids.kundansvarig });
    expect(res.status).toBe(201);
    expect(res.body.customer).toMatchObject({
      name: 'Linné Bageri AB', identityNumber: '556036-0793', kind: 'company', address: { street: 'Linnégatan 42', postalCode: '413 10', city: 'Göteborg' },
      email: 'info@linnebageri.se', mobile: '+46709876543', customerManager: 'Karin Kundansvarig', leases: [], tenantUsers: [],
    });
    customerId = res.body.customer.id;
    const [event] = await auditOf('customer.created');
    expect(event).toMatchObject({ subject: 'Linné Bageri AB', details: { name: 'Linné Bageri AB', identityNumber: '5560360793', kind: 'company', email: true, mobile: true, customerManagerId: staff.ids.kundansvarig } });
    expect((await staff.manager.get('/api/backoffice/customers?q=linné')).body.customers.map((c: { name: string }) => c.name)).toEqual(['Linné Bageri AB']);
  });

  it('enters a private tenant by personnummer, without contact channels', async () => {
    const res = await staff.admin.post('/api/backoffice/customers', { ...newCustomer, name: 'Per Persson', identityNumber: '19900101-0017', email: null, mobile: '' });
    expect(res.status).toBe(201);
    expect(res.body.customer).toMatchObject({ identityNumber: '19900101-0017', kind: 'private', email: null, mobile: null, customerManager: null });
  });

  it('refuses a bad or taken number, a bad e-mail, mobile or postal code, an empty name and a wrong manager, naming the field, and saves nothing', async () => {
    const before = await customerCount();
    const body = { ...newCustomer, identityNumber: '556016-0680' };
    const cases: [Record<string, unknown>, number, string, string][] = [
      [{ identityNumber: '556036-0794' }, 400, 'INVALID_IDENTITY_NUMBER', 'identityNumber'],
      [{ identityNumber: '' }, 422, 'REGISTER_FIELD_MISSING', 'identityNumber'],
      [{ identityNumber: '559123-4561' }, 409, 'IDENTITY_NUMBER_TAKEN', 'identityNumber'],
      [{ identityNumber: '5591234561', name: 'Kopia' }, 409, 'IDENTITY_NUMBER_TAKEN', 'identityNumber'],
      [{ email: 'info@' }, 400, 'INVALID_EMAIL', 'email'],
      [{ mobile: '031-123 45 67' }, 400, 'INVALID_MOBILE', 'mobile'],
      [{ postalCode: '123' }, 422, 'INVALID_POSTAL_CODE', 'postalCode'],
      [{ name: ' ' }, 422, 'REGISTER_FIELD_MISSING', 'name'],
      [{ city: '' }, 422, 'REGISTER_FIELD_MISSING', 'city'],
      [{ customerManagerId: staff.ids.ekonomi }, 422, 'MANAGER_INVALID', 'customerManagerId'],
    ];
    for (const [change, status, code, field] of cases) {
      const res = await staff.admin.post('/api/backoffice/customers', { ...body, ...change });
      expect(res.status, JSON.stringify(change)).toBe(status);
      expect(res.body.error).toMatchObject({ code, details: { field } });
    }
    const taken = await staff.admin.post('/api/backoffice/customers', { ...body, identityNumber: '559123-4561' });
    expect(taken.body.error.message).toBe('Det finns redan en kund med nummer 559123-4561: Café Lunden AB. Öppna den kunden i stället.');
    const number = await staff.adminEn.post('/api/backoffice/customers', { ...body, identityNumber: '556036-0794' });
    expect(number.body.error.message).toBe('The organisation number or personal identity number is not valid. Check the digits (10 or 12 digits, with or without a dash).');
    const wrongManager = await staff.adminEn.post('/api/backoffice/customers', { ...body, customerManagerId: staff.ids.fastighetsansvarig });
    expect(wrongManager.body.error.message).toBe('Choose a customer manager from the list: staff with the role customer manager or administrator.');
    expect((await staff.admin.post('/api/backoffice/customers', { name: 'X' })).status).toBe(400);
    expect(await customerCount()).toBe(before);
    expect(await auditOf('customer.created')).toHaveLength(2);
  });

  it('changes name, number, address and customer manager with before and after in the audit log; nothing changed writes nothing', async () => {
    const res = await patch(staff.finance, `/api/backoffice/customers/${customerId}`, { name: 'Linné Bageri & Kafé AB', street: 'Linnégatan 44', customerManagerId: staff.ids.admin });
    expect(res.status).toBe(200);
    expect(res.body.customer).toMatchObject({ name: 'Linné Bageri & Kafé AB', address: { street: 'Linnégatan 44', postalCode: '413 10' }, customerManager: 'Anna Administratör' });
    const [event] = await auditOf('customer.changed');
    expect(event).toMatchObject({ subject: 'Linné Bageri & Kafé AB' });
    expect(event!.details).toEqual({
      name: 'Linné Bageri & Kafé AB',
      before: { name: 'Linné Bageri AB', street: 'Linnégatan 42', customerManagerId: staff.ids.kundansvarig },
      after: { name: 'Linné Bageri & Kafé AB', street: 'Linnégatan 44', customerManagerId: staff.ids.admin },
    });
    expect((await patch(staff.finance, `/api/backoffice/customers/${customerId}`, { name: ' Linné Bageri & Kafé AB ', postalCode: '413 10' })).status).toBe(200);
    expect(await auditOf('customer.changed')).toHaveLength(1);

    // A customer's own number in another writing is no clash; another customer's is
    expect((await patch(staff.admin, `/api/backoffice/customers/${customerId}`, { identityNumber: '556036-0793' })).status).toBe(200);
    const taken = await patch(staff.admin, `/api/backoffice/customers/${customerId}`, { identityNumber: '556600-1128' });
    expect(taken.status).toBe(409);
    expect(taken.body.error).toMatchObject({ code: 'IDENTITY_NUMBER_TAKEN', details: { field: 'identityNumber' } });
    const bad = await patch(staff.admin, `/api/backoffice/customers/${customerId}`, { postalCode: 'abc' });
    expect(bad.body.error).toMatchObject({ code: 'INVALID_POSTAL_CODE', details: { field: 'postalCode' } });
    expect((await staff.admin.get(`/api/backoffice/customers/${customerId}`)).body.customer.address.postalCode).toBe('413 10');
    // E-mail and mobile change through …/contact, which finance may use too
    expect((await patch(staff.admin, `/api/backoffice/customers/${customerId}`, { email: 'x@exempel.se' })).status).toBe(400);
    const contact = await patch(staff.finance, `/api/backoffice/customers/${customerId}/contact`, { email: 'order@linnebageri.se', mobile: null });
    expect(contact.body.customer).toMatchObject({ email: 'order@linnebageri.se', mobile: null });
    expect((await patch(staff.admin, `/api/backoffice/customers/${unknownId}`, { name: 'X' })).status).toBe(404);
  });

  it('refuses customer and property managers (403), and saves nothing', async () => {
    const before = await customerCount();
    for (const who of [staff.manager, staff.propertyManager]) {
      expect((await who.post('/api/backoffice/customers', { ...newCustomer, identityNumber: '556016-0680' })).status).toBe(403);
      expect((await patch(who, `/api/backoffice/customers/${customerId}`, { name: 'X' })).status).toBe(403);
    }
    expect(await customerCount()).toBe(before);
    expect((await staff.admin.get(`/api/backoffice/customers/${customerId}`)).body.customer.name).toBe('Linné Bageri & Kafé AB');
    const tenant = new Client(t.app, 'sv', clock);
    await tenant.loginTenant();
    expect((await tenant.post('/api/backoffice/customers', newCustomer)).status).toBe(403);
    expect((await new Client(t.app).post('/api/backoffice/customers', newCustomer)).status).toBe(401);
  });
});
