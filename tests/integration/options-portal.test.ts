// Tillval for tenants (issue 12): the catalogue for an object, the cart on the server and its lock, every
// rule refused in words with the cart unchanged, the bad quantities, checkout with the terms, a double and
// a concurrent submit making one order, a stale cart, and another customer's ids (404).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { Client } from '../support/client.ts';
import { lastMessageTo } from '../support/mailbox.ts';
import { demoGroup, demoOption, objectAndSpace, writeCartAndOrder } from '../support/options.ts';
import * as s from '../../server/db/schema/index.ts';

let t: TestApp;
let lisa: Client;
let bo: Client;
let cafe: string;
let storkok: string;
let diskm: string;
let standard: string;
let tyst: string;
let bygg: { objectId: string; cartLineId: string; caseId: string };

beforeAll(async () => {
  t = await createTestApp({ env: { LOGIN_RATE_LIMIT_MAX: '1000' } });
  lisa = new Client(t.app); await lisa.loginTenant('lunden', 'Lunden#2026');
  bo = new Client(t.app); await bo.loginTenant('bygg', 'Bygg#2026');
  ({ objectId: cafe, spaceId: storkok } = await objectAndSpace(t.database.db, '1001', 'Storkök'));
  diskm = await demoGroup(t.database.db, 'Diskm.');
  standard = (await demoOption(t.database.db, 'Diskmaskin Standard 60 cm')).id;
  tyst = (await demoOption(t.database.db, 'Diskmaskin Tyst 60 cm')).id;
  bygg = await writeCartAndOrder(t.database.db, 'bygg', { objectNumber: '2001', spaceName: 'WC', optionName: 'Klinkergolv i WC' });
});
afterAll(async () => { await t?.close(); });

const add = (c: Client, optionId: string, quantity = 1, spaceId = storkok, rentalObjectId = cafe) =>
  c.post('/api/portal/option-cart', { rentalObjectId, optionId, spaceId, quantity });
const cartOf = async (c: Client, objectId = cafe) => (await c.get(`/api/portal/option-objects/${objectId}/checkout`)).body.cart;
const patch = (c: Client, id: string, body: unknown) => c.request('PATCH', `/api/portal/option-cart/${id}`, body);

describe('the catalogue', () => {
  it("lists the customer's objects and, for the café, only the categories with options possible there", async () => {
    const objects = await lisa.get('/api/portal/option-objects');
    expect(objects.body.objects.map((o: { number: string }) => o.number)).toEqual(['1001', 'F-01', 'P-01']);
    const page = await lisa.get(`/api/portal/option-objects/${cafe}`);
    expect(page.status, page.raw).toBe(200);
    expect(page.body.blocked).toBeNull();
    // The café has no office: Golv holds only its WC floor; every group has something there.
    expect(page.body.categories.map((c: { name: string }) => c.name)).toEqual(['Diskm.', 'Vitvaror', 'Golv', 'Målning', 'Lås & nycklar']);
    expect(page.body.categories[0].optionCount).toBe(4);
    expect(page.body.cart).toEqual({ count: 0, lines: [] });
    const parking = objects.body.objects.find((o: { number: string }) => o.number === 'P-01').id;
    expect((await lisa.get(`/api/portal/option-objects/${parking}`)).body.categories).toEqual([]);
  });

  it("shows a category's options with prices, spaces and the lock of the ongoing order in words", async () => {
    const page = await lisa.get(`/api/portal/option-objects/${cafe}?group=${diskm}`);
    expect(page.body.category.name).toBe('Diskm.');
    const first = page.body.category.options[0];
    expect(first).toMatchObject({ name: 'Diskmaskin Standard 60 cm', unit: 'other', monthlyOre: 12_500, feeOre: 95_000, spaces: [{ name: 'Storkök', inCart: null, locked: null }] });
    const painting = await lisa.get(`/api/portal/option-objects/${cafe}?group=${await demoGroup(t.database.db, 'Målning')}`);
    const wall = painting.body.category.options.find((o: { name: string }) => o.name === 'Målning av vägg');
    expect(wall.spaces[0].locked.code).toBe('OPTION_ONGOING_ORDER');
    expect(wall.spaces[0].locked.message).toMatch(/^Det finns redan en pågående beställning i Målning för Personalrum \(ärende \d{4}-\d{6}\)/);
  });

  it('tells Byggvaruhuset, in debt, why it cannot order, and refuses its Beställ with the reason', async () => {
    const page = await bo.get(`/api/portal/option-objects/${bygg.objectId}`);
    expect(page.body.blocked.message).toMatch(/obetald skuld/);
    const { spaceId } = await objectAndSpace(t.database.db, '2001', 'Personalrum');
    const refused = await add(bo, (await demoOption(t.database.db, 'Mikrovågsugn, inbyggd')).id, 1, spaceId, bygg.objectId);
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({ code: 'OPTION_DEBT', message: expect.stringContaining('obetald skuld') });
    bo.lang = 'en';
    expect((await add(bo, (await demoOption(t.database.db, 'Mikrovågsugn, inbyggd')).id, 1, spaceId, bygg.objectId)).body.error.message).toMatch(/unpaid debt/);
    bo.lang = 'sv';
  });
});

