// Skulder in the back office on the demo data: Byggvaruhuset Väst AB's overdue avi in the debtor list
// and on its customer page, by age bucket; credit counted against the debt; hasDebt for the option
// rules; only staff who may read billing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { and, eq, lt, ne, sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { Client } from '../support/client.ts';
import { customers, invoices, paymentAssignments, payments } from '../../server/db/schema/index.ts';
import { settledOre } from '../../server/repositories/invoices.ts';
import { swedishDate } from '../../server/domain/dates.ts';
import { ageBucket, daysOverdue } from '../../server/domain/payments/index.ts';
import { hasDebt } from '../../server/usecases/payments/debt.ts';
import { staffScopeFromSession, tenantScopeFromSession } from '../../server/policies/tenant.ts';

const staffScope = staffScopeFromSession(randomUUID());

let t: TestApp;
let eva: Client;
let byggId: string;
let lundenId: string;
let overdue: { id: string; number: number; dueDate: string; leftOre: number }[];
const today = swedishDate(new Date());

const customerId = async (name: string) => (await t.database.db.select({ id: customers.id }).from(customers).where(eq(customers.name, name)))[0]!.id;

beforeAll(async () => {
  t = await createTestApp({ env: { LOGIN_RATE_LIMIT_MAX: '1000' } });
  eva = new Client(t.app);
  await eva.loginStaff('ekonomi@exempel.se', 'Ekonomi#2026');
  byggId = await customerId('Byggvaruhuset Väst AB');
  lundenId = await customerId('Café Lunden AB');
  overdue = await t.database.db.select({ id: invoices.id, number: invoices.number, dueDate: invoices.dueDate, leftOre: sql<number>`(${invoices.totalOre} - ${settledOre})::bigint`.mapWith(Number) })
    .from(invoices)
    .where(and(eq(invoices.customerId, byggId), ne(invoices.kind, 'credit'), lt(invoices.dueDate, today), sql`${invoices.totalOre} > ${settledOre}`));
});
afterAll(async () => { await t?.close(); });

describe('the debtor list', () => {
  it("lists Byggvaruhuset's overdue avi in its age bucket, with the oldest due date and a total", async () => {
    expect(overdue).toHaveLength(1);
    const [avi] = overdue;
    const res = await eva.get('/api/backoffice/debtors');
    expect(res.status).toBe(200);
    expect(res.body.today).toBe(today);
    const bygg = res.body.debtors.find((d: { customer: { id: string } }) => d.customer.id === byggId);
    const bucket = ageBucket(daysOverdue(avi!.dueDate, today))!;
    expect(bygg).toEqual({
      customer: { id: byggId, name: 'Byggvaruhuset Väst AB', identityNumber: '556600-1128' },
      overdueOre: avi!.leftOre, oldestDueDate: avi!.dueDate, invoiceCount: 1, creditOre: 0,
      buckets: { '1-30': 0, '31-60': 0, '61-90': 0, '90+': 0, [bucket]: avi!.leftOre },
    });
    expect(res.body.debtors.map((d: { customer: { id: string } }) => d.customer.id)).not.toContain(lundenId);
    const sum = res.body.debtors.reduce((s: number, d: { overdueOre: number }) => s + d.overdueOre, 0);
    expect(res.body.totals.overdueOre).toBe(sum);
    expect(Object.values(res.body.totals.buckets as Record<string, number>).reduce((s, v) => s + v, 0)).toBe(sum);
  });

  it('is for staff who may read billing: a customer manager reads it, a property manager is refused, a tenant too', async () => {
    const karin = new Client(t.app);
    await karin.loginStaff('kundansvarig@exempel.se', 'Kund#2026');
    expect((await karin.get('/api/backoffice/debtors')).status).toBe(200);
    const fredrik = new Client(t.app);
    await fredrik.loginStaff('fastighetsansvarig@exempel.se', 'Fastighet#2026');
    expect((await fredrik.get('/api/backoffice/debtors')).status).toBe(403);
    expect((await fredrik.get(`/api/backoffice/customers/${byggId}/debt`)).status).toBe(403);
    const bo = new Client(t.app);
    await bo.loginTenant('bygg', 'Bygg#2026');
    expect((await bo.get('/api/backoffice/debtors')).status).toBe(403);
    expect((await new Client(t.app).get('/api/backoffice/debtors')).status).toBe(401);
  });
});

