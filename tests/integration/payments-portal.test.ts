// Inbetalningar and the balance for the tenant, on the demo data: Café Lunden's payments with the
// invoices they paid, credit from an overpayment, a refund, Byggvaruhuset's debt; never another
// customer's payment.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { Client } from '../support/client.ts';
import { customers, invoices, paymentAllocations, paymentAssignments, payments } from '../../server/db/schema/index.ts';
import { swedishDate } from '../../server/domain/dates.ts';

let t: TestApp;
let lisa: Client;
let bo: Client;
const today = swedishDate(new Date());

type Listed = { id: string; kind: string; paidOn: string; amountOre: number; reference: string | null; creditOre: number; invoices: { id: string; number: number; amountOre: number; title: unknown }[] };

beforeAll(async () => {
  t = await createTestApp({ env: { LOGIN_RATE_LIMIT_MAX: '1000' } });
  lisa = new Client(t.app);
  await lisa.loginTenant();
  bo = new Client(t.app);
  await bo.loginTenant('bygg', 'Bygg#2026');
});
afterAll(async () => { await t?.close(); });

async function customerId(name: string): Promise<string> {
  const [row] = await t.database.db.select({ id: customers.id }).from(customers).where(eq(customers.name, name));
  return row!.id;
}

describe("the tenant's payments", () => {
  it('lists the payments newest first, each with the invoice it paid, and no credit', async () => {
    const res = await lisa.get('/api/portal/payments');
    expect(res.status).toBe(200);
    const listed = res.body.payments as Listed[];
    // every paid avi of the year (3 quarters, 11 months) and the key less its credit note: one payment each
    expect(listed.length).toBe(15);
    const dates = listed.map((p) => p.paidOn);
    expect(dates).toEqual([...dates].sort().reverse());
    for (const p of listed) {
      expect(p.kind).toBe('payment');
      expect(p.invoices).toHaveLength(1);
      expect(p.invoices[0]!.amountOre).toBe(p.amountOre);
      expect(p.creditOre).toBe(0);
    }
    expect(res.body.creditOre).toBe(0);
  });

  it('shows what is left of an overpayment as credit, and takes a refund off it', async () => {
    const lunden = await customerId('Café Lunden AB');
    const [paid] = await t.database.db.select({ id: invoices.id, number: invoices.number }).from(invoices)
      .where(eq(invoices.customerId, lunden)).limit(1);
    const paymentId = randomUUID();
    const now = new Date();
    await t.database.db.insert(payments).values({ id: paymentId, customerId: lunden, amountOre: 500_00, paidOn: today, reference: 'överbetalning', source: 'manual', createdAt: now });
    await t.database.db.insert(paymentAllocations).values({ paymentId, invoiceId: paid!.id, amountOre: 200_00, createdAt: now });
    let res = await lisa.get('/api/portal/payments');
    const over = (res.body.payments as Listed[]).find((p) => p.id === paymentId)!;
    expect(over).toMatchObject({ amountOre: 500_00, creditOre: 300_00, invoices: [{ id: paid!.id, number: paid!.number, amountOre: 200_00 }] });
    expect(res.body.creditOre).toBe(300_00);
    expect((await lisa.get('/api/portal/balance')).body.creditOre).toBe(300_00);

    const refundId = randomUUID();
    await t.database.db.insert(payments).values({ id: refundId, customerId: lunden, amountOre: -100_00, paidOn: today, reference: 'återbetalning', source: 'manual', kind: 'refund', refundOf: paymentId, createdAt: now });
    res = await lisa.get('/api/portal/payments');
    expect(res.body.creditOre).toBe(200_00);
    expect((res.body.payments as Listed[]).find((p) => p.id === refundId)).toMatchObject({ kind: 'refund', amountOre: -100_00, creditOre: 0 });
  });

  it("counts a payment staff assigned from the queue as the customer's, and only that customer's", async () => {
    const lunden = await customerId('Café Lunden AB');
    const paymentId = randomUUID();
    const now = new Date();
    await t.database.db.insert(payments).values({ id: paymentId, customerId: null, amountOre: 75_00, paidOn: today, reference: 'fel ocr', source: 'manual', createdAt: now });
    expect((await lisa.get('/api/portal/payments')).body.payments.map((p: Listed) => p.id)).not.toContain(paymentId);
    await t.database.db.insert(paymentAssignments).values({ paymentId, customerId: lunden, createdAt: now });
    expect((await lisa.get('/api/portal/payments')).body.payments.map((p: Listed) => p.id)).toContain(paymentId);
    expect((await bo.get('/api/portal/payments')).body.payments.map((p: Listed) => p.id)).not.toContain(paymentId);
  });

  it('shows a queued payment that staff allocated in part to her avi as what it paid her, and no more', async () => {
    const lunden = await customerId('Café Lunden AB');
    const [avi] = await t.database.db.select({ id: invoices.id }).from(invoices).where(eq(invoices.customerId, lunden)).limit(1);
    const paymentId = randomUUID();
    const now = new Date();
    await t.database.db.insert(payments).values({ id: paymentId, customerId: null, amountOre: 900_00, paidOn: today, reference: 'två hyror', source: 'manual', createdAt: now });
    await t.database.db.insert(paymentAllocations).values({ paymentId, invoiceId: avi!.id, amountOre: 250_00, createdAt: now });
    const mine = (await lisa.get('/api/portal/payments')).body;
    expect((mine.payments as Listed[]).find((p) => p.id === paymentId)).toMatchObject({ amountOre: 250_00, creditOre: 0, invoices: [{ id: avi!.id, amountOre: 250_00 }] });
    expect((await bo.get('/api/portal/payments')).body.payments.map((p: Listed) => p.id)).not.toContain(paymentId);
  });

  it("never lists another customer's payment", async () => {
    const lisaIds = new Set((await lisa.get('/api/portal/payments')).body.payments.map((p: Listed) => p.id));
    const boIds = (await bo.get('/api/portal/payments')).body.payments.map((p: Listed) => p.id) as string[];
    expect(boIds.length).toBeGreaterThan(0);
    for (const id of boIds) expect(lisaIds.has(id)).toBe(false);
  });

  it('refuses without a session', async () => {
    const anonymous = new Client(t.app);
    expect((await anonymous.get('/api/portal/payments')).status).toBe(401);
    expect((await anonymous.get('/api/portal/balance')).status).toBe(401);
  });
});

describe("the tenant's balance", () => {
  it("tells Byggvaruhuset its debt: the avi that fell due, and since when", async () => {
    const res = await bo.get('/api/portal/balance');
    expect(res.status).toBe(200);
    const overdue = ((await bo.get('/api/portal/invoices')).body.invoices as { status: string; remainingOre: number; dueDate: string }[]).filter((i) => i.status === 'overdue');
    expect(overdue.length).toBeGreaterThan(0);
    expect(res.body).toMatchObject({
      overdueOre: overdue.reduce((sum, i) => sum + i.remainingOre, 0),
      overdueCount: overdue.length,
      oldestDueDate: overdue.map((i) => i.dueDate).sort()[0],
      creditOre: 0,
    });
  });

  it('tells Café Lunden it has no debt', async () => {
    expect((await lisa.get('/api/portal/balance')).body).toMatchObject({ overdueOre: 0, overdueCount: 0, oldestDueDate: null });
  });
});
