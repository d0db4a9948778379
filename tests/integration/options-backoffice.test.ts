// The option catalogue and option orders in the back office (issue 12): groups and options with pictures
// through the upload checks, retiring without losing history, the terms, who may do what; an order moved
// Mottagen → Godkänd → Planerad → Utförd, where the surcharge becomes a rent row from the next billing
// period (the next avi carries it) and the fee an invoice with its own OCR, which until paid holds the
// group and space (rule 3).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import sharp from 'sharp';
import { and, desc, eq } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { Client } from '../support/client.ts';
import { lastMessageTo } from '../support/mailbox.ts';
import { demoGroup, demoOption, objectAndSpace } from '../support/options.ts';
import * as s from '../../server/db/schema/index.ts';
import { addDays } from '../../server/domain/billing/calendar.ts';
import { periodKeyOf } from '../../server/domain/billing/periods.ts';
import { swedishDate } from '../../server/domain/dates.ts';

let t: TestApp;
let admin: Client;
let fredrik: Client;
let eva: Client;
let karin: Client;
let lisa: Client;

beforeAll(async () => {
  t = await createTestApp({ env: { LOGIN_RATE_LIMIT_MAX: '1000' } });
  admin = new Client(t.app); await admin.loginStaff();
  fredrik = new Client(t.app); await fredrik.loginStaff('fastighetsansvarig@exempel.se', 'Fastighet#2026');
  eva = new Client(t.app); await eva.loginStaff('ekonomi@exempel.se', 'Ekonomi#2026');
  karin = new Client(t.app); await karin.loginStaff('kundansvarig@exempel.se', 'Kund#2026');
  lisa = new Client(t.app); await lisa.loginTenant('lunden', 'Lunden#2026');
});
afterAll(async () => { await t?.close(); });

const put = (c: Client, url: string, body: unknown) => c.request('PUT', url, body);

