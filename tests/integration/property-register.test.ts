// The property register in the back office: finance and administrators enter and change properties,
// buildings, rental objects and spaces; every staff member reads them. Every refusal is a 4xx in words
// (Swedish and English) naming the field, with nothing saved; every change is an audit event; an
// object that has been on a lease keeps its type and building.
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

async function propertyCount() {
  return ((await staff.admin.get('/api/backoffice/properties')).body.properties as unknown[]).length;
}

async function objectCount() {
  return ((await staff.admin.get('/api/backoffice/rental-objects')).body.rentalObjects as unknown[]).length;
}

async function objectId(number: string) {
  const list = (await staff.admin.get('/api/backoffice/rental-objects')).body.rentalObjects as { id: string; number: string }[];
  return list.find((o) => o.number === number)!.id;
}

const unknownId = '00000000-0000-4000-8000-000000000000';

let propertyId: string;
let buildingId: string;
let newObjectId: string;

describe('properties and buildings', () => {
  it('shows every staff member the properties, and a property with its buildings and objects; only editors may edit', async () => {
    const list = await staff.propertyManager.get('/api/backoffice/properties');
    expect(list.status).toBe(200);
    expect(list.body.canEdit).toBe(false);
    const heden = list.body.properties.find((p: { designation: string }) => p.designation === 'Göteborg Heden 24:7');
    expect(heden.buildings).toEqual([{ id: expect.any(String), name: 'Skånegatan 17', street: 'Skånegatan 17', postalCode: '411 40', city: 'Göteborg', address: 'Skånegatan 17, 411 40 Göteborg', rentalObjectCount: 2 }]);
    expect((await staff.finance.get('/api/backoffice/properties')).body.canEdit).toBe(true);
    const page = await staff.manager.get(`/api/backoffice/properties/${heden.id}`);
    expect(page.status).toBe(200);
    expect(page.body.property).toMatchObject({ designation: 'Göteborg Heden 24:7', canEdit: false });
    expect(page.body.property.rentalObjects.map((o: { number: string }) => o.number)).toEqual(['3001', '3101']);
    expect(page.body.property.rentalObjects[0].leases).toEqual([expect.objectContaining({ number: '300101', status: 'upcoming', customer: 'Nordisk Design & Arkitektur AB' })]);
    expect((await staff.admin.get(`/api/backoffice/properties/${unknownId}`)).status).toBe(404);
  });

  it('names the staff who may be managers: customer managers, property managers and administrators', async () => {
    const res = await staff.finance.get('/api/backoffice/managers');
    expect(res.status).toBe(200);
    expect(res.body.customerManagers.map((s: { name: string }) => s.name)).toEqual(['Anna Administratör', 'Karin Kundansvarig']);
    expect(res.body.propertyManagers.map((s: { name: string }) => s.name)).toEqual(['Anna Administratör', 'Fredrik Fastighetsansvarig']);
  });

  it('enters a property with its audit event, tidying the designation', async () => {
    const res = await staff.finance.post('/api/backoffice/properties', { designation: '  Göteborg  Olivedal 3 : 14 ', name: 'Linnégatan 40', propertyManagerId: staff.ids.fastighetsansvarig });
    expect(res.status).toBe(201);
    expect(res.body.property).toMatchObject({ designation: 'Göteborg Olivedal 3:14', name: 'Linnégatan 40', propertyManager: { name: 'Fredrik Fastighetsansvarig' }, buildings: [], rentalObjects: [], canEdit: true });
    propertyId = res.body.property.id;
    const [event] = await auditOf('property.created');
    expect(event).toMatchObject({ subject: 'Göteborg Olivedal 3:14', details: { designation: 'Göteborg Olivedal 3:14', name: 'Linnégatan 40', propertyManagerId: staff.ids.fastighetsansvarig } });
  });

  it('refuses a missing or malformed designation, one already there, an empty name and a manager of the wrong role, naming the field, and saves nothing', async () => {
    const before = await propertyCount();
    const body = { designation: 'Göteborg Olivedal 3:15', name: 'Linnégatan 42', propertyManagerId: null };
    const cases: [Record<string, unknown>, number, string, string][] = [
      [{ designation: ' ' }, 422, 'REGISTER_FIELD_MISSING', 'designation'],
      [{ designation: 'Linnégatan 42' }, 422, 'INVALID_DESIGNATION', 'designation'],
      [{ designation: 'Göteborg Heden 24:7' }, 409, 'DESIGNATION_TAKEN', 'designation'],
      [{ name: '  ' }, 422, 'REGISTER_FIELD_MISSING', 'name'],
      [{ propertyManagerId: staff.ids.kundansvarig }, 422, 'MANAGER_INVALID', 'propertyManagerId'],
      [{ propertyManagerId: unknownId }, 422, 'MANAGER_INVALID', 'propertyManagerId'],
    ];
    for (const [change, status, code, field] of cases) {
      const res = await staff.admin.post('/api/backoffice/properties', { ...body, ...change });
      expect(res.status, JSON.stringify(change)).toBe(status);
      expect(res.body.error).toMatchObject({ code, details: { field } });
    }
    const taken = await staff.admin.post('/api/backoffice/properties', { ...body, designation: 'Göteborg Heden 24:7' });
    expect(taken.body.error.message).toBe('Fastigheten Göteborg Heden 24:7 finns redan i registret (Skånegatan 17). Kontrollera beteckningen.');
    const en = await staff.adminEn.post('/api/backoffice/properties', { ...body, designation: 'Heden' });
    expect(en.body.error.message).toBe('Write the property designation as municipality, district and block:unit, for example Göteborg Inom Vallgraven 12:3.');
    const missing = await staff.adminEn.post('/api/backoffice/properties', { ...body, name: '' });
    expect(missing.body.error.message).toBe('Fill in the name.');
    const schema = await staff.admin.post('/api/backoffice/properties', { designation: 'Göteborg Olivedal 3:15' });
    expect(schema.status).toBe(400);
    expect(await propertyCount()).toBe(before);
    expect(await auditOf('property.created')).toHaveLength(1);
  });

  it('changes a property with the values before and after in the audit log; nothing changed writes nothing', async () => {
    const res = await patch(staff.admin, `/api/backoffice/properties/${propertyId}`, { name: 'Linnégatan 40-42', propertyManagerId: null });
    expect(res.status).toBe(200);
    expect(res.body.property).toMatchObject({ name: 'Linnégatan 40-42', propertyManager: null });
    const [event] = await auditOf('property.changed');
    expect(event!.details).toEqual({
      designation: 'Göteborg Olivedal 3:14',
      before: { name: 'Linnégatan 40', propertyManagerId: staff.ids.fastighetsansvarig },
      after: { name: 'Linnégatan 40-42', propertyManagerId: null },
    });
    expect((await patch(staff.admin, `/api/backoffice/properties/${propertyId}`, { name: 'Linnégatan 40-42' })).status).toBe(200);
    expect(await auditOf('property.changed')).toHaveLength(1);
    const taken = await patch(staff.admin, `/api/backoffice/properties/${propertyId}`, { designation: 'Göteborg Inom Vallgraven 12:3' });
    expect(taken.status).toBe(409);
    expect(taken.body.error).toMatchObject({ code: 'DESIGNATION_TAKEN', details: { field: 'designation' } });
    expect((await patch(staff.admin, `/api/backoffice/properties/${unknownId}`, { name: 'X' })).status).toBe(404);
  });

  it('adds a building with its address (postal code as "413 10") and changes it; refuses a bad postal code in words', async () => {
    const res = await staff.finance.post(`/api/backoffice/properties/${propertyId}/buildings`, { name: 'Linnégatan 40', street: 'Linnégatan 40', postalCode: '41310', city: 'Göteborg' });
    expect(res.status).toBe(201);
    expect(res.body.property.buildings).toEqual([expect.objectContaining({ name: 'Linnégatan 40', postalCode: '413 10', address: 'Linnégatan 40, 413 10 Göteborg', rentalObjectCount: 0 })]);
    buildingId = res.body.property.buildings[0].id;
    const [added] = await auditOf('building.added');
    expect(added).toMatchObject({ subject: 'Linnégatan 40', details: { property: 'Göteborg Olivedal 3:14', street: 'Linnégatan 40', postalCode: '413 10' } });

    const cases: [Record<string, string>, string, string][] = [
      [{ postalCode: '4131' }, 'INVALID_POSTAL_CODE', 'postalCode'],
      [{ postalCode: '' }, 'REGISTER_FIELD_MISSING', 'postalCode'],
      [{ street: ' ' }, 'REGISTER_FIELD_MISSING', 'street'],
      [{ city: '' }, 'REGISTER_FIELD_MISSING', 'city'],
    ];
    for (const [body, code, field] of cases) {
      const bad = await staff.admin.post(`/api/backoffice/properties/${propertyId}/buildings`, { name: 'B', street: 'Linnégatan 42', postalCode: '413 10', city: 'Göteborg', ...body });
      expect(bad.status, JSON.stringify(body)).toBe(422);
      expect(bad.body.error).toMatchObject({ code, details: { field } });
    }
    const sv = await patch(staff.admin, `/api/backoffice/buildings/${buildingId}`, { postalCode: '4131' });
    expect(sv.body.error.message).toBe('Postnumret ska vara fem siffror, till exempel 412 61.');
    const en = await patch(staff.adminEn, `/api/backoffice/buildings/${buildingId}`, { street: '' });
    expect(en.body.error.message).toBe('Fill in the street address.');
    expect((await staff.admin.get(`/api/backoffice/properties/${propertyId}`)).body.property.buildings).toHaveLength(1);

    const changed = await patch(staff.finance, `/api/backoffice/buildings/${buildingId}`, { name: 'Linnégatan 40-42', street: 'Linnégatan 42' });
    expect(changed.status).toBe(200);
    expect(changed.body.property.buildings[0]).toMatchObject({ name: 'Linnégatan 40-42', address: 'Linnégatan 42, 413 10 Göteborg' });
    const [event] = await auditOf('building.changed');
    expect(event!.details).toEqual({ name: 'Linnégatan 40-42', before: { name: 'Linnégatan 40', street: 'Linnégatan 40' }, after: { name: 'Linnégatan 40-42', street: 'Linnégatan 42' } });
    expect((await staff.admin.post(`/api/backoffice/properties/${unknownId}/buildings`, { name: 'B', street: 'S 1', postalCode: '41310', city: 'G' })).status).toBe(404);
    expect((await patch(staff.admin, `/api/backoffice/buildings/${unknownId}`, { name: 'B' })).status).toBe(404);
  });
});