describe("a customer's debt", () => {
  it('shows the overdue avi by age, what is not yet due, and no credit', async () => {
    const res = await eva.get(`/api/backoffice/customers/${byggId}/debt`);
    expect(res.status).toBe(200);
    const [avi] = overdue;
    expect(res.body.debt).toMatchObject({ overdueOre: avi!.leftOre, creditOre: 0, oldestDueDate: avi!.dueDate });
    expect(res.body.debt.overdueInvoices).toEqual([{
      id: avi!.id, number: avi!.number, dueDate: avi!.dueDate, remainingOre: avi!.leftOre,
      daysOverdue: daysOverdue(avi!.dueDate, today), bucket: ageBucket(daysOverdue(avi!.dueDate, today)),
    }]);
    expect(res.body.debt.notDueOre).toBeGreaterThan(0); // the coming period's avi
  });

  it('has no debt for Café Lunden, whose avier are paid', async () => {
    const res = await eva.get(`/api/backoffice/customers/${lundenId}/debt`);
    expect(res.body.debt).toMatchObject({ overdueOre: 0, oldestDueDate: null, overdueInvoices: [], buckets: { '1-30': 0, '31-60': 0, '61-90': 0, '90+': 0 } });
  });

  it('is 404 for a customer that does not exist', async () => {
    expect((await eva.get(`/api/backoffice/customers/${randomUUID()}/debt`)).status).toBe(404);
  });
});

describe('hasDebt, for the option rules', () => {
  it('is true for Byggvaruhuset and false for Café Lunden', async () => {
    expect(await hasDebt(t.database.db, staffScope, byggId, today)).toBe(true);
    expect(await hasDebt(t.database.db, staffScope, lundenId, today)).toBe(false);
    // In a tenant's scope, as the option rules ask it: its own customer's debt, never another's.
    expect(await hasDebt(t.database.db, tenantScopeFromSession(byggId, randomUUID()), byggId, today)).toBe(true);
    expect(await hasDebt(t.database.db, tenantScopeFromSession(lundenId, randomUUID()), byggId, today)).toBe(false);
  });

  it('counts credit against the debt: part of it leaves a debt, all of it none', async () => {
    const leftOre = overdue[0]!.leftOre;
    const pay = (amountOre: number) => t.database.db.insert(payments).values({ id: randomUUID(), customerId: byggId, amountOre, paidOn: today, reference: 'fel ocr', source: 'manual', createdAt: new Date() });
    await pay(leftOre - 100);
    expect(await hasDebt(t.database.db, staffScope, byggId, today)).toBe(true);
    const listed = (await eva.get('/api/backoffice/debtors')).body.debtors.find((d: { customer: { id: string } }) => d.customer.id === byggId);
    expect(listed.creditOre).toBe(leftOre - 100);
    expect((await eva.get(`/api/backoffice/customers/${byggId}/debt`)).body.debt.creditOre).toBe(leftOre - 100);
    // The rest comes as a payment without a customer that staff give to Byggvaruhuset from the queue.
    const unmatched = randomUUID();
    await t.database.db.insert(payments).values({ id: unmatched, customerId: null, amountOre: 100, paidOn: today, reference: 'okänd', source: 'manual', createdAt: new Date() });
    expect(await hasDebt(t.database.db, staffScope, byggId, today)).toBe(true);
    await t.database.db.insert(paymentAssignments).values({ paymentId: unmatched, customerId: byggId, createdAt: new Date() });
    expect(await hasDebt(t.database.db, staffScope, byggId, today)).toBe(false);
    expect((await eva.get(`/api/backoffice/customers/${byggId}/debt`)).body.debt.creditOre).toBe(leftOre);
  });
});
