// The unmatched-payment queue in the back office: the list, searching invoices, allocating by hand
// (the rest queued or as credit), assigning to a customer, refunding, undoing an allocation; every
// refusal in words, a double submit and two staff at once book once; who may do it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { Client } from '../support/client.ts';
import { auditEvents, bankFiles, customers, invoices, paymentAllocations, paymentAssignments, payments } from '../../server/db/schema/index.ts';
import { swedishDate } from '../../server/domain/dates.ts';
import { openInvoicesOf, remainingOf } from '../support/bank-files.ts';

let t: TestApp;
let admin: Client;
let eva: Client;
let evaEn: Client;
let karin: Client;
let fredrik: Client;
let lisa: Client;
let bo: Client;
let lundenId: string;
let byggId: string;
const today = swedishDate(new Date());

type Invoice = { id: string; number: number; status: string; remainingOre: number; totalOre: number; kind: string; dueDate: string };
type Payment = { id: string; leftOre: number; inQueue: boolean; reason: string | null; customer: { id: string; name: string } | null; customerBy: string | null;
  allocations: { invoice: { id: string; number: number }; amountOre: number }[]; refunds: { amountOre: number; to: string; note: string | null }[];
  history: { kind: string; amountOre: number; invoice: { number: number } | null; by: string | null }[] };

beforeAll(async () => {
  t = await createTestApp({ env: { LOGIN_RATE_LIMIT_MAX: '1000' } });
  admin = new Client(t.app); await admin.loginStaff('admin@exempel.se', 'Admin#2026');
  eva = new Client(t.app); await eva.loginStaff('ekonomi@exempel.se', 'Ekonomi#2026');
  karin = new Client(t.app); await karin.loginStaff('kundansvarig@exempel.se', 'Kund#2026');
  fredrik = new Client(t.app); await fredrik.loginStaff('fastighetsansvarig@exempel.se', 'Fastighet#2026');
  evaEn = new Client(t.app, 'en');
  lisa = new Client(t.app); await lisa.loginTenant('lunden', 'Lunden#2026');
  bo = new Client(t.app); await bo.loginTenant('bygg', 'Bygg#2026');
  const db = t.database.db;
  lundenId = (await db.select().from(customers).where(eq(customers.name, 'Café Lunden AB')))[0]!.id;
  byggId = (await db.select().from(customers).where(eq(customers.name, 'Byggvaruhuset Väst AB')))[0]!.id;
});
afterAll(async () => { await t?.close(); });

/** A bank payment that could not be matched, as an import books it. */
async function queued(amountOre: number, options: { kind?: string; reference?: string; customerId?: string | null; reason?: string; bankFileId?: string | null } = {}) {
  const id = randomUUID();
  await t.database.db.insert(payments).values({
    id, customerId: options.customerId ?? null, amountOre, paidOn: today, reference: options.reference ?? '99999999999', source: 'bank', kind: options.kind ?? 'payment',
    identity: `test:${id}`, payerName: 'Okänd Betalare AB', unmatchedReason: options.reason ?? 'unknown_reference', bankFileId: options.bankFileId ?? null,
    details: { freeText: ['Hyra mars'] }, createdAt: new Date(),
  });
  return id;
}

async function invoicesOf(client: Client): Promise<Invoice[]> {
  return (await client.get('/api/portal/invoices?unpaid=false')).body.invoices as Invoice[];
}

async function overdueOfBygg(): Promise<Invoice> {
  const all = await invoicesOf(bo);
  return all.find((i) => i.status === 'overdue')!;
}

async function payment(id: string, client = eva): Promise<Payment> {
  const res = await client.get(`/api/backoffice/payments/${id}`);
  expect(res.status).toBe(200);
  return res.body.payment as Payment;
}

/** A Café Lunden invoice by number, issued now (unpaid), for tests that need one open. */
async function openLundenInvoice(): Promise<Invoice> {
  const res = await admin.post('/api/backoffice/invoices', { customerId: lundenId, text: 'Extra städning', rows: [{ description: 'Städning', netOre: 800_00, vatRatePercent: 25 }] });
  expect(res.status).toBe(201);
  const { invoice } = (await admin.get(`/api/backoffice/invoices/${res.body.invoice.id}`)).body;
  return invoice as Invoice;
}