describe('rental objects and spaces', () => {
  it('enters a rental object in a building; it takes the building\'s address and shows in the register', async () => {
    const res = await staff.finance.post('/api/backoffice/rental-objects', { buildingId, number: ' 4001 ', type: 'premises', areaSqm: 87.5, floor: 0, description: 'Butik mot gatan' });
    expect(res.status).toBe(201);
    expect(res.body.rentalObject).toMatchObject({
      number: '4001', type: 'premises', areaSqm: 87.5, floor: 0, description: 'Butik mot gatan', street: 'Linnégatan 42', address: 'Linnégatan 42, 413 10 Göteborg',
      building: 'Linnégatan 40-42', property: 'Göteborg Olivedal 3:14', propertyName: 'Linnégatan 40-42', spaces: [], leases: [], canEdit: true,
    });
    newObjectId = res.body.rentalObject.id;
    const [event] = await auditOf('rental_object.created');
    expect(event).toMatchObject({ subject: '4001', details: { number: '4001', type: 'premises', areaSqm: 87.5, floor: 0, building: 'Linnégatan 40-42' } });
    const register = await staff.propertyManager.get('/api/backoffice/rental-objects');
    expect(register.body.canEdit).toBe(false);
    expect(register.body.rentalObjects.find((o: { number: string }) => o.number === '4001')).toMatchObject({ propertyId, buildingId });
    const parking = await staff.admin.post('/api/backoffice/rental-objects', { buildingId, number: 'P-40', type: 'parking', areaSqm: null, floor: -1, description: null });
    expect(parking.status).toBe(201);
  });

  it('refuses a number already there, a bad area or floor, an empty number and an unknown building, in words naming the field', async () => {
    const before = await objectCount();
    const body = { buildingId, number: '4002', type: 'storage', areaSqm: 5, floor: -1, description: null };
    const cases: [Record<string, unknown>, number, string, string][] = [
      [{ number: '1001' }, 409, 'OBJECT_NUMBER_TAKEN', 'number'],
      [{ number: '  ' }, 422, 'REGISTER_FIELD_MISSING', 'number'],
      [{ number: '40#2' }, 422, 'INVALID_OBJECT_NUMBER', 'number'],
      [{ areaSqm: 0 }, 422, 'INVALID_AREA', 'areaSqm'],
      [{ areaSqm: 5.25 }, 422, 'INVALID_AREA', 'areaSqm'],
      [{ floor: 120 }, 422, 'INVALID_FLOOR', 'floor'],
      [{ buildingId: unknownId }, 404, 'NOT_FOUND', 'buildingId'],
      [{ type: 'castle' }, 400, 'VALIDATION', 'type'],
      [{ floor: 1.5 }, 400, 'VALIDATION', 'floor'],
    ];
    for (const [change, status, code, field] of cases) {
      const res = await staff.admin.post('/api/backoffice/rental-objects', { ...body, ...change });
      expect(res.status, JSON.stringify(change)).toBe(status);
      expect(res.body.error).toMatchObject({ code, details: { field } });
    }
    const taken = await staff.admin.post('/api/backoffice/rental-objects', { ...body, number: '1001' });
    expect(taken.body.error.message).toBe('Det finns redan ett hyresobjekt med nummer 1001, på Utlandagatan 6. Välj ett annat nummer.');
    const area = await staff.adminEn.post('/api/backoffice/rental-objects', { ...body, areaSqm: -3 });
    expect(area.body.error.message).toBe('Enter the area in square metres, above zero with at most one decimal, for example 142.5. Leave it empty if the object has no area.');
    expect(await objectCount()).toBe(before);
  });

  it('changes an object with before and after in the audit log, but not the type or building of one that has had a lease', async () => {
    const res = await patch(staff.finance, `/api/backoffice/rental-objects/${newObjectId}`, { areaSqm: 90, floor: 1, description: ' ' });
    expect(res.status).toBe(200);
    expect(res.body.rentalObject).toMatchObject({ areaSqm: 90, floor: 1, description: null });
    const [event] = await auditOf('rental_object.changed');
    expect(event!.details).toEqual({ number: '4001', before: { areaSqm: 87.5, floor: 0, description: 'Butik mot gatan' }, after: { areaSqm: 90, floor: 1, description: null } });
    // A free object may become another type
    expect((await patch(staff.admin, `/api/backoffice/rental-objects/${newObjectId}`, { type: 'storage' })).body.rentalObject.type).toBe('storage');

    const cafe = await objectId('1001');
    const type = await patch(staff.admin, `/api/backoffice/rental-objects/${cafe}`, { type: 'apartment' });
    expect(type.status).toBe(409);
    expect(type.body.error).toMatchObject({ code: 'OBJECT_IN_USE', details: { field: 'type' } });
    expect(type.body.error.message).toBe('Hyresobjekt 1001 finns på avtal 100101. Typ och byggnad kan inte ändras för ett objekt som har avtal.');
    const moved = await patch(staff.adminEn, `/api/backoffice/rental-objects/${cafe}`, { buildingId });
    expect(moved.body.error).toMatchObject({ code: 'OBJECT_IN_USE', details: { field: 'buildingId' } });
    const number = await patch(staff.admin, `/api/backoffice/rental-objects/${cafe}`, { number: '4001' });
    expect(number.body.error).toMatchObject({ code: 'OBJECT_NUMBER_TAKEN', details: { field: 'number' } });
    const lease = (await staff.admin.get('/api/backoffice/rental-objects')).body.rentalObjects.find((o: { number: string }) => o.number === '1001');
    expect(lease).toMatchObject({ type: 'premises', street: 'Utlandagatan 6' });
    // An object on a lease may still get its area corrected
    expect((await patch(staff.admin, `/api/backoffice/rental-objects/${cafe}`, { areaSqm: 143 })).body.rentalObject.areaSqm).toBe(143);
    expect((await patch(staff.admin, `/api/backoffice/rental-objects/${unknownId}`, { floor: 1 })).status).toBe(404);
  });

  it('adds spaces to an object and changes one, with audit events; the lease page shows them', async () => {
    const added = await staff.finance.post(`/api/backoffice/rental-objects/${newObjectId}/spaces`, { kind: 'shop', name: 'Butik' });
    expect(added.status).toBe(201);
    const second = await staff.finance.post(`/api/backoffice/rental-objects/${newObjectId}/spaces`, { kind: 'bathroom', name: 'WC' });
    expect(second.body.rentalObject.spaces.map((s: { kind: string; name: string }) => [s.kind, s.name])).toEqual([['shop', 'Butik'], ['bathroom', 'WC']]);
    const wc = second.body.rentalObject.spaces.find((s: { name: string }) => s.name === 'WC');
    const [event] = await auditOf('space.added');
    expect(event).toMatchObject({ subject: 'WC', details: { rentalObject: '4001', kind: 'bathroom', name: 'WC' } });
    const changed = await patch(staff.admin, `/api/backoffice/spaces/${wc.id}`, { name: 'Toalett' });
    expect(changed.status).toBe(200);
    expect(changed.body.rentalObject.spaces.map((s: { name: string }) => s.name)).toEqual(['Butik', 'Toalett']);
    const [change] = await auditOf('space.changed');
    expect(change!.details).toEqual({ name: 'Toalett', before: { name: 'WC' }, after: { name: 'Toalett' } });

    const empty = await staff.admin.post(`/api/backoffice/rental-objects/${newObjectId}/spaces`, { kind: 'kitchen', name: ' ' });
    expect(empty.status).toBe(422);
    expect(empty.body.error).toMatchObject({ code: 'REGISTER_FIELD_MISSING', message: 'Fyll i namn.', details: { field: 'name' } });
    expect((await staff.admin.post(`/api/backoffice/rental-objects/${newObjectId}/spaces`, { kind: 'sauna', name: 'Bastu' })).status).toBe(400);
    expect((await staff.admin.post(`/api/backoffice/rental-objects/${unknownId}/spaces`, { kind: 'kitchen', name: 'Kök' })).status).toBe(404);
    expect((await patch(staff.admin, `/api/backoffice/spaces/${unknownId}`, { name: 'Kök' })).status).toBe(404);
    expect((await staff.admin.get(`/api/backoffice/rental-objects/${newObjectId}`)).body.rentalObject.spaces).toHaveLength(2);

    const cafe = (await staff.manager.get(`/api/backoffice/rental-objects/${await objectId('1001')}`)).body.rentalObject;
    expect(cafe.spaces.map((s: { name: string }) => s.name)).toContain('Storkök');
    expect(cafe.leases).toEqual([expect.objectContaining({ number: '100101', status: 'active', customer: 'Café Lunden AB' })]);
    expect(cafe.canEdit).toBe(false);
  });
});