describe('the catalogue', () => {
  let groupId: string;
  let optionId: string;
  const option = (extra: Record<string, unknown> = {}) => ({
    groupId, name: 'Handdukstork', description: 'Elektrisk handdukstork, 60 W, med timer.', monthlyOre: 3_000, monthlyVatRatePercent: 25, feeOre: 80_000,
    feeVatRatePercent: 25, unit: 'other', maxQuantity: 3, spaceKind: 'bathroom', objectTypes: ['premises'], objectIds: [], sortOrder: 1, ...extra,
  });

  it('lets the property manager add a group and an option; finance and the customer manager may only read', async () => {
    const group = await fredrik.post('/api/backoffice/option-groups', { name: 'Badrum', sortOrder: 9 });
    expect(group.status, group.raw).toBe(201);
    groupId = group.body.id;
    const made = await fredrik.post('/api/backoffice/options', option());
    expect(made.status, made.raw).toBe(201);
    optionId = made.body.id;
    const catalogue = (await eva.get('/api/backoffice/option-catalogue')).body;
    // An option not sold in pieces is ordered once, whatever the form said.
    expect(catalogue.options.find((o: { id: string }) => o.id === optionId)).toMatchObject({ name: 'Handdukstork', maxQuantity: 1, retired: false, pictures: [] });
    expect(catalogue.groups.find((g: { id: string }) => g.id === groupId)).toMatchObject({ name: 'Badrum', optionCount: 1 });
    expect((await eva.post('/api/backoffice/option-groups', { name: 'Nej', sortOrder: 1 })).status).toBe(403);
    expect((await karin.post('/api/backoffice/options', option())).status).toBe(403);
  });

  it('refuses an option without a price or a place, in words naming the field', async () => {
    const free = await admin.post('/api/backoffice/options', option({ monthlyOre: null, feeOre: 0 }));
    expect(free.status).toBe(422);
    expect(free.body.error).toMatchObject({ code: 'OPTION_PRICE_MISSING', details: { field: 'monthlyOre' } });
    const nowhere = await admin.post('/api/backoffice/options', option({ objectTypes: [] }));
    expect(nowhere.body.error).toMatchObject({ code: 'OPTION_PLACE_MISSING', message: 'Välj minst en objekttyp eller ett hyresobjekt där tillvalet gäller.' });
    expect((await admin.post('/api/backoffice/options', option({ groupId: randomUUID() }))).body.error.code).toBe('OPTION_GROUP_UNKNOWN');
    expect((await admin.post('/api/backoffice/options', option({ objectIds: [randomUUID()] }))).status).toBe(400);
  });

  it('takes pictures through the upload checks (redrawn, with a thumbnail) and shows them to tenants', async () => {
    const png = await sharp({ create: { width: 3200, height: 1800, channels: 3, background: '#88aacc' } }).png().toBuffer();
    const upload = await admin.upload('/api/backoffice/uploads', png, 'tork.png', 'image/png');
    expect(upload.status, upload.raw).toBe(201);
    const id = upload.body.attachment.id;
    const added = await admin.post(`/api/backoffice/options/${optionId}/pictures`, { attachmentId: id });
    expect(added.status, added.raw).toBe(200);
    expect(added.body.options.find((o: { id: string }) => o.id === optionId).pictures).toEqual([{ id, filename: 'tork.png' }]);
    const full = await lisa.get(`/api/portal/attachments/${id}`);
    expect(full.status).toBe(200);
    expect((await sharp(full.bytes).metadata()).width).toBe(2560);
    const thumb = await lisa.get(`/api/portal/attachments/${id}?size=thumbnail`);
    expect(thumb.headers['content-type']).toBe('image/webp');
    // A PDF is no picture, and the same upload twice is taken once.
    const pdf = await admin.upload('/api/backoffice/uploads', Buffer.from('%PDF-1.4\n%%EOF\n'), 'a.pdf', 'application/pdf');
    expect((await admin.post(`/api/backoffice/options/${optionId}/pictures`, { attachmentId: pdf.body.attachment.id })).body.error.code).toBe('OPTION_PICTURE_NOT_IMAGE');
    expect((await admin.post(`/api/backoffice/options/${optionId}/pictures`, { attachmentId: id })).status).toBe(422);
    expect((await admin.request('DELETE', `/api/backoffice/options/${optionId}/pictures/${id}`)).body.options.find((o: { id: string }) => o.id === optionId).pictures).toEqual([]);
  });

  it('retires an option and a group without losing them: tenants no longer see them, staff still do', async () => {
    const cafe = (await objectAndSpace(t.database.db, '1001', 'WC')).objectId;
    const seen = async () => (await lisa.get(`/api/portal/option-objects/${cafe}`)).body.categories.map((c: { name: string }) => c.name);
    expect(await seen()).toContain('Badrum');
    const retired = await admin.request('PUT', `/api/backoffice/options/${optionId}`, { ...option(), retired: true });
    expect(retired.status, retired.raw).toBe(200);
    expect(retired.body.options.find((o: { id: string }) => o.id === optionId).retired).toBe(true);
    expect(await seen()).not.toContain('Badrum');
    await put(admin, `/api/backoffice/options/${optionId}`, { ...option(), retired: false });
    expect(await seen()).toContain('Badrum');
    await put(admin, `/api/backoffice/option-groups/${groupId}`, { name: 'Badrum', sortOrder: 9, retired: true });
    expect(await seen()).not.toContain('Badrum');
    const [audit] = await t.database.db.select().from(s.auditEvents).where(eq(s.auditEvents.action, 'option.retired'));
    expect(audit).toMatchObject({ subjectId: optionId });
  });

  it('keeps the terms in the settings: changed by an editor, shown at checkout', async () => {
    const changed = await put(admin, '/api/backoffice/option-terms', { text: 'Nya villkor: ett tillval gäller så länge avtalet löper.' });
    expect(changed.body).toEqual({ text: 'Nya villkor: ett tillval gäller så länge avtalet löper.' });
    expect((await put(eva, '/api/backoffice/option-terms', { text: 'x' })).status).toBe(403);
    expect((await put(admin, '/api/backoffice/option-terms', { text: ' ' })).status).toBe(400);
    const cafe = (await objectAndSpace(t.database.db, '1001', 'WC')).objectId;
    expect((await lisa.get(`/api/portal/option-objects/${cafe}/checkout`)).body.terms).toBe('Nya villkor: ett tillval gäller så länge avtalet löper.');
  });
});