describe('the queue', () => {
  it("has the demo's payment: Byggvaruhuset's overdue avi paid with a mistyped OCR", async () => {
    const overdue = await overdueOfBygg();
    const ocr = (await eva.get(`/api/backoffice/invoices/${overdue.id}`)).body.invoice.ocr as string;
    const demo = (await eva.get('/api/backoffice/payments/queue')).body.payments.find((p: { source: string }) => p.source === 'demo');
    expect(demo).toMatchObject({ kind: 'payment', amountOre: overdue.remainingOre, leftOre: overdue.remainingOre, payerName: 'BYGGVARUHUSET VAST AB', reason: 'invalid_reference', bankFile: null });
    expect(demo.reference).not.toBe(ocr);
    expect([...demo.reference].sort().join('')).toBe([...ocr].sort().join(''));
  });

  it('lists payments nobody\'s and returns waiting, oldest first, with reason, payer, references and file; not credit, not refunds', async () => {
    const fileId = randomUUID();
    await t.database.db.insert(bankFiles).values({ id: fileId, sha256: `test-${fileId}`, format: 'camt.054', fileName: 'camt054-test.xml', sizeBytes: 1, fileKey: 'k', source: 'upload', status: 'done', receivedAt: new Date() });
    const waiting = await queued(1_234_00, { bankFileId: fileId });
    const ret = await queued(-500_00, { kind: 'return', customerId: lundenId, reason: 'return' });
    const credit = await queued(300_00, { customerId: lundenId, reason: 'unknown_reference' });
    const res = await eva.get('/api/backoffice/payments/queue');
    expect(res.status).toBe(200);
    const ids = res.body.payments.map((p: { id: string }) => p.id);
    expect(ids).toEqual(expect.arrayContaining([waiting, ret]));
    expect(ids).not.toContain(credit);
    expect(res.body.payments.find((p: { id: string }) => p.id === waiting)).toMatchObject({
      kind: 'payment', source: 'bank', amountOre: 1_234_00, leftOre: 1_234_00, reference: '99999999999', payerName: 'Okänd Betalare AB',
      reason: 'unknown_reference', texts: ['Hyra mars'], bankFile: { id: fileId, fileName: 'camt054-test.xml', format: 'camt.054' },
    });
    expect(res.body.payments.find((p: { id: string }) => p.id === ret)).toMatchObject({ kind: 'return', amountOre: -500_00, leftOre: -500_00, reason: 'return' });
    expect(res.body.count).toBe(res.body.payments.length);
    const dates = res.body.payments.map((p: { paidOn: string }) => p.paidOn);
    expect(dates).toEqual([...dates].sort());
  });

  it('finds invoices to allocate to by OCR, number, customer name, organisation number and amount, never credit notes', async () => {
    const overdue = await overdueOfBygg();
    const detail = (await eva.get(`/api/backoffice/invoices/${overdue.id}`)).body.invoice;
    const find = async (query: string) => (await eva.get(`/api/backoffice/payments/invoices?${query}`)).body.invoices.map((i: { id: string }) => i.id) as string[];
    expect(await find(`q=${detail.ocr}`)).toEqual([overdue.id]);
    expect(await find(`q=${overdue.number}`)).toContain(overdue.id);
    expect(await find(`q=${encodeURIComponent('Byggvaruhuset')}&amountOre=${overdue.remainingOre}`)).toContain(overdue.id);
    expect(await find(`q=${encodeURIComponent(detail.customer.identityNumber)}`)).toContain(overdue.id);
    const kinds = (await eva.get(`/api/backoffice/payments/invoices?customerId=${lundenId}`)).body.invoices.map((i: { kind: string }) => i.kind);
    expect(kinds.length).toBeGreaterThan(0);
    expect(kinds).not.toContain('credit');
  });
});