describe('who may change the property register', () => {
  it('refuses customer and property managers (403) and saves nothing; visitors 401, tenants 403', async () => {
    const properties = await propertyCount();
    const objects = await objectCount();
    const space = (await staff.admin.get(`/api/backoffice/rental-objects/${newObjectId}`)).body.rentalObject.spaces[0].id;
    for (const who of [staff.manager, staff.propertyManager]) {
      expect((await who.post('/api/backoffice/properties', { designation: 'Göteborg Olivedal 3:16', name: 'X', propertyManagerId: null })).status).toBe(403);
      expect((await patch(who, `/api/backoffice/properties/${propertyId}`, { name: 'X' })).status).toBe(403);
      expect((await who.post(`/api/backoffice/properties/${propertyId}/buildings`, { name: 'B', street: 'S 1', postalCode: '41310', city: 'G' })).status).toBe(403);
      expect((await patch(who, `/api/backoffice/buildings/${buildingId}`, { name: 'X' })).status).toBe(403);
      expect((await who.post('/api/backoffice/rental-objects', { buildingId, number: '4009', type: 'storage', areaSqm: null, floor: null, description: null })).status).toBe(403);
      expect((await patch(who, `/api/backoffice/rental-objects/${newObjectId}`, { floor: 2 })).status).toBe(403);
      expect((await who.post(`/api/backoffice/rental-objects/${newObjectId}/spaces`, { kind: 'kitchen', name: 'Kök' })).status).toBe(403);
      expect((await patch(who, `/api/backoffice/spaces/${space}`, { name: 'X' })).status).toBe(403);
    }
    expect(await propertyCount()).toBe(properties);
    expect(await objectCount()).toBe(objects);
    const tenant = new Client(t.app, 'sv', clock);
    await tenant.loginTenant();
    for (const url of [`/api/backoffice/properties/${propertyId}`, `/api/backoffice/rental-objects/${newObjectId}`, '/api/backoffice/managers']) {
      expect((await new Client(t.app).get(url)).status).toBe(401);
      expect((await tenant.get(url)).status).toBe(403);
    }
    expect((await tenant.post('/api/backoffice/properties', { designation: 'Göteborg Olivedal 3:16', name: 'X', propertyManagerId: null })).status).toBe(403);
  });
});
