// The payment ledger read as sums (decision 0016): whose a payment is, what is left of it, a customer's
// credit. Nothing here is stored twice: every figure is a sum of insert-only bookings.
import { and, desc, eq, inArray, isNull, ne, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import type { Tx } from '../db/tx.ts';
import { customers, invoices, paymentAllocations, paymentAssignments, payments } from '../db/schema/index.ts';
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

/**
 * A customer's payments and refunds, newest first, each with what it paid of the customer's invoices
 * and what is left of it. A payment that belongs to no customer but paid part of this customer's
 * invoices (staff allocated part of a queued payment) is listed too, as what it paid here only: the
 * rest of it is not this customer's to see.
 */
export async function listCustomerPayments(db: Db, scope: Scope, customerId: string, limit = 500) {
  const owned = sql`${paymentCustomerId} = ${customerId}`;
  const paidHere = sql`(${paymentCustomerId} is null and exists (
    select 1 from payment_allocations pah join invoices ih on ih.id = pah.invoice_id
    where pah.payment_id = "payments"."id" and ih.customer_id = ${customerId}))`;
  const rows = await db.select({
    id: payments.id, kind: payments.kind, paidOn: payments.paidOn, amountOre: payments.amountOre,
    reference: payments.reference, source: payments.source, payerName: payments.payerName, leftOre: paymentLeftOre,
    owned: sql<boolean>`${owned}`,
  }).from(payments)
    .where(and(
      sql`(${owned} or ${paidHere})`, inArray(payments.kind, ['payment', 'refund']),
      scope.kind === 'tenant' ? sql`${scope.customerId} = ${customerId}` : undefined,
    ))
    .orderBy(desc(payments.paidOn), desc(payments.createdAt))
    .limit(limit);
  if (rows.length === 0) return [];
  // Only this customer's invoices: a tenant never learns another customer's invoice numbers.
  const paid = await db.select({
    paymentId: paymentAllocations.paymentId, amountOre: sql<number>`sum(${paymentAllocations.amountOre})::bigint`.mapWith(Number),
    invoiceId: invoices.id, number: invoices.number, kind: invoices.kind, periodKey: invoices.periodKey, text: invoices.text,
  }).from(paymentAllocations)
    .innerJoin(invoices, eq(invoices.id, paymentAllocations.invoiceId))
    .where(and(inArray(paymentAllocations.paymentId, rows.map((r) => r.id)), eq(invoices.customerId, customerId)))
    .groupBy(paymentAllocations.paymentId, invoices.id)
    .having(sql`sum(${paymentAllocations.amountOre}) <> 0`)
    .orderBy(invoices.dueDate, invoices.number);
  return rows.map(({ owned: isOwned, ...row }) => {
    const here = paid.filter((p) => p.paymentId === row.id);
    return isOwned ? { ...row, invoices: here } : { ...row, amountOre: here.reduce((sum, p) => sum + p.amountOre, 0), leftOre: 0, invoices: here };
  });
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

// What matching and credit need of the ledger, inside the booking transaction.

/** What is still to pay on the invoice of the outer query: its total less what is settled. */
const invoiceLeftOre = sql<number>`(${invoices.totalOre} - ${settledOre})::bigint`.mapWith(Number);

/** The invoices these OCRs name, with what is left to pay on each (paid ones too: a payment to one is credit). */
export async function invoicesByOcr(tx: Tx, ocrs: string[]) {
  const found: { id: string; ocr: string; customerId: string; remainingOre: number; dueDate: string; issueDate: string }[] = [];
  for (let i = 0; i < ocrs.length; i += 5000) {
    const rows = await tx.select({ id: invoices.id, ocr: invoices.ocr, customerId: invoices.customerId, remainingOre: invoiceLeftOre, dueDate: invoices.dueDate, issueDate: invoices.issueDate })
      .from(invoices).where(inArray(invoices.ocr, ocrs.slice(i, i + 5000)));
    found.push(...rows.map((r) => ({ ...r, ocr: r.ocr! })));
  }
  return found;
}

/**
 * Locks these customers' credit until the transaction ends (FOR NO KEY UPDATE, in id order, so two
 * bookings never wait on each other in a circle and inserts that refer to a customer are not held
 * up): whoever uses a customer's credit sees every payment and invoice committed before it.
 */
export async function lockCustomerCredit(tx: Tx, customerIds: string[]): Promise<void> {
  if (customerIds.length === 0) return;
  await tx.select({ id: customers.id }).from(customers).where(inArray(customers.id, customerIds)).orderBy(customers.id).for('no key update');
}

/** The payments of these customers (found by the import or assigned by staff) with money left: their credit. */
export async function creditPaymentsOf(tx: Tx, customerIds: string[]) {
  if (customerIds.length === 0) return [];
  const columns = { paymentId: payments.id, paidOn: payments.paidOn, leftOre: paymentLeftOre };
  const found = await tx.select({ ...columns, customerId: sql<string>`${payments.customerId}` }).from(payments)
    .where(and(inArray(payments.customerId, customerIds), eq(payments.kind, 'payment'), sql`${paymentLeftOre} > 0`));
  const assigned = await tx.select({ ...columns, customerId: paymentAssignments.customerId }).from(payments)
    .innerJoin(paymentAssignments, eq(paymentAssignments.paymentId, payments.id))
    .where(and(inArray(paymentAssignments.customerId, customerIds), isNull(payments.customerId), eq(payments.kind, 'payment'), sql`${paymentLeftOre} > 0`));
  return [...found, ...assigned];
}

/** These customers' invoices with something left to pay (credit notes are not paid), due or not. */
export async function openInvoicesOf(tx: Tx, customerIds: string[]) {
  if (customerIds.length === 0) return [];
  return tx.select({ id: invoices.id, customerId: invoices.customerId, number: invoices.number, ocr: invoices.ocr, remainingOre: invoiceLeftOre, dueDate: invoices.dueDate, issueDate: invoices.issueDate })
    .from(invoices)
    .where(and(inArray(invoices.customerId, customerIds), ne(invoices.kind, 'credit'), sql`${invoices.totalOre} > ${settledOre}`));
}