describe('allocating a queued payment by hand', () => {
  it("pays Byggvaruhuset's overdue avi: the tenant sees it paid and the payment, which is now the customer's; audited", async () => {
    const overdue = await overdueOfBygg();
    const id = await queued(overdue.remainingOre);
    const res = await eva.post(`/api/backoffice/payments/${id}/allocations`, { lines: [{ invoiceId: overdue.id, amountOre: overdue.remainingOre }], expectedLeftOre: overdue.remainingOre });
    expect(res.status).toBe(200);
    expect(res.body.payment).toMatchObject({
      leftOre: 0, inQueue: false, reason: null, customer: { id: byggId, name: 'Byggvaruhuset Väst AB' }, customerBy: 'assignment',
      allocations: [{ invoice: { id: overdue.id, number: overdue.number }, amountOre: overdue.remainingOre }],
    });
    expect(res.body.payment.history.map((h: { kind: string }) => h.kind)).toEqual(['received', 'allocated', 'assigned']);
    expect(res.body.payment.history[1].by).toBe('Eva Ekonomi');

    const after = (await invoicesOf(bo)).find((i) => i.id === overdue.id)!;
    expect(after).toMatchObject({ status: 'paid', remainingOre: 0 });
    const avi = (await bo.get(`/api/portal/invoices/${overdue.id}`)).body.invoice;
    expect(avi.payments).toEqual([{ id, paidOn: today, amountOre: overdue.remainingOre }]);
    expect((await bo.get('/api/portal/payments')).body.payments.map((p: { id: string }) => p.id)).toContain(id);
    expect((await lisa.get('/api/portal/payments')).body.payments.map((p: { id: string }) => p.id)).not.toContain(id);
    expect((await eva.get('/api/backoffice/payments/queue')).body.payments.map((p: { id: string }) => p.id)).not.toContain(id);

    const events = await t.database.db.select().from(auditEvents).where(eq(auditEvents.subjectId, id));
    expect(events.map((e) => e.action).sort()).toEqual(['payment.allocated', 'payment.assigned']);
    expect(events.find((e) => e.action === 'payment.allocated')!.details).toMatchObject({ allocations: [{ invoiceId: overdue.id, number: overdue.number, amountOre: overdue.remainingOre }], leftOre: 0 });
  });

  it("keeps the rest in the queue, or gives it to the customer, whose oldest open invoice it pays at once", async () => {
    const invoice = await openLundenInvoice();
    const id = await queued(invoice.remainingOre + 200_00);
    let res = await eva.post(`/api/backoffice/payments/${id}/allocations`, { lines: [{ invoiceId: invoice.id, amountOre: 300_00 }], rest: 'queue', expectedLeftOre: invoice.remainingOre + 200_00 });
    expect(res.status).toBe(200);
    expect(res.body.payment).toMatchObject({ leftOre: invoice.remainingOre - 100_00, inQueue: true, customer: null });
    expect((await eva.get('/api/backoffice/payments/queue')).body.payments.find((p: { id: string }) => p.id === id)).toMatchObject({ leftOre: invoice.remainingOre - 100_00 });
    expect((await invoicesOf(lisa)).find((i) => i.id === invoice.id)).toMatchObject({ status: 'partly_paid', remainingOre: invoice.remainingOre - 300_00 });

    const creditBefore = (await lisa.get('/api/portal/balance')).body.creditOre as number;
    const [oldest] = (await openInvoicesOf(t.database.db, 'Café Lunden AB')).filter((i) => i.id !== invoice.id);
    expect(oldest!.remainingOre).toBeGreaterThan(200_00);
    res = await eva.post(`/api/backoffice/payments/${id}/allocations`, { lines: [{ invoiceId: invoice.id, amountOre: invoice.remainingOre - 300_00 }], rest: 'credit', expectedLeftOre: invoice.remainingOre - 100_00 });
    expect(res.status).toBe(200);
    expect(res.body.payment).toMatchObject({ leftOre: 0, inQueue: false, customer: { id: lundenId }, customerBy: 'assignment' });
    expect(res.body.payment.allocations).toEqual(expect.arrayContaining([
      expect.objectContaining({ invoice: expect.objectContaining({ id: invoice.id }), amountOre: invoice.remainingOre }),
      expect.objectContaining({ invoice: expect.objectContaining({ id: oldest!.id }), amountOre: 200_00 }),
    ]));
    expect(res.body.creditUsed).toEqual([{ paymentId: id, invoice: { id: oldest!.id, number: oldest!.number }, amountOre: 200_00 }]);
    expect(res.body.payment.history.map((h: { kind: string }) => h.kind)).toEqual(['received', 'allocated', 'allocated', 'assigned', 'allocated']);
    expect((await invoicesOf(lisa)).find((i) => i.id === invoice.id)).toMatchObject({ status: 'paid', remainingOre: 0 });
    expect(await remainingOf(t.database.db, oldest!.id)).toBe(oldest!.remainingOre - 200_00);
    expect((await lisa.get('/api/portal/balance')).body.creditOre).toBe(creditBefore);
  });

  it('refuses in words: more than is left, more than the invoice has left, a credit note, zero or less, an unknown invoice, none', async () => {
    const overdueId = (await openLundenInvoice());
    const id = await queued(500_00);
    const allocate = (lines: unknown[], client = eva) => client.post(`/api/backoffice/payments/${id}/allocations`, { lines, expectedLeftOre: 500_00 });

    let res = await allocate([{ invoiceId: overdueId.id, amountOre: 500_01 }]);
    expect(res.status).toBe(422);
    expect(res.body.error).toMatchObject({ code: 'PAYMENT_OVER_LEFT', details: { field: 'lines', leftOre: 500_00 } });
    expect(res.body.error.message).toBe('Beloppet är större än det som återstår av betalningen: högst 500,00 kr.');

    const big = await queued(100_000_00);
    res = await eva.post(`/api/backoffice/payments/${big}/allocations`, { lines: [{ invoiceId: overdueId.id, amountOre: overdueId.remainingOre + 1 }], expectedLeftOre: 100_000_00 });
    expect(res.status).toBe(422);
    expect(res.body.error).toMatchObject({ code: 'ALLOCATION_OVER_INVOICE', details: { field: 'lines.0.amountOre', maxOre: overdueId.remainingOre } });
    expect(res.body.error.message).toContain(`faktura ${overdueId.number}`);

    const [creditNote] = await t.database.db.select().from(invoices).where(and(eq(invoices.customerId, lundenId), eq(invoices.kind, 'credit')));
    res = await allocate([{ invoiceId: creditNote!.id, amountOre: 100_00 }]);
    expect(res.status).toBe(422);
    expect(res.body.error).toMatchObject({ code: 'ALLOCATION_TO_CREDIT_NOTE', details: { field: 'lines.0.invoiceId' } });
    expect(res.body.error.message).toContain('kreditfaktura');

    for (const amountOre of [0, -100_00]) {
      res = await allocate([{ invoiceId: overdueId.id, amountOre }]);
      expect(res.status).toBe(422);
      expect(res.body.error).toMatchObject({ code: 'PAYMENT_AMOUNT_NOT_POSITIVE', message: 'Beloppet måste vara större än 0 kr.', details: { field: 'lines.0.amountOre' } });
    }
    res = await allocate([{ invoiceId: randomUUID(), amountOre: 100_00 }]);
    expect(res.body.error).toMatchObject({ code: 'ALLOCATION_INVOICE_UNKNOWN', details: { field: 'lines.0.invoiceId' } });
    res = await allocate([{ invoiceId: overdueId.id, amountOre: 100_00 }, { invoiceId: overdueId.id, amountOre: 100_00 }]);
    expect(res.body.error).toMatchObject({ code: 'ALLOCATION_INVOICE_TWICE', details: { field: 'lines.1.invoiceId' } });
    res = await allocate([]);
    expect(res.body.error).toMatchObject({ code: 'ALLOCATION_LINES_MISSING' });

    await evaEn.loginStaff('ekonomi@exempel.se', 'Ekonomi#2026');
    res = await allocate([{ invoiceId: overdueId.id, amountOre: 500_01 }], evaEn);
    expect(res.body.error.message).toBe('The amount is more than is left of the payment: at most 500.00 kr.');
    expect(await t.database.db.select().from(paymentAllocations).where(inArray(paymentAllocations.paymentId, [id, big]))).toEqual([]);
  });

  it("refuses an invoice of another customer than the payment's", async () => {
    const overdue = (await invoicesOf(bo))[0]!;
    const id = await queued(100_00, { customerId: lundenId });
    const res = await eva.post(`/api/backoffice/payments/${id}/allocations`, { lines: [{ invoiceId: overdue.id, amountOre: 100_00 }], expectedLeftOre: 100_00 });
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('ALLOCATION_OTHER_CUSTOMER');
    expect(res.body.error.message).toBe(`Faktura ${overdue.number} är en annan kunds än betalningens. En betalning fördelas bara på sin egen kunds fakturor.`);
  });

  it('books a double submit once: the second is told the payment has changed', async () => {
    const invoice = await openLundenInvoice();
    const id = await queued(200_00);
    const body = { lines: [{ invoiceId: invoice.id, amountOre: 100_00 }], expectedLeftOre: 200_00 };
    expect((await eva.post(`/api/backoffice/payments/${id}/allocations`, body)).status).toBe(200);
    const again = await eva.post(`/api/backoffice/payments/${id}/allocations`, body);
    expect(again.status).toBe(409);
    expect(again.body.error).toMatchObject({ code: 'PAYMENT_CHANGED', details: { leftOre: 100_00 } });
    expect(again.body.error.message).toContain('Nu återstår 100,00 kr.');
    expect(await t.database.db.select().from(paymentAllocations).where(eq(paymentAllocations.paymentId, id))).toHaveLength(1);
  });

  it('lets one of two staff allocating the same payment at once win; the other is told', async () => {
    const first = await openLundenInvoice();
    const second = await openLundenInvoice();
    const id = await queued(first.remainingOre);
    const [a, b] = await Promise.all([
      admin.post(`/api/backoffice/payments/${id}/allocations`, { lines: [{ invoiceId: first.id, amountOre: first.remainingOre }], expectedLeftOre: first.remainingOre }),
      eva.post(`/api/backoffice/payments/${id}/allocations`, { lines: [{ invoiceId: second.id, amountOre: second.remainingOre }], expectedLeftOre: first.remainingOre }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    expect([a, b].find((r) => r.status === 409)!.body.error.code).toBe('PAYMENT_CHANGED');
    const booked = await t.database.db.select().from(paymentAllocations).where(eq(paymentAllocations.paymentId, id));
    expect(booked).toHaveLength(1);
    expect((await payment(id)).leftOre).toBe(0);
  });

  it('allocates a return negatively: the invoice the payment paid is open again', async () => {
    const invoice = await openLundenInvoice();
    const paid = await queued(invoice.remainingOre);
    await eva.post(`/api/backoffice/payments/${paid}/allocations`, { lines: [{ invoiceId: invoice.id, amountOre: invoice.remainingOre }], expectedLeftOre: invoice.remainingOre });
    expect((await invoicesOf(lisa)).find((i) => i.id === invoice.id)!.status).toBe('paid');
    const ret = await queued(-invoice.remainingOre, { kind: 'return', reason: 'return' });
    const res = await eva.post(`/api/backoffice/payments/${ret}/allocations`, { lines: [{ invoiceId: invoice.id, amountOre: invoice.remainingOre }], expectedLeftOre: -invoice.remainingOre });
    expect(res.status).toBe(200);
    expect(res.body.payment).toMatchObject({ leftOre: 0, inQueue: false, allocations: [{ amountOre: -invoice.remainingOre }] });
    expect((await invoicesOf(lisa)).find((i) => i.id === invoice.id)).toMatchObject({ status: 'unpaid', remainingOre: invoice.remainingOre });
    const more = await queued(-100_00, { kind: 'return', reason: 'return' });
    const refused = await eva.post(`/api/backoffice/payments/${more}/allocations`, { lines: [{ invoiceId: invoice.id, amountOre: 100_00 }], expectedLeftOre: -100_00 });
    expect(refused.body.error).toMatchObject({ code: 'ALLOCATION_OVER_INVOICE', details: { maxOre: 0 } });
    expect((await eva.post(`/api/backoffice/payments/${more}/allocations`, { lines: [{ invoiceId: invoice.id, amountOre: 1 }], rest: 'credit', expectedLeftOre: -100_00 })).body.error.code).toBe('PAYMENT_IS_MONEY_OUT');
  });
});

describe('assigning a queued payment to a customer', () => {
  it("pays the customer's open invoices at once, oldest due first, and keeps the rest as its credit, which its tenants see; audited", async () => {
    const open = await openInvoicesOf(t.database.db, 'Byggvaruhuset Väst AB');
    const openOre = open.reduce((sum, i) => sum + i.remainingOre, 0);
    expect(open.length).toBeGreaterThan(0);
    const id = await queued(openOre + 150_00);
    const before = (await bo.get('/api/portal/balance')).body.creditOre as number;
    const res = await eva.post(`/api/backoffice/payments/${id}/assignment`, { customerId: byggId, expectedLeftOre: openOre + 150_00 });
    expect(res.status).toBe(200);
    expect(res.body.payment).toMatchObject({ leftOre: 150_00, inQueue: false, customer: { id: byggId }, customerBy: 'assignment' });
    expect(res.body.creditUsed).toEqual(open.map((i) => ({ paymentId: id, invoice: { id: i.id, number: i.number }, amountOre: i.remainingOre })));
    expect(res.body.payment.history.map((h: { kind: string }) => h.kind)).toEqual(['received', 'assigned', ...open.map(() => 'allocated')]);
    expect(res.body.payment.history[1]).toMatchObject({ kind: 'assigned', amountOre: openOre + 150_00, customer: { id: byggId, name: 'Byggvaruhuset Väst AB' }, by: 'Eva Ekonomi' });
    expect(await openInvoicesOf(t.database.db, 'Byggvaruhuset Väst AB')).toEqual([]);
    expect((await bo.get('/api/portal/balance')).body).toMatchObject({ creditOre: before + 150_00, overdueOre: 0 });
    const [event] = await t.database.db.select().from(auditEvents).where(and(eq(auditEvents.subjectId, id), eq(auditEvents.action, 'payment.assigned')));
    expect(event!.details).toMatchObject({ customerId: byggId, creditOre: openOre + 150_00 });
    const [used] = await t.database.db.select().from(auditEvents).where(and(eq(auditEvents.subjectId, byggId), eq(auditEvents.action, 'payment.credit_used')));
    expect(used).toMatchObject({ actorKind: 'staff', details: { totalOre: openOre } });

    const twice = await eva.post(`/api/backoffice/payments/${id}/assignment`, { customerId: lundenId, expectedLeftOre: 150_00 });
    expect(twice.status).toBe(422);
    expect(twice.body.error.code).toBe('PAYMENT_HAS_CUSTOMER');
    expect(await t.database.db.select().from(paymentAssignments).where(eq(paymentAssignments.paymentId, id))).toHaveLength(1);
  });

  it('refuses an unknown customer, a return, and a stale form', async () => {
    const id = await queued(150_00);
    expect((await eva.post(`/api/backoffice/payments/${id}/assignment`, { customerId: randomUUID(), expectedLeftOre: 150_00 })).body.error).toMatchObject({ code: 'UNKNOWN_CUSTOMER', details: { field: 'customerId' } });
    expect((await eva.post(`/api/backoffice/payments/${id}/assignment`, { customerId: lundenId, expectedLeftOre: 100_00 })).status).toBe(409);
    const ret = await queued(-150_00, { kind: 'return' });
    expect((await eva.post(`/api/backoffice/payments/${ret}/assignment`, { customerId: lundenId, expectedLeftOre: -150_00 })).body.error.code).toBe('PAYMENT_IS_MONEY_OUT');
    expect((await eva.post(`/api/backoffice/payments/${randomUUID()}/assignment`, { customerId: lundenId, expectedLeftOre: 0 })).status).toBe(404);
  });
});

describe('refunding', () => {
  it('pays back a queued payment to the payer: a negative refund naming it, out of the queue', async () => {
    const id = await queued(99_00);
    const res = await eva.post(`/api/backoffice/payments/${id}/refunds`, { to: 'payer', note: 'Till avsändarens konto', expectedLeftOre: 99_00 });
    expect(res.status).toBe(200);
    expect(res.body.payment).toMatchObject({ leftOre: 0, inQueue: false, refunds: [{ amountOre: -99_00, to: 'payer', note: 'Till avsändarens konto', paidOn: today }] });
    const [refund] = await t.database.db.select().from(payments).where(eq(payments.refundOf, id));
    expect(refund).toMatchObject({ kind: 'refund', amountOre: -99_00, customerId: null, source: 'manual' });
    expect((await eva.get('/api/backoffice/payments/queue')).body.payments.map((p: { id: string }) => p.id)).not.toEqual(expect.arrayContaining([id]));
    const [event] = await t.database.db.select().from(auditEvents).where(and(eq(auditEvents.subjectId, id), eq(auditEvents.action, 'payment.refunded')));
    expect(event!.details).toMatchObject({ refundId: refund!.id, amountOre: -99_00, to: 'payer' });
    const view = await payment(refund!.id);
    expect(view).toMatchObject({ leftOre: -99_00, inQueue: false });
  });

  it("pays back part of a customer's credit, which the tenant sees as a refund", async () => {
    const id = await queued(400_00, { customerId: lundenId });
    const creditBefore = (await lisa.get('/api/portal/balance')).body.creditOre as number;
    const res = await eva.post(`/api/backoffice/payments/${id}/refunds`, { to: 'customer', amountOre: 250_00, expectedLeftOre: 400_00 });
    expect(res.status).toBe(200);
    expect(res.body.payment.leftOre).toBe(150_00);
    expect((await lisa.get('/api/portal/balance')).body.creditOre).toBe(creditBefore - 250_00);
    const listed = (await lisa.get('/api/portal/payments')).body.payments as { kind: string; amountOre: number }[];
    expect(listed).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'refund', amountOre: -250_00 })]));
  });

  it('refuses more than is left, zero, to a customer it has not, and money out', async () => {
    const id = await queued(100_00);
    const refund = (body: object) => eva.post(`/api/backoffice/payments/${id}/refunds`, { to: 'payer', expectedLeftOre: 100_00, ...body });
    expect((await refund({ amountOre: 100_01 })).body.error).toMatchObject({ code: 'PAYMENT_OVER_LEFT', message: 'Beloppet är större än det som återstår av betalningen: högst 100,00 kr.' });
    expect((await refund({ amountOre: 0 })).body.error.code).toBe('PAYMENT_AMOUNT_NOT_POSITIVE');
    expect((await refund({ to: 'customer' })).body.error).toMatchObject({ code: 'PAYMENT_WITHOUT_CUSTOMER', details: { field: 'to' } });
    const ret = await queued(-100_00, { kind: 'deduction', reason: 'deduction' });
    expect((await eva.post(`/api/backoffice/payments/${ret}/refunds`, { to: 'payer', expectedLeftOre: -100_00 })).body.error.code).toBe('PAYMENT_IS_MONEY_OUT');
    expect(await t.database.db.select().from(payments).where(eq(payments.refundOf, id))).toEqual([]);
  });
});

