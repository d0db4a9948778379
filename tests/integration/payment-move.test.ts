// Moving a payment to the customer it came from (decision 0025): a payment the import matched to Café
// Lunden AB by OCR moved to Byggvaruhuset Väst AB. What it paid on Lunden's invoice is undone (open
// again), the payment is Byggvaruhuset's (its tenants see it, Lunden's no longer do) and pays its open
// invoices at once; moved back, the newest move counts. Refusals in words; a double submit books once;
// only staff who may edit billing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { Client } from '../support/client.ts';
import { auditEvents, customers } from '../../server/db/schema/index.ts';

let t: TestApp;
let eva: Client;
let evaEn: Client;
let karin: Client;
let lisa: Client;
let bo: Client;
let lundenId: string;
let byggId: string;

type PortalPayment = { id: string; amountOre: number; creditOre: number; invoices: { id: string; number: number; amountOre: number }[] };
type Invoice = { id: string; remainingOre: number; status: string };

beforeAll(async () => {
  t = await createTestApp({ env: { LOGIN_RATE_LIMIT_MAX: '1000' } });
  eva = new Client(t.app); await eva.loginStaff('ekonomi@exempel.se', 'Ekonomi#2026');
  evaEn = new Client(t.app, 'en'); await evaEn.loginStaff('ekonomi@exempel.se', 'Ekonomi#2026');
  karin = new Client(t.app); await karin.loginStaff('kundansvarig@exempel.se', 'Kund#2026');
  lisa = new Client(t.app); await lisa.loginTenant('lunden', 'Lunden#2026');
  bo = new Client(t.app); await bo.loginTenant('bygg', 'Bygg#2026');
  lundenId = (await t.database.db.select().from(customers).where(eq(customers.name, 'Café Lunden AB')))[0]!.id;
  byggId = (await t.database.db.select().from(customers).where(eq(customers.name, 'Byggvaruhuset Väst AB')))[0]!.id;
});
afterAll(async () => { await t?.close(); });

const paymentsOf = async (client: Client) => (await client.get('/api/portal/payments')).body.payments as PortalPayment[];
const invoice = async (client: Client, id: string) => (await client.get(`/api/portal/invoices/${id}`)).body.invoice as Invoice;
const openOf = async (client: Client) => ((await client.get('/api/portal/invoices')).body.invoices as Invoice[]).reduce((sum, i) => sum + i.remainingOre, 0);