describe('the cart', () => {
  it('keeps a dishwasher on the server and locks the other dishwashers for the kitchen', async () => {
    const put = await add(lisa, standard);
    expect(put.status, put.raw).toBe(201);
    expect(put.body.cart.count).toBe(1);
    // A new login (another client) sees the same cart.
    const again = new Client(t.app); await again.loginTenant('lunden', 'Lunden#2026');
    expect((await cartOf(again)).lines.map((l: { name: string }) => l.name)).toEqual(['Diskmaskin Standard 60 cm']);
    const page = await lisa.get(`/api/portal/option-objects/${cafe}?group=${diskm}`);
    const byName = Object.fromEntries(page.body.category.options.map((o: { name: string; spaces: unknown[] }) => [o.name, o.spaces[0]]));
    expect(byName['Diskmaskin Standard 60 cm']).toMatchObject({ inCart: { quantity: 1 }, locked: null });
    expect(byName['Diskmaskin Tyst 60 cm'].locked.message).toBe('Du har redan Diskmaskin Standard 60 cm i Diskm. för Storkök i varukorgen. Man kan bara beställa ett sådant per utrymme: ta bort det ur varukorgen först.');
    const refused = await add(lisa, tyst);
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('OPTION_LOCKED_IN_CART');
    expect((await cartOf(lisa)).lines).toHaveLength(1);
  });

  it('refuses the bad quantities in words and leaves the cart as it was', async () => {
    const key = (await demoOption(t.database.db, 'Extra nyckel')).id;
    const { spaceId: forrad } = await objectAndSpace(t.database.db, '1001', 'Förråd');
    const before = await cartOf(lisa);
    const cases: [number, RegExp][] = [[0, /minst 1/], [-1, /minst 1/], [1.5, /heltal/], [6, /högst 5 st av Extra nyckel/]];
    for (const [quantity, words] of cases) {
      const res = await add(lisa, key, quantity, forrad);
      expect(res.status, `${quantity}: ${res.raw}`).toBe(422);
      expect(res.body.error.code).toBe('OPTION_QUANTITY');
      expect(res.body.error.message).toMatch(words);
    }
    // An option of another unit takes no quantity.
    const twice = await add(lisa, tyst, 2, storkok);
    expect(twice.status).toBe(422);
    expect(twice.body.error.message).toBe('Diskmaskin Tyst 60 cm beställs en gång, utan antal.');
    expect(await cartOf(lisa)).toEqual(before);
    // The line of a piece option takes + and − in the cart, within the same rules.
    const put = await add(lisa, key, 2, forrad);
    expect(put.status).toBe(201);
    const line = put.body.cart.lines.find((l: { name: string }) => l.name === 'Extra nyckel');
    expect((await patch(lisa, line.id, { quantity: 3 })).body.cart.lines.find((l: { id: string }) => l.id === line.id).quantity).toBe(3);
    expect((await patch(lisa, line.id, { quantity: 0 })).status).toBe(422);
    expect((await patch(lisa, line.id, { quantity: 1.5 })).status).toBe(422);
    expect((await patch(lisa, line.id, { quantity: 99 })).body.error.message).toMatch(/högst 5/);
    expect((await cartOf(lisa)).count).toBe(4);
    expect((await lisa.delete(`/api/portal/option-cart/${line.id}`)).body.cart.count).toBe(1);
  });

  it('refuses an option for another object or space, and a space of another kind', async () => {
    const { spaceId: wc } = await objectAndSpace(t.database.db, '1001', 'WC');
    const res = await add(lisa, standard, 1, wc);
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('OPTION_NOT_FOR_OBJECT');
    // Another customer's object is not found at all.
    expect((await add(lisa, standard, 1, storkok, bygg.objectId)).status).toBe(404);
    const { spaceId: byggWc } = await objectAndSpace(t.database.db, '2001', 'WC');
    expect((await add(lisa, (await demoOption(t.database.db, 'Klinkergolv i WC')).id, 1, byggWc)).status).toBe(422);
  });

  it("refuses an order in a group and space with an ongoing order, but not the group's other space or another group", async () => {
    const { spaceId: personalrum } = await objectAndSpace(t.database.db, '1001', 'Personalrum');
    const refused = await add(lisa, (await demoOption(t.database.db, 'Målning av vägg')).id, 1, personalrum);
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('OPTION_ONGOING_ORDER');
    const { spaceId: servering } = await objectAndSpace(t.database.db, '1001', 'Serveringsyta');
    const other = await add(lisa, (await demoOption(t.database.db, 'Målning av lokalyta')).id, 1, servering);
    expect(other.status, other.raw).toBe(201);
    const line = other.body.cart.lines.find((l: { name: string }) => l.name === 'Målning av lokalyta');
    expect((await lisa.delete(`/api/portal/option-cart/${line.id}`)).status).toBe(200);
  });
});