describe('undoing a wrong allocation', () => {
  it('reverses it: the invoice is open again and the money is back in the queue', async () => {
    const invoice = await openLundenInvoice();
    const id = await queued(invoice.remainingOre + 1_00);
    await eva.post(`/api/backoffice/payments/${id}/allocations`, { lines: [{ invoiceId: invoice.id, amountOre: invoice.remainingOre }], expectedLeftOre: invoice.remainingOre + 1_00 });
    const res = await eva.post(`/api/backoffice/payments/${id}/allocations/undo`, { invoiceId: invoice.id, expectedLeftOre: 1_00 });
    expect(res.status).toBe(200);
    expect(res.body.payment).toMatchObject({ leftOre: invoice.remainingOre + 1_00, inQueue: true, allocations: [] });
    expect(res.body.payment.history.map((h: { kind: string }) => h.kind)).toEqual(['received', 'allocated', 'undone']);
    expect((await invoicesOf(lisa)).find((i) => i.id === invoice.id)).toMatchObject({ status: 'unpaid', remainingOre: invoice.remainingOre });
    // The tenant's avi lists no payment: the one undone is net zero.
    expect((await lisa.get(`/api/portal/invoices/${invoice.id}`)).body.invoice.payments).toEqual([]);
    const rows = await t.database.db.select().from(paymentAllocations).where(eq(paymentAllocations.paymentId, id));
    expect(rows.map((r) => r.amountOre).sort((a, b) => a - b)).toEqual([-invoice.remainingOre, invoice.remainingOre]);
    const [event] = await t.database.db.select().from(auditEvents).where(and(eq(auditEvents.subjectId, id), eq(auditEvents.action, 'payment.allocation_undone')));
    expect(event!.details).toMatchObject({ invoiceId: invoice.id, number: invoice.number, amountOre: -invoice.remainingOre });

    const again = await eva.post(`/api/backoffice/payments/${id}/allocations/undo`, { invoiceId: invoice.id, expectedLeftOre: invoice.remainingOre + 1_00 });
    expect(again.status).toBe(422);
    expect(again.body.error).toMatchObject({ code: 'ALLOCATION_NOT_FOUND', message: `Betalningen har inte betalat något på faktura ${invoice.number}. Det finns inget att ångra.` });
  });

  it("allocates a customer's credit in part and undoes a part, refusing more than was allocated; the money stays the customer's credit for staff to allocate, beside its open invoices", async () => {
    const invoice = await openLundenInvoice();
    const id = await queued(invoice.remainingOre, { customerId: lundenId });
    const allocated = await eva.post(`/api/backoffice/payments/${id}/allocations`, { lines: [{ invoiceId: invoice.id, amountOre: 500_00 }], expectedLeftOre: invoice.remainingOre });
    const left = invoice.remainingOre - 500_00;
    // Decision 0018: allocating a customer's credit by hand is staff's hand as well: what staff leave stays
    // the customer's credit, beside the invoice's own open rest and the customer's other open invoices.
    expect(allocated.status).toBe(200);
    expect(allocated.body).toMatchObject({ creditUsed: [], payment: { leftOre: left, inQueue: false } });
    expect((await invoicesOf(lisa)).find((i) => i.id === invoice.id)).toMatchObject({ remainingOre: left });
    expect((await eva.post(`/api/backoffice/payments/${id}/allocations/undo`, { invoiceId: invoice.id, amountOre: 500_01, expectedLeftOre: left })).body.error)
      .toMatchObject({ code: 'ALLOCATION_OVER_INVOICE', details: { maxOre: 500_00 } });
    const creditBefore = (await lisa.get('/api/portal/balance')).body.creditOre as number;
    const res = await eva.post(`/api/backoffice/payments/${id}/allocations/undo`, { invoiceId: invoice.id, amountOre: 200_00, expectedLeftOre: left });
    expect(res.body.payment).toMatchObject({ leftOre: left + 200_00, inQueue: false, allocations: [{ amountOre: 300_00 }] });
    // Decision 0018: an undo is staff's hand, so the credit is not used on Café Lunden's open invoices.
    expect((await openInvoicesOf(t.database.db, 'Café Lunden AB')).length).toBeGreaterThan(1);
    expect((await lisa.get('/api/portal/balance')).body.creditOre).toBe(creditBefore + 200_00);
  });
});

