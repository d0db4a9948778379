// The payment ledger read as sums (decision 0016): whose a payment is, what is left of it, a customer's
// credit. Nothing here is stored twice: every figure is a sum of insert-only bookings.
import { and, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { anyOf } from '../db/any-of.ts';
import type { Tx } from '../db/tx.ts';
import { customers, invoices, paymentAllocations, payments } from '../db/schema/index.ts';
import type { Scope } from '../policies/tenant.ts';
import { settledOre } from './invoices.ts';
import { prepared } from '../db/prepared.ts';

/**
 * The customer a payment belongs to: the one staff last assigned it to (from the queue, or moved from
 * another customer, decision 0025), else the one the import found. The outer payment is named
 * explicitly: in a select list Drizzle writes a column unqualified, and a bare "id" inside the subquery
 * would be the assignment's own.
 */
export const paymentCustomerId = sql<string | null>`coalesce(${latestAssignment('"payments"."id"')}, "payments"."customer_id")`;

/** The customer of a payment's newest assignment (the SQL of the payment's id given), null when none. */
function latestAssignment(paymentId: string) {
  return sql.raw(`(select pas.customer_id from payment_assignments pas where pas.payment_id = ${paymentId} order by pas.created_at desc, pas.id desc limit 1)`);
}

/** What is left of the payment of the outer query: its amount less what it paid and what was refunded of it. */
export const paymentLeftOre = sql<number>`(
  ${payments.amountOre}
  - coalesce((select sum(pal.amount_ore) from payment_allocations pal where pal.payment_id = "payments"."id"), 0)
  + coalesce((select sum(rf.amount_ore) from payments rf where rf.refund_of = "payments"."id"), 0)
)::bigint`.mapWith(Number);

/**
 * The payments that may be this customer's, as a condition the indexes answer: found for it, assigned
 * to it, or (with `paidHere`) allocated to one of its invoices. `paymentCustomerId = …` alone is true
 * of the same payments, but no index can answer a coalesce over a subquery: it read every payment
 * (127 ms a call among 750,000). Used as a first cut, with the exact condition beside it.
 */
function candidatesOf(customerId: string | ReturnType<typeof sql.placeholder>, { paidHere = false } = {}): SQL {
  return sql`"payments"."id" in (
    select cp.id from payments cp where cp.customer_id = ${customerId}
    union all select ca.payment_id from payment_assignments ca where ca.customer_id = ${customerId}
    ${paidHere ? sql`union all select cal.payment_id from payment_allocations cal join invoices ci on ci.id = cal.invoice_id where ci.customer_id = ${customerId}` : sql``}
  )`;
}

/**
 * A customer's credit (tillgodo): what is left of its payments once their allocations and refunds are
 * taken off. Only money in counts (a return or a deduction left unresolved is staff's to settle). A named
 * prepared statement (Hem asks it on every visit); the tenant's scope is checked as a value first.
 */
export async function customerCreditOre(db: Db, scope: Scope, customerId: string): Promise<number> {
  if (scope.kind === 'tenant' && scope.customerId !== customerId) return 0;
  const customer = sql.placeholder('customerId');
  const [row] = await prepared(db, 'credit_of_customer', () => db.select({ credit: sql<number>`coalesce(sum(greatest(${paymentLeftOre}, 0)), 0)::bigint`.mapWith(Number) })
    .from(payments)
    .where(and(candidatesOf(customer), sql`${paymentCustomerId} = ${customer}`, eq(payments.kind, 'payment')))
    .prepare('credit_of_customer')).execute({ customerId });
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
      candidatesOf(customerId, { paidHere: true }), sql`(${owned} or ${paidHere})`, inArray(payments.kind, ['payment', 'refund']),
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
 * invoices and the oldest due date. The option rules and reminders ask this. A named prepared statement
 * (Hem asks it on every visit); the tenant's scope is checked as a value first.
 */
export async function customerDebt(db: Db, scope: Scope, customerId: string, today: string) {
  if (scope.kind === 'tenant' && scope.customerId !== customerId) return { overdueOre: 0, overdueCount: 0, oldestDueDate: null };
  const left = sql`(${invoices.totalOre} - ${settledOre})`;
  const [row] = await prepared(db, 'debt_of_customer', () => db.select({
    overdueOre: sql<number>`coalesce(sum(${left}), 0)::bigint`.mapWith(Number),
    overdueCount: sql<number>`count(*)::int`.mapWith(Number),
    oldestDueDate: sql<string | null>`min(${invoices.dueDate})::text`,
  }).from(invoices)
    .where(and(
      eq(invoices.customerId, sql.placeholder('customerId')),
      sql`${invoices.kind} <> 'credit'`, sql`${invoices.dueDate} < ${sql.placeholder('today')}`, sql`${left} > 0`,
    ))
    .prepare('debt_of_customer')).execute({ customerId, today });
  return { overdueOre: row?.overdueOre ?? 0, overdueCount: row?.overdueCount ?? 0, oldestDueDate: row?.oldestDueDate ?? null };
}

// What matching and credit need of the ledger, inside the booking transaction.

/** What is still to pay on the invoice of the outer query: its total less what is settled. */
const invoiceLeftOre = sql<number>`(${invoices.totalOre} - ${settledOre})::bigint`.mapWith(Number);

/** The invoices these OCRs name, with what is left to pay on each (paid ones too: a payment to one is credit). */
export async function invoicesByOcr(tx: Tx, ocrs: string[]) {
  if (ocrs.length === 0) return [];
  const rows = await tx.select({ id: invoices.id, ocr: invoices.ocr, customerId: invoices.customerId, remainingOre: invoiceLeftOre, dueDate: invoices.dueDate, issueDate: invoices.issueDate })
    .from(invoices).where(anyOf(invoices.ocr, ocrs));
  return rows.map((r) => ({ ...r, ocr: r.ocr! }));
}

/**
 * Locks these customers' credit until the transaction ends (FOR NO KEY UPDATE, in id order, so two
 * bookings never wait on each other in a circle and inserts that refer to a customer are not held
 * up): whoever uses a customer's credit sees every payment and invoice committed before it.
 */
export async function lockCustomerCredit(tx: Tx, customerIds: string[]): Promise<void> {
  if (customerIds.length === 0) return;
  await tx.select({ id: customers.id }).from(customers).where(anyOf(customers.id, customerIds, 'uuid')).orderBy(customers.id).for('no key update');
}

// Credit and open invoices of many customers at once (a bank file touches thousands): the sums are
// grouped subqueries joined to the rows, not correlated subqueries per row, so the planner may read
// the allocations once (a hash join) instead of looking each payment's or invoice's up in turn. The
// figures are paymentLeftOre's and invoiceLeftOre's.

/**
 * Of these customers, those with an allocation undone on one of their payments (a negative one): after
 * any other booking a customer's money is never left beside an open invoice of its own (decision 0018:
 * whatever gives a customer money or an invoice uses its credit at once), so these are the only ones
 * whose older credit the next money may find an invoice for. A bank import asks this instead of summing
 * every payment of thousands of customers.
 */
export async function customersWithUndoneAllocations(tx: Tx, customerIds: string[]): Promise<string[]> {
  if (customerIds.length === 0) return [];
  const result = await tx.execute(sql`
    select distinct owner as "customerId" from (
      select coalesce(${latestAssignment('p.id')}, p.customer_id) as owner
        from payment_allocations pa join payments p on p.id = pa.payment_id where pa.amount_ore < 0
    ) undone where owner = any(${sql.param([...customerIds])}::uuid[])`);
  return (result as unknown as { rows: { customerId: string }[] }).rows.map((r) => r.customerId);
}

interface CreditRow { paymentId: string; paidOn: string; leftOre: string | number; customerId: string }

/**
 * The payments of these customers (found by the import or assigned by staff) with money left: their
 * credit. With `bankFileId`, only the payments that file booked (a bank import's credited customers,
 * whose older money has nothing open to pay: decision 0018).
 */
export async function creditPaymentsOf(tx: Tx, customerIds: string[], { bankFileId }: { bankFileId?: string } = {}) {
  if (customerIds.length === 0) return [];
  const ids = sql`${sql.param([...customerIds])}::uuid[]`;
  const candidates = bankFileId
    ? sql`select cp.id from payments cp where cp.bank_file_id = ${bankFileId} and cp.customer_id = any(${ids})`
    : sql`select cp.id from payments cp where cp.customer_id = any(${ids})
            union select ca.payment_id from payment_assignments ca where ca.customer_id = any(${ids})`;
  const result = await tx.execute(sql`
    with mine as materialized (
      select * from (
        select p.id, p.paid_on, p.amount_ore, coalesce(${latestAssignment('p.id')}, p.customer_id) as customer_id from payments p
          where p.kind = 'payment' and p.id in (${candidates})
      ) owned where customer_id = any(${ids})
    ),
    allocated as (select pal.payment_id, sum(pal.amount_ore) as ore from payment_allocations pal where pal.payment_id in (select id from mine) group by pal.payment_id),
    refunded as (select rf.refund_of, sum(rf.amount_ore) as ore from payments rf where rf.refund_of in (select id from mine) group by rf.refund_of)
    select m.id as "paymentId", m.paid_on::text as "paidOn", m.customer_id as "customerId",
           (m.amount_ore - coalesce(a.ore, 0) + coalesce(r.ore, 0))::bigint as "leftOre"
      from mine m left join allocated a on a.payment_id = m.id left join refunded r on r.refund_of = m.id
      where m.amount_ore - coalesce(a.ore, 0) + coalesce(r.ore, 0) > 0`);
  return (result as unknown as { rows: CreditRow[] }).rows.map((r) => ({ ...r, leftOre: Number(r.leftOre) }));
}

interface OpenInvoiceRow { id: string; customerId: string; number: string | number; ocr: string | null; remainingOre: string | number; dueDate: string; issueDate: string }

/** These customers' invoices with something left to pay (credit notes are not paid), due or not. */
export async function openInvoicesOf(tx: Tx, customerIds: string[]) {
  if (customerIds.length === 0) return [];
  const result = await tx.execute(sql`
    with theirs as materialized (
      select i.id, i.customer_id, i.number, i.ocr, i.total_ore, i.due_date, i.issue_date from invoices i
        where i.customer_id = any(${sql.param([...customerIds])}::uuid[]) and i.kind <> 'credit'
    ),
    allocated as (select pa.invoice_id, sum(pa.amount_ore) as ore from payment_allocations pa where pa.invoice_id in (select id from theirs) group by pa.invoice_id),
    credited as (select cn.credits_invoice_id, sum(cn.total_ore) as ore from invoices cn where cn.credits_invoice_id in (select id from theirs) group by cn.credits_invoice_id)
    select t.id, t.customer_id as "customerId", t.number, t.ocr, (t.total_ore - (coalesce(a.ore, 0) - coalesce(c.ore, 0)))::bigint as "remainingOre",
           t.due_date::text as "dueDate", t.issue_date::text as "issueDate"
      from theirs t left join allocated a on a.invoice_id = t.id left join credited c on c.credits_invoice_id = t.id
      where t.total_ore > coalesce(a.ore, 0) - coalesce(c.ore, 0)`);
  return (result as unknown as { rows: OpenInvoiceRow[] }).rows.map((r) => ({ ...r, number: Number(r.number), remainingOre: Number(r.remainingOre) }));
}