describe('checkout', () => {
  const body = (lines: { id: string; quantity: number }[], extra: Record<string, unknown> = {}) => ({
    rentalObjectId: cafe, idempotencyKey: randomUUID(), lines, contactName: 'Lisa Lund', contactPhone: '070-123 45 67',
    message: 'Ring innan ni kommer.', wishedTime: 'Vecka 3, förmiddag', termsAccepted: true, ...extra,
  });
  const shown = async () => (await cartOf(lisa)).lines.map((l: { id: string; quantity: number }) => ({ id: l.id, quantity: l.quantity }));

  it('shows the terms and the contact details to start from', async () => {
    const page = await lisa.get(`/api/portal/option-objects/${cafe}/checkout`);
    expect(page.body.terms).toMatch(/^Villkor för tillval/);
    expect(page.body.contact).toEqual({ name: 'Lisa Lund', phone: '070-123 45 67' });
  });

  it('refuses without the terms ticked, without a contact, or with a cart other than the one shown, and keeps the cart', async () => {
    const lines = await shown();
    const unticked = await lisa.post('/api/portal/option-orders', body(lines, { termsAccepted: false }));
    expect(unticked.status).toBe(422);
    expect(unticked.body.error).toMatchObject({ code: 'OPTION_TERMS_NOT_ACCEPTED', message: 'Kryssa i Jag godkänner villkoren för att skicka beställningen.', details: { field: 'termsAccepted' } });
    expect((await lisa.post('/api/portal/option-orders', body(lines, { contactPhone: '  ' }))).body.error.details.field).toBe('contactPhone');
    const other = await lisa.post('/api/portal/option-orders', body([{ id: lines[0].id, quantity: 2 }]));
    expect(other.status).toBe(409);
    expect(other.body.error.code).toBe('OPTION_CART_CHANGED');
    expect(await shown()).toEqual(lines);
  });

  it('refuses a stale cart after the catalogue changed, until the tenant saves the line again', async () => {
    const lines = await shown();
    await t.database.db.update(s.options).set({ monthlyOre: 13_500, version: sql`${s.options.version} + 1` }).where(eq(s.options.id, standard));
    const cart = await cartOf(lisa);
    expect(cart.lines[0]).toMatchObject({ changed: true, monthlyOre: 13_500 });
    const stale = await lisa.post('/api/portal/option-orders', body(lines));
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({ code: 'OPTION_CHANGED', message: expect.stringContaining('Diskmaskin Standard 60 cm har ändrats') });
    expect(await shown()).toEqual(lines);
    expect((await patch(lisa, lines[0].id, { quantity: 1 })).body.cart.lines[0].changed).toBe(false);
  });

  it('sends the order once for two submits at once and for the same key again; the cart empties and a receipt is mailed', async () => {
    const lines = await shown();
    const first = body(lines);
    const second = body(lines);
    const [a, b] = await Promise.all([lisa.post('/api/portal/option-orders', first), lisa.post('/api/portal/option-orders', second)]);
    const statuses = [a.status, b.status].sort();
    expect(statuses, `${a.raw} ${b.raw}`).toEqual([201, 409]);
    const made = a.status === 201 ? a : b;
    expect([a, b].find((r) => r.status === 409)!.body.error.code).toBe('OPTION_CART_EMPTY');
    expect(made.body.order.caseNumber).toMatch(/^\d{4}-\d{6}$/);
    const repeat = await lisa.post('/api/portal/option-orders', made === a ? first : second);
    expect(repeat.status).toBe(200);
    expect(repeat.body).toEqual({ ...made.body, created: false });
    expect(await cartOf(lisa)).toEqual({ count: 0, lines: [] });

    const orders = await t.database.db.select().from(s.optionOrders).where(eq(s.optionOrders.caseId, made.body.order.caseId));
    expect(orders).toHaveLength(1);
    const [theCase] = await t.database.db.select().from(s.cases).where(eq(s.cases.id, made.body.order.caseId));
    const [fredrik] = await t.database.db.select().from(s.staffUsers).where(eq(s.staffUsers.email, 'fastighetsansvarig@exempel.se'));
    expect(theCase).toMatchObject({ kind: 'option_order', categoryCode: 'option', status: 'registered', responsibleStaffId: fredrik!.id, title: 'Tillval: Diskmaskin Standard 60 cm' });
    const mail = await lastMessageTo(t.database, 'lisa@cafelunden.se');
    expect(mail.subject).toBe(`Tillvalsbeställning ${made.body.order.caseNumber} är mottagen`);
    expect(mail.text).toContain('Diskmaskin Standard 60 cm (Storkök): 135,00 kr/mån, engångsavgift 950,00 kr exkl. moms');

    // The order is an option case under Ärenden, and its details are the order's.
    const listed = (await lisa.get('/api/portal/cases')).body.cases.find((c: { id: string }) => c.id === made.body.order.caseId);
    expect(listed).toMatchObject({ kind: 'option_order', number: made.body.order.caseNumber });
    const detail = await lisa.get(`/api/portal/cases/${made.body.order.caseId}/option-order`);
    expect(detail.body.order).toMatchObject({ status: 'received', wishedTime: 'Vecka 3, förmiddag', lines: [{ name: 'Diskmaskin Standard 60 cm', spaceName: 'Storkök', quantity: 1, monthlyOre: 13_500 }] });

    // Now the kitchen's dishwashers are held by the ongoing order.
    const locked = await add(lisa, tyst);
    expect(locked.body.error.code).toBe('OPTION_ONGOING_ORDER');
  });

  it('refuses an empty cart in words', async () => {
    const res = await lisa.post('/api/portal/option-orders', body([]));
    expect(res.status).toBe(409);
    expect(res.body.error.message).toMatch(/Varukorgen är tom/);
  });
});

describe("another customer's records", () => {
  it("are not found: Byggvaruhuset's object, cart line and option case", async () => {
    expect((await lisa.get(`/api/portal/option-objects/${bygg.objectId}`)).status).toBe(404);
    expect((await lisa.get(`/api/portal/option-objects/${bygg.objectId}/checkout`)).status).toBe(404);
    expect((await patch(lisa, bygg.cartLineId, { quantity: 1 })).status).toBe(404);
    expect((await lisa.delete(`/api/portal/option-cart/${bygg.cartLineId}`)).status).toBe(404);
    expect((await lisa.get(`/api/portal/cases/${bygg.caseId}/option-order`)).status).toBe(404);
    const submit = await lisa.post('/api/portal/option-orders', {
      rentalObjectId: bygg.objectId, idempotencyKey: randomUUID(), lines: [{ id: bygg.cartLineId, quantity: 1 }], contactName: 'X', contactPhone: '1', message: '', wishedTime: '', termsAccepted: true,
    });
    expect(submit.status).toBe(404);
    // Theirs is as it was.
    expect((await cartOf(bo, bygg.objectId)).lines).toHaveLength(1);
  });
});
