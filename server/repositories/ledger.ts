// The payment ledger read as sums (decision 0016): whose a payment is, what is left of it, a customer's
// credit. Nothing here is stored twice: every figure is a sum of insert-only bookings.
import { and, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { invoices, paymentAllocations, payments } from '../db/schema/index.ts';
import { ofScope, type Scope } from '../policies/tenant.ts';
import { settledOre } from './invoices.ts';

/**
 * The customer a payment belongs to: the one the import found, or the one staff assigned it to. The
 * outer payment is named explicitly: in a select list Drizzle writes a column unqualified, and a bare
 * "id" inside the subquery would be the assignment's own.
 */
export const paymentCustomerId = sql<string | null>`coalesce("payments"."customer_id", (select pas.customer_id from payment_assignments pas where pas.payment_id = "payments"."id"))`;

/** What is left of the payment of the outer query: its amount less what it paid and what was refunded of it. */
export const paymentLeftOre = sql<number>`(
  ${payments.amountOre}
  - coalesce((select sum(pal.amount_ore) from payment_allocations pal where pal.payment_id = "payments"."id"), 0)
  + coalesce((select sum(rf.amount_ore) from payments rf where rf.refund_of = "payments"."id"), 0)
)::bigint`.mapWith(Number);

/** The scope's condition on a payment: the tenant's own customer's (found or assigned), none for staff. */
function ofPaymentScope(scope: Scope): SQL | undefined {
  return scope.kind === 'tenant' ? sql`${paymentCustomerId} = ${scope.customerId}` : undefined;
}

/**
 * A customer's credit (tillgodo): what is left of its payments once their allocations and refunds are
 * taken off. Only money in counts (a return or a deduction left unresolved is staff's to settle).
 */
export async function customerCreditOre(db: Db, scope: Scope, customerId: string): Promise<number> {
  const [row] = await db.select({ credit: sql<number>`coalesce(sum(greatest(${paymentLeftOre}, 0)), 0)::bigint`.mapWith(Number) })
    .from(payments)
    .where(and(sql`${paymentCustomerId} = ${customerId}`, ofPaymentScope(scope), eq(payments.kind, 'payment')));
  return row?.credit ?? 0;
}

/** A customer's payments and refunds, newest first, each with what it paid and what is left of it. */
export async function listCustomerPayments(db: Db, scope: Scope, customerId: string, limit = 500) {
  const rows = await db.select({
    id: payments.id, kind: payments.kind, paidOn: payments.paidOn, amountOre: payments.amountOre,
    reference: payments.reference, source: payments.source, payerName: payments.payerName, leftOre: paymentLeftOre,
  }).from(payments)
    .where(and(sql`${paymentCustomerId} = ${customerId}`, ofPaymentScope(scope), inArray(payments.kind, ['payment', 'refund'])))
    .orderBy(desc(payments.paidOn), desc(payments.createdAt))
    .limit(limit);
  if (rows.length === 0) return [];
  const paid = await db.select({
    paymentId: paymentAllocations.paymentId, amountOre: sql<number>`sum(${paymentAllocations.amountOre})::bigint`.mapWith(Number),
    invoiceId: invoices.id, number: invoices.number, kind: invoices.kind, periodKey: invoices.periodKey, text: invoices.text,
  }).from(paymentAllocations)
    .innerJoin(invoices, eq(invoices.id, paymentAllocations.invoiceId))
    .where(inArray(paymentAllocations.paymentId, rows.map((r) => r.id)))
    .groupBy(paymentAllocations.paymentId, invoices.id)
    .having(sql`sum(${paymentAllocations.amountOre}) <> 0`)
    .orderBy(invoices.dueDate, invoices.number);
  return rows.map((row) => ({ ...row, invoices: paid.filter((p) => p.paymentId === row.id) }));
}

export type CustomerPaymentRow = Awaited<ReturnType<typeof listCustomerPayments>>[number];

/**
 * A customer's debt (skuld): what fell due before `today` and is not paid or credited, how many
 * invoices and the oldest due date. The option rules and reminders ask this.
 */
export async function customerDebt(db: Db, scope: Scope, customerId: string, today: string) {
  const left = sql`(${invoices.totalOre} - ${settledOre})`;
  const [row] = await db.select({
    overdueOre: sql<number>`coalesce(sum(${left}), 0)::bigint`.mapWith(Number),
    overdueCount: sql<number>`count(*)::int`.mapWith(Number),
    oldestDueDate: sql<string | null>`min(${invoices.dueDate})::text`,
  }).from(invoices)
    .where(and(
      eq(invoices.customerId, customerId), ofScope(scope, invoices.customerId),
      sql`${invoices.kind} <> 'credit'`, sql`${invoices.dueDate} < ${today}`, sql`${left} > 0`,
    ));
  return { overdueOre: row?.overdueOre ?? 0, overdueCount: row?.overdueCount ?? 0, oldestDueDate: row?.oldestDueDate ?? null };
}