describe('moving a payment to another customer', () => {
  let payment: PortalPayment;

  it("undoes what it paid on the first customer's invoices and makes it the other's, paying its open invoices at once", async () => {
    payment = (await paymentsOf(lisa)).find((p) => p.invoices.length === 1 && p.creditOre === 0 && p.amountOre === p.invoices[0]!.amountOre)!;
    expect(payment).toBeDefined();
    const paidInvoice = payment.invoices[0]!;
    const byggOpenBefore = await openOf(bo);
    expect(byggOpenBefore).toBeGreaterThan(0);

    const res = await eva.post(`/api/backoffice/payments/${payment.id}/move`, { customerId: byggId, expectedLeftOre: 0 });
    expect(res.status).toBe(200);
    expect(res.body.undone).toEqual([{ invoice: { id: paidInvoice.id, number: paidInvoice.number }, amountOre: payment.amountOre }]);
    expect(res.body.payment).toMatchObject({ customer: { id: byggId, name: 'Byggvaruhuset Väst AB' }, customerBy: 'assignment' });
    const history = res.body.payment.history as { kind: string; amountOre: number; customer: { name: string } | null }[];
    expect(history.map((h) => h.kind)).toContain('moved');
    expect(history.find((h) => h.kind === 'moved')).toMatchObject({ customer: { name: 'Byggvaruhuset Väst AB' }, amountOre: payment.amountOre });
    const usedOre = (res.body.creditUsed as { amountOre: number }[]).reduce((sum, u) => sum + u.amountOre, 0);
    expect(usedOre).toBe(Math.min(payment.amountOre, byggOpenBefore));

    // Lunden's invoice is open again, and its tenants no longer see the payment; Byggvaruhuset's do.
    expect(await invoice(lisa, paidInvoice.id)).toMatchObject({ remainingOre: payment.amountOre });
    expect((await paymentsOf(lisa)).map((p) => p.id)).not.toContain(payment.id);
    expect((await paymentsOf(bo)).find((p) => p.id === payment.id)).toMatchObject({ amountOre: payment.amountOre, creditOre: payment.amountOre - usedOre });
    expect(await openOf(bo)).toBe(byggOpenBefore - usedOre);
    expect((await lisa.get('/api/portal/balance')).body.creditOre).toBe(0);

    const [event] = await t.database.db.select().from(auditEvents).where(and(eq(auditEvents.action, 'payment.moved'), eq(auditEvents.subjectId, payment.id)));
    expect(event!.details).toMatchObject({ fromCustomerId: lundenId, toCustomerId: byggId, amountOre: payment.amountOre });
  });

  it('a second submit of the same form books nothing: it is that customer\'s already, or it changed', async () => {
    // The form said 0 left. If the move's credit paid Byggvaruhuset's invoices in full, 0 is still left and
    // the payment is that customer's already; else what is left has changed, and the answer says so.
    const left = (await eva.get(`/api/backoffice/payments/${payment.id}`)).body.payment.leftOre as number;
    const again = await eva.post(`/api/backoffice/payments/${payment.id}/move`, { customerId: byggId, expectedLeftOre: 0 });
    expect({ status: again.status, code: again.body.error.code }).toEqual(left === 0 ? { status: 422, code: 'PAYMENT_SAME_CUSTOMER' } : { status: 409, code: 'PAYMENT_CHANGED' });
    if (left !== 0) expect(again.body.error.details).toEqual({ leftOre: left });
    expect(await t.database.db.select().from(auditEvents).where(and(eq(auditEvents.action, 'payment.moved'), eq(auditEvents.subjectId, payment.id)))).toHaveLength(1);
  });

  it('refuses in words: the same customer, an unknown one; staff without billing and tenants may not', async () => {
    const left = (await eva.get(`/api/backoffice/payments/${payment.id}`)).body.payment.leftOre as number;
    const same = await evaEn.post(`/api/backoffice/payments/${payment.id}/move`, { customerId: byggId, expectedLeftOre: left });
    expect(same.status).toBe(422);
    expect(same.body.error).toMatchObject({ code: 'PAYMENT_SAME_CUSTOMER', message: 'The payment already belongs to that customer. Choose the customer the payment came from.', details: { field: 'customerId' } });
    const unknown = await eva.post(`/api/backoffice/payments/${payment.id}/move`, { customerId: '00000000-0000-4000-8000-000000000000', expectedLeftOre: left });
    expect({ status: unknown.status, code: unknown.body.error.code }).toEqual({ status: 422, code: 'UNKNOWN_CUSTOMER' });
    expect((await eva.post('/api/backoffice/payments/00000000-0000-4000-8000-000000000000/move', { customerId: lundenId, expectedLeftOre: 0 })).status).toBe(404);
    expect((await karin.post(`/api/backoffice/payments/${payment.id}/move`, { customerId: lundenId, expectedLeftOre: left })).status).toBe(403);
    expect((await bo.post(`/api/backoffice/payments/${payment.id}/move`, { customerId: byggId, expectedLeftOre: left })).status).toBe(403);
  });

  it('moved back, the newest move counts: Lunden has it again and it pays Lunden first', async () => {
    const now = (await eva.get(`/api/backoffice/payments/${payment.id}`)).body.payment as { leftOre: number; allocations: { amountOre: number }[] };
    const byggOpenBefore = await openOf(bo);
    const lundenOpenBefore = await openOf(lisa);
    const res = await eva.post(`/api/backoffice/payments/${payment.id}/move`, { customerId: lundenId, expectedLeftOre: now.leftOre });
    expect(res.status).toBe(200);
    const undoneOre = (res.body.undone as { amountOre: number }[]).reduce((sum, u) => sum + u.amountOre, 0);
    expect(undoneOre).toBe(now.allocations.reduce((sum, a) => sum + a.amountOre, 0));
    expect(await openOf(bo)).toBe(byggOpenBefore + undoneOre);
    const usedOre = (res.body.creditUsed as { amountOre: number }[]).reduce((sum, u) => sum + u.amountOre, 0);
    expect(usedOre).toBe(Math.min(payment.amountOre, lundenOpenBefore));
    expect(await openOf(lisa)).toBe(lundenOpenBefore - usedOre);
    expect((await paymentsOf(lisa)).map((p) => p.id)).toContain(payment.id);
    expect((await paymentsOf(bo)).map((p) => p.id)).not.toContain(payment.id);
    expect(res.body.payment.history.filter((h: { kind: string }) => h.kind === 'moved')).toHaveLength(2);
  });
});
