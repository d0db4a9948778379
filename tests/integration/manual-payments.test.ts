// Manual payments in the back office (a tenant who paid to the wrong account, cash): with an OCR matched
// like an import's, without one the chosen customer's or the queue; money that is a customer's pays its
// open invoices at once, oldest due first (decision 0018); refusals in words; the same idempotency key
// twice books once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { Client } from '../support/client.ts';
import { auditEvents, customers, paymentAllocations, payments } from '../../server/db/schema/index.ts';
import { addDays } from '../../server/domain/billing/index.ts';
import { swedishDate } from '../../server/domain/dates.ts';
import { openInvoicesOf, remainingOf } from '../support/bank-files.ts';

let t: TestApp;
let eva: Client;
let lisa: Client;
let bo: Client;
let lundenId: string;
let byggId: string;
const today = swedishDate(new Date());

type Invoice = { id: string; number: number; status: string; remainingOre: number; ocr: string };

beforeAll(async () => {
  t = await createTestApp({ env: { LOGIN_RATE_LIMIT_MAX: '1000' } });
  eva = new Client(t.app); await eva.loginStaff('ekonomi@exempel.se', 'Ekonomi#2026');
  lisa = new Client(t.app); await lisa.loginTenant('lunden', 'Lunden#2026');
  bo = new Client(t.app); await bo.loginTenant('bygg', 'Bygg#2026');
  lundenId = (await t.database.db.select().from(customers).where(eq(customers.name, 'Café Lunden AB')))[0]!.id;
  byggId = (await t.database.db.select().from(customers).where(eq(customers.name, 'Byggvaruhuset Väst AB')))[0]!.id;
});
afterAll(async () => { await t?.close(); });

async function newLundenInvoice(): Promise<Invoice> {
  const res = await eva.post('/api/backoffice/invoices', { customerId: lundenId, text: 'Nyckelbricka', rows: [{ description: 'Bricka', netOre: 200_00, vatRatePercent: 25 }] });
  return (await eva.get(`/api/backoffice/invoices/${res.body.invoice.id}`)).body.invoice as Invoice;
}

const manual = (body: object) => eva.post('/api/backoffice/payments', { key: randomUUID(), paidOn: today, payerName: 'Café Lunden AB', ...body });