describe('processing an order to Utförd', () => {
  let orderId: string;
  let caseId: string;
  let cafe: string;
  let storkok: string;

  beforeAll(async () => {
    ({ objectId: cafe, spaceId: storkok } = await objectAndSpace(t.database.db, '1001', 'Storkök'));
    const standard = await demoOption(t.database.db, 'Diskmaskin Standard 60 cm');
    const cart = await lisa.post('/api/portal/option-cart', { rentalObjectId: cafe, optionId: standard.id, spaceId: storkok, quantity: 1 });
    const sent = await lisa.post('/api/portal/option-orders', {
      rentalObjectId: cafe, idempotencyKey: randomUUID(), lines: [{ id: cart.body.cart.lines[0].id, quantity: 1 }], contactName: 'Lisa Lund',
      contactPhone: '070-123 45 67', message: '', wishedTime: '', termsAccepted: true,
    });
    expect(sent.status, sent.raw).toBe(201);
    caseId = sent.body.order.caseId;
    orderId = (await t.database.db.select().from(s.optionOrders).where(eq(s.optionOrders.caseId, caseId)))[0]!.id;
  });

  const move = (c: Client, from: string, to: string, extra: Record<string, unknown> = {}) => c.post(`/api/backoffice/option-orders/${orderId}/status`, { from, to, ...extra });

  it('lists the order for the property manager and behind its case', async () => {
    const open = await fredrik.get('/api/backoffice/option-orders');
    expect(open.body.orders.map((o: { id: string }) => o.id)).toContain(orderId);
    const viaCase = await fredrik.get(`/api/backoffice/cases/${caseId}/option-order`);
    expect(viaCase.body.order).toMatchObject({ id: orderId, status: 'received', next: ['approved', 'rejected'], customerName: 'Café Lunden AB' });
  });

  it('refuses moves that skip a step, come from a status the order no longer has, or lack the date', async () => {
    expect((await move(fredrik, 'received', 'done')).body.error.code).toBe('OPTION_STATUS_MOVE');
    expect((await move(fredrik, 'approved', 'planned', { plannedDate: '2027-01-20' })).status).toBe(409);
    expect((await move(eva, 'received', 'approved')).status).toBe(403);
    expect((await move(fredrik, 'received', 'approved')).body.order.status).toBe('approved');
    const noDate = await move(fredrik, 'approved', 'planned', { plannedDate: null });
    expect(noDate.status).toBe(422);
    expect(noDate.body.error.message).toBe('Ange det datum arbetet är planerat till.');
    const planned = await move(fredrik, 'approved', 'planned', { plannedDate: '2027-01-20' });
    expect(planned.body.order).toMatchObject({ status: 'planned', plannedDate: '2027-01-20' });
    // The tenant sees the date, and is told by e-mail.
    expect((await lisa.get(`/api/portal/cases/${caseId}/option-order`)).body.order.plannedDate).toBe('2027-01-20');
    expect((await lastMessageTo(t.database, 'lisa@cafelunden.se')).text).toContain('planerat till 2027-01-20');
    const [theCase] = await t.database.db.select().from(s.cases).where(eq(s.cases.id, caseId));
    expect(theCase!.status).toBe('in_progress');
  });

  it('at Utförd makes the surcharge a rent row from the next period not yet invoiced, and the fee an invoice with its own OCR', async () => {
    const [lease] = await t.database.db.select().from(s.leases).where(eq(s.leases.number, '100101'));
    const [latest] = await t.database.db.select({ to: s.invoices.periodTo }).from(s.invoices)
      .where(and(eq(s.invoices.leaseId, lease!.id), eq(s.invoices.kind, 'rent'))).orderBy(desc(s.invoices.periodTo)).limit(1);
    const nextStart = addDays(latest!.to!, 1);
    const period = periodKeyOf('quarter', nextStart);
    const before = (await admin.post('/api/backoffice/invoice-runs/preview', { period })).body.invoices.find((i: { leaseNumber: string }) => i.leaseNumber === '100101');

    const done = await move(fredrik, 'planned', 'done');
    expect(done.status, done.raw).toBe(200);
    expect(done.body.order.feeInvoice).toMatchObject({ totalOre: 118_750, paid: false, ocr: expect.stringMatching(/^\d+$/) });
    const rows = await t.database.db.select().from(s.rentRows).where(and(eq(s.rentRows.leaseId, lease!.id), eq(s.rentRows.description, 'Tillval: Diskmaskin Standard 60 cm')));
    expect(rows).toEqual([expect.objectContaining({ kind: 'service', amountOre: 12_500, per: 'month', vatRatePercent: 25, validFrom: nextStart, validTo: null })]);
    const [line] = await t.database.db.select().from(s.optionOrderLines).where(eq(s.optionOrderLines.orderId, orderId));
    expect(line!.rentRowId).toBe(rows[0]!.id);

    // The next avi carries it: three months of 125 kr plus VAT.
    const after = (await admin.post('/api/backoffice/invoice-runs/preview', { period })).body.invoices.find((i: { leaseNumber: string }) => i.leaseNumber === '100101');
    expect(after.totalOre - before.totalOre).toBe(3 * 12_500 * 1.25);
    // The fee invoice is the tenant's, and its e-mail went out.
    const invoice = await lisa.get(`/api/portal/invoices/${done.body.order.feeInvoice.id}`);
    expect(invoice.status).toBe(200);
    const events = await t.database.db.select({ action: s.auditEvents.action }).from(s.auditEvents).where(eq(s.auditEvents.subjectId, caseId));
    expect(events.map((e) => e.action)).toContain('option_order.status_changed');
  });

  it('holds the kitchen for dishwashers until the fee is paid, then lets the tenant order again', async () => {
    const tyst = await demoOption(t.database.db, 'Diskmaskin Tyst 60 cm');
    const held = await lisa.post('/api/portal/option-cart', { rentalObjectId: cafe, optionId: tyst.id, spaceId: storkok, quantity: 1 });
    expect(held.status).toBe(409);
    expect(held.body.error).toMatchObject({ code: 'OPTION_UNPAID_FEE', message: 'Ett tillval i Diskm. för Storkök har en avgift som inte är färdigbetald. Du kan beställa igen när avgiften är betald.' });
    // Another group in the same kitchen is not held.
    const fridge = await demoOption(t.database.db, 'Kyl och frys, 185 cm');
    const other = await lisa.post('/api/portal/option-cart', { rentalObjectId: cafe, optionId: fridge.id, spaceId: storkok, quantity: 1 });
    expect(other.status, other.raw).toBe(201);
    await lisa.delete(`/api/portal/option-cart/${other.body.cart.lines[0].id}`);

    const fee = (await fredrik.get(`/api/backoffice/option-orders/${orderId}`)).body.order.feeInvoice;
    const [customer] = await t.database.db.select().from(s.customers).where(eq(s.customers.name, 'Café Lunden AB'));
    const paid = await eva.post('/api/backoffice/payments', {
      key: randomUUID(), paidOn: swedishDate(t.clock.now()), amountOre: fee.totalOre, reference: fee.ocr, payerName: 'Café Lunden AB', customerId: customer!.id,
    });
    expect(paid.status, paid.raw).toBeLessThan(300);
    expect((await fredrik.get(`/api/backoffice/option-orders/${orderId}`)).body.order.feeInvoice.paid).toBe(true);
    const again = await lisa.post('/api/portal/option-cart', { rentalObjectId: cafe, optionId: tyst.id, spaceId: storkok, quantity: 1 });
    expect(again.status, again.raw).toBe(201);
  });

  it('closes the order (Avslutad closes the case); a rejected order needs a reason the tenant sees', async () => {
    // Lisa last used the portal in English: the word of her closed order comes in English.
    await t.database.db.update(s.tenantUsers).set({ language: 'en' }).where(eq(s.tenantUsers.username, 'lunden'));
    const closed = await move(fredrik, 'done', 'closed');
    expect(closed.body.order).toMatchObject({ status: 'closed', next: [] });
    const told = await lastMessageTo(t.database, 'lisa@cafelunden.se');
    expect(told.subject).toMatch(/^Option order/);
    expect(told.text).toContain('Your option order is closed.');
    await t.database.db.update(s.tenantUsers).set({ language: 'sv' }).where(eq(s.tenantUsers.username, 'lunden'));
    const [theCase] = await t.database.db.select().from(s.cases).where(eq(s.cases.id, caseId));
    expect(theCase!.status).toBe('closed');
    expect((await move(fredrik, 'closed', 'rejected', { reason: 'x' })).status).toBe(409);

    // Another order, rejected with a reason.
    const key = await demoOption(t.database.db, 'Extra nyckel');
    const { spaceId: forrad } = await objectAndSpace(t.database.db, '1001', 'Förråd');
    const cart = await lisa.post('/api/portal/option-cart', { rentalObjectId: cafe, optionId: key.id, spaceId: forrad, quantity: 2 });
    const keyLine = cart.body.cart.lines.find((l: { name: string }) => l.name === 'Extra nyckel');
    const lines = cart.body.cart.lines.map((l: { id: string; quantity: number }) => ({ id: l.id, quantity: l.quantity }));
    expect(keyLine.quantity).toBe(2);
    const sent = await lisa.post('/api/portal/option-orders', { rentalObjectId: cafe, idempotencyKey: randomUUID(), lines, contactName: 'Lisa', contactPhone: '1', message: '', wishedTime: '', termsAccepted: true });
    const [order] = await t.database.db.select().from(s.optionOrders).where(eq(s.optionOrders.caseId, sent.body.order.caseId));
    const noReason = await fredrik.post(`/api/backoffice/option-orders/${order!.id}/status`, { from: 'received', to: 'rejected', reason: '  ' });
    expect(noReason.body.error.code).toBe('OPTION_REJECTION_REASON_MISSING');
    const rejected = await fredrik.post(`/api/backoffice/option-orders/${order!.id}/status`, { from: 'received', to: 'rejected', reason: 'Låssystemet byts i vår; beställ igen efter det.' });
    expect(rejected.body.order).toMatchObject({ status: 'rejected', rejectionReason: 'Låssystemet byts i vår; beställ igen efter det.' });
    expect((await lisa.get(`/api/portal/cases/${sent.body.order.caseId}/option-order`)).body.order.rejectionReason).toBe('Låssystemet byts i vår; beställ igen efter det.');
    // A rejected order holds nothing: the group and space may be ordered again.
    const again = await lisa.post('/api/portal/option-cart', { rentalObjectId: cafe, optionId: key.id, spaceId: forrad, quantity: 1 });
    expect(again.status, again.raw).toBe(201);
    expect(await demoGroup(t.database.db, 'Lås & nycklar')).toBeTruthy();
  });
});