describe('who may', () => {
  it('lets finance and administrators handle payments; a customer manager reads but may not handle; a property manager neither', async () => {
    const id = await queued(10_00);
    expect((await admin.get('/api/backoffice/payments/queue')).status).toBe(200);
    expect((await karin.get('/api/backoffice/payments/queue')).status).toBe(403);
    expect((await karin.get('/api/backoffice/payments/invoices?q=1')).status).toBe(403);
    for (const [path, body] of [
      [`/api/backoffice/payments/${id}/allocations`, { lines: [], expectedLeftOre: 10_00 }],
      [`/api/backoffice/payments/${id}/allocations/undo`, { invoiceId: randomUUID(), expectedLeftOre: 10_00 }],
      [`/api/backoffice/payments/${id}/assignment`, { customerId: lundenId, expectedLeftOre: 10_00 }],
      [`/api/backoffice/payments/${id}/refunds`, { to: 'payer', expectedLeftOre: 10_00 }],
      ['/api/backoffice/payments', { key: randomUUID(), paidOn: today, amountOre: 10_00, payerName: 'X' }],
    ] as const) {
      const res = await karin.post(path, body);
      expect(res.status, path).toBe(403);
      expect(res.body.error.code).toBe('FORBIDDEN');
    }
    expect((await karin.get(`/api/backoffice/payments/${id}`)).status).toBe(200);
    expect((await karin.get(`/api/backoffice/customers/${lundenId}/payments`)).status).toBe(200);
    expect((await fredrik.get(`/api/backoffice/payments/${id}`)).status).toBe(403);
    expect((await fredrik.get(`/api/backoffice/customers/${lundenId}/payments`)).status).toBe(403);
    expect(await t.database.db.select().from(paymentAllocations).where(eq(paymentAllocations.paymentId, id))).toEqual([]);
  });

  it('refuses a tenant (403) and a visitor (401), whichever customer the ids are', async () => {
    const id = await queued(10_00);
    const anonymous = new Client(t.app);
    for (const client of [lisa, bo]) {
      expect((await client.get('/api/backoffice/payments/queue')).status).toBe(403);
      expect((await client.get(`/api/backoffice/payments/${id}`)).status).toBe(403);
      expect((await client.get(`/api/backoffice/customers/${lundenId}/payments`)).status).toBe(403);
      expect((await client.get(`/api/backoffice/customers/${byggId}/payments`)).status).toBe(403);
      expect((await client.post(`/api/backoffice/payments/${id}/assignment`, { customerId: lundenId, expectedLeftOre: 10_00 })).status).toBe(403);
    }
    expect((await anonymous.get('/api/backoffice/payments/queue')).status).toBe(401);
    expect((await anonymous.get(`/api/backoffice/payments/${id}`)).status).toBe(401);
    expect((await anonymous.post(`/api/backoffice/payments/${id}/refunds`, { to: 'payer', expectedLeftOre: 10_00 })).status).toBe(401);
    expect(await t.database.db.select().from(paymentAssignments).where(eq(paymentAssignments.paymentId, id))).toEqual([]);
  });
});

describe("a customer's payments for staff", () => {
  it('lists them newest first with the invoices each paid and the credit; 404 for no such customer', async () => {
    const res = await eva.get(`/api/backoffice/customers/${lundenId}/payments`);
    expect(res.status).toBe(200);
    expect(res.body.payments.length).toBeGreaterThan(0);
    expect(res.body.creditOre).toBe((await lisa.get('/api/portal/balance')).body.creditOre);
    const dates = res.body.payments.map((p: { paidOn: string }) => p.paidOn);
    expect(dates).toEqual([...dates].sort().reverse());
    expect((await eva.get(`/api/backoffice/customers/${randomUUID()}/payments`)).status).toBe(404);
    expect((await eva.get(`/api/backoffice/payments/${randomUUID()}`)).status).toBe(404);
  });
});