describe('a manual payment', () => {
  it("with the OCR of an open invoice pays it, like an import; the surplus pays the customer's oldest open invoice at once; audited", async () => {
    const invoice = await newLundenInvoice();
    const [oldest] = (await openInvoicesOf(t.database.db, 'Café Lunden AB')).filter((i) => i.id !== invoice.id);
    expect(oldest!.remainingOre).toBeGreaterThan(50_00);
    const creditBefore = (await lisa.get('/api/portal/balance')).body.creditOre as number;
    const res = await manual({ amountOre: invoice.remainingOre + 50_00, reference: ` ${invoice.ocr} `, note: 'Betalat till fel konto' });
    expect(res.status).toBe(201);
    expect(res.body.payment).toMatchObject({
      source: 'manual', kind: 'payment', amountOre: invoice.remainingOre + 50_00, leftOre: 0, reference: invoice.ocr, payerName: 'Café Lunden AB',
      inQueue: false, reason: null, customer: { id: lundenId }, customerBy: 'match', texts: ['Betalat till fel konto'],
    });
    expect(res.body.payment.allocations).toEqual(expect.arrayContaining([
      expect.objectContaining({ invoice: expect.objectContaining({ id: invoice.id }), amountOre: invoice.remainingOre }),
      expect.objectContaining({ invoice: expect.objectContaining({ id: oldest!.id }), amountOre: 50_00 }),
    ]));
    expect(res.body.creditUsed).toEqual([{ paymentId: res.body.payment.id, invoice: { id: oldest!.id, number: oldest!.number }, amountOre: 50_00 }]);
    expect(res.body.payment.history[0]).toMatchObject({ kind: 'received', by: 'Eva Ekonomi' });
    const after = (await lisa.get(`/api/portal/invoices/${invoice.id}`)).body.invoice;
    expect(after).toMatchObject({ status: 'paid', payments: [{ paidOn: today, amountOre: invoice.remainingOre }] });
    expect(await remainingOf(t.database.db, oldest!.id)).toBe(oldest!.remainingOre - 50_00);
    expect((await lisa.get('/api/portal/balance')).body.creditOre).toBe(creditBefore);
    const [event] = await t.database.db.select().from(auditEvents).where(and(eq(auditEvents.subjectId, res.body.payment.id), eq(auditEvents.action, 'payment.recorded')));
    expect(event).toMatchObject({ actorKind: 'staff' });
    expect(event!.details).toMatchObject({ amountOre: invoice.remainingOre + 50_00, paidOn: today, customerId: lundenId, allocations: [{ invoiceId: invoice.id, number: invoice.number }] });
    const used = await t.database.db.select().from(auditEvents).where(and(eq(auditEvents.subjectId, lundenId), eq(auditEvents.action, 'payment.credit_used')));
    expect(used.map((e) => e.details)).toContainEqual(expect.objectContaining({ totalOre: 50_00 }));
  });

  it('with a wrong OCR and no customer waits in the queue with the reason', async () => {
    const res = await manual({ amountOre: 321_00, reference: '12345678903', payerName: 'Okänd' });
    expect(res.status).toBe(201);
    expect(res.body.payment).toMatchObject({ inQueue: true, customer: null, leftOre: 321_00 });
    expect(['unknown_reference', 'invalid_reference']).toContain(res.body.payment.reason);
    const queue = (await eva.get('/api/backoffice/payments/queue')).body.payments as { id: string }[];
    expect(queue.map((p) => p.id)).toContain(res.body.payment.id);
    const none = await manual({ amountOre: 10_00, payerName: 'Kontant' });
    expect(none.body.payment).toMatchObject({ inQueue: true, reason: 'no_reference' });
  });

  it("without an OCR but with a customer pays the customer's open invoices, oldest due first", async () => {
    const [oldest] = await openInvoicesOf(t.database.db, 'Byggvaruhuset Väst AB');
    const before = (await bo.get('/api/portal/balance')).body.creditOre as number;
    const res = await manual({ amountOre: 75_00, customerId: byggId, payerName: 'Byggvaruhuset Väst AB' });
    expect(res.status).toBe(201);
    expect(res.body.payment).toMatchObject({ inQueue: false, customer: { id: byggId }, leftOre: 0, allocations: [{ invoice: { id: oldest!.id }, amountOre: 75_00 }] });
    expect(res.body.creditUsed).toEqual([expect.objectContaining({ invoice: { id: oldest!.id, number: oldest!.number }, amountOre: 75_00 })]);
    expect((await bo.get('/api/portal/balance')).body.creditOre).toBe(before);
    expect(await remainingOf(t.database.db, oldest!.id)).toBe(oldest!.remainingOre - 75_00);
    expect((await lisa.get('/api/portal/payments')).body.payments.map((p: { id: string }) => p.id)).not.toContain(res.body.payment.id);
  });

  it("is the customer's credit when it has no open invoice", async () => {
    const created = await eva.post('/api/backoffice/customers', {
      name: 'Linné Bageri AB', identityNumber: '5560360793', street: 'Linnégatan 42', postalCode: '41310', city: 'Göteborg', email: null, mobile: '', customerManagerId: null,
    });
    expect(created.status).toBe(201);
    const customerId = created.body.customer.id as string;
    const res = await manual({ amountOre: 40_00, customerId, payerName: 'Linné Bageri AB' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ payment: { inQueue: false, customer: { id: customerId }, leftOre: 40_00, allocations: [] }, creditUsed: [] });
  });

  it('refuses in words: an OCR of another customer than the one chosen, a day to come, zero or less, no payer, an unknown customer', async () => {
    const invoice = await newLundenInvoice();
    let res = await manual({ amountOre: 100_00, reference: invoice.ocr, customerId: byggId });
    expect(res.status).toBe(422);
    expect(res.body.error).toMatchObject({ code: 'MANUAL_PAYMENT_OCR_OF_OTHER_CUSTOMER', details: { field: 'reference' } });
    expect(res.body.error.message).toContain(`faktura ${invoice.number}`);
    res = await manual({ amountOre: 100_00, paidOn: addDays(today, 1) });
    expect(res.body.error).toMatchObject({ code: 'MANUAL_PAYMENT_IN_FUTURE', details: { field: 'paidOn' } });
    expect(res.body.error.message).toBe(`Betalningsdagen ${addDays(today, 1)} har inte varit än. Ange dagen pengarna kom in.`);
    for (const amountOre of [0, -5_00]) {
      res = await manual({ amountOre });
      expect(res.status).toBe(422);
      expect(res.body.error).toMatchObject({ code: 'PAYMENT_AMOUNT_NOT_POSITIVE', details: { field: 'amountOre' } });
    }
    res = await manual({ amountOre: 100_00, payerName: '   ' });
    expect(res.status).toBe(400);
    expect(res.body.error.details).toEqual({ field: 'payerName' });
    res = await manual({ amountOre: 100_00, customerId: randomUUID() });
    expect(res.body.error).toMatchObject({ code: 'UNKNOWN_CUSTOMER', details: { field: 'customerId' } });
    res = await manual({ amountOre: 1.5 });
    expect(res.status).toBe(400);
    expect((await lisa.get(`/api/portal/invoices/${invoice.id}`)).body.invoice.status).toBe('unpaid');
  });

  it('books once when the same form is sent twice (its key), and refuses the key with other details', async () => {
    const key = randomUUID();
    const body = { key, paidOn: today, amountOre: 55_00, payerName: 'Kontant', customerId: lundenId };
    const first = await eva.post('/api/backoffice/payments', body);
    const second = await eva.post('/api/backoffice/payments', body);
    expect(first.status).toBe(201);
    expect(second.status).toBe(200);
    expect(second.body.payment.id).toBe(first.body.payment.id);
    const [third, fourth] = await Promise.all([eva.post('/api/backoffice/payments', body), eva.post('/api/backoffice/payments', body)]);
    expect([third.status, fourth.status]).toEqual([200, 200]);
    expect(await t.database.db.select().from(payments).where(eq(payments.identity, `manual:${key}`))).toHaveLength(1);
    const other = await eva.post('/api/backoffice/payments', { ...body, amountOre: 56_00 });
    expect(other.status).toBe(409);
    expect(other.body.error.code).toBe('MANUAL_PAYMENT_KEY_REUSED');

    const concurrentKey = randomUUID();
    const both = await Promise.all([0, 1].map(() => eva.post('/api/backoffice/payments', { ...body, key: concurrentKey })));
    expect(both.map((r) => r.status).sort()).toEqual([200, 201]);
    const rows = await t.database.db.select().from(payments).where(eq(payments.identity, `manual:${concurrentKey}`));
    expect(rows).toHaveLength(1);
    // Its money paid Café Lunden's open invoices once, by the request that booked it.
    const paid = await t.database.db.select().from(paymentAllocations).where(eq(paymentAllocations.paymentId, rows[0]!.id));
    expect(paid.reduce((sum, a) => sum + a.amountOre, 0)).toBe(55_00);
  });
});
