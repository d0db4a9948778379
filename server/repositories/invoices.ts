// Invoices and their rows: the gap-free number series, bulk inserts, and the tenant's reads with what
// has been settled on each (payments allocated to it and credit notes against it), computed in SQL.
import { and, asc, desc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import type { Tx } from '../db/tx.ts';
import { insertRowsAsJson } from '../db/bulk-insert.ts';
import { prepared } from '../db/prepared.ts';
import { ofScope, type Scope } from '../policies/tenant.ts';
import { shareBankImportLock } from './booking-locks.ts';
import { invoiceNumberCounters, invoiceRows, invoices, paymentAllocations, payments } from '../db/schema/index.ts';

export const INVOICE_SERIES = 'invoice';

export type InvoiceInsert = typeof invoices.$inferInsert & { id: string; number: number };
export type InvoiceRowInsert = typeof invoiceRows.$inferInsert;

/**
 * Locks the number series until the transaction ends and says its last number. Taken first, before
 * checking what is still to invoice: whoever holds it sees every invoice committed before it. A running
 * bank import's turn comes first (decision 0027): what an invoice, a credit note or the credit they use
 * changes of an invoice's balance waits until the import, which booked against the balances it read, has committed.
 */
export async function lockInvoiceSeries(tx: Tx): Promise<number> {
  await shareBankImportLock(tx);
  const [row] = await tx.insert(invoiceNumberCounters).values({ series: INVOICE_SERIES, lastNumber: 0 })
    .onConflictDoUpdate({ target: invoiceNumberCounters.series, set: { lastNumber: sql`${invoiceNumberCounters.lastNumber}` } })
    .returning({ last: invoiceNumberCounters.lastNumber });
  return row!.last;
}

/** The next `count` numbers of the series, in the caller's transaction: a rollback gives them back. */
export async function takeInvoiceNumbers(tx: Tx, count: number): Promise<number> {
  const [row] = await tx.update(invoiceNumberCounters)
    .set({ lastNumber: sql`${invoiceNumberCounters.lastNumber} + ${count}` })
    .where(eq(invoiceNumberCounters.series, INVOICE_SERIES))
    .returning({ last: invoiceNumberCounters.lastNumber });
  return row!.last - count + 1;
}

/** The invoices, then their rows: one multi-row INSERT each (server/db/bulk-insert.ts). */
export async function insertInvoicesWithRows(tx: Tx, rows: { invoices: InvoiceInsert[]; rows: InvoiceRowInsert[] }): Promise<void> {
  await insertRowsAsJson(tx, invoices, rows.invoices);
  await insertRowsAsJson(tx, invoiceRows, rows.rows);
}

/** `leaseId|periodKey` of the rent invoices that exist for these leases and periods. */
export async function existingRentInvoices(db: Db, leaseIds: string[], periodKeys: string[]): Promise<Set<string>> {
  const found = new Set<string>();
  if (periodKeys.length === 0) return found;
  for (let i = 0; i < leaseIds.length; i += 5000) {
    const rows = await db.select({ leaseId: invoices.leaseId, periodKey: invoices.periodKey }).from(invoices)
      .where(and(eq(invoices.kind, 'rent'), inArray(invoices.leaseId, leaseIds.slice(i, i + 5000)), inArray(invoices.periodKey, periodKeys)));
    for (const r of rows) found.add(`${r.leaseId}|${r.periodKey}`);
  }
  return found;
}

/**
 * What has been settled on the invoice of the outer query: payments allocated to it, and the credit
 * notes against it (their totals are negative, so they count negated). The outer invoice is named
 * explicitly, since the inner query reads the same table.
 */
export const settledOre = sql<number>`(
  coalesce((select sum(pa.amount_ore) from payment_allocations pa where pa.invoice_id = "invoices"."id"), 0)
  - coalesce((select sum(cn.total_ore) from invoices cn where cn.credits_invoice_id = "invoices"."id"), 0)
)::bigint`.mapWith(Number);

const summaryColumns = {
  id: invoices.id, number: invoices.number, kind: invoices.kind, customerId: invoices.customerId, leaseId: invoices.leaseId,
  periodKey: invoices.periodKey, text: invoices.text, issueDate: invoices.issueDate, dueDate: invoices.dueDate, totalOre: invoices.totalOre,
  settledOre,
};

export type InvoiceSummaryRow = Awaited<ReturnType<typeof listInvoices>>[number];

function listStatement(db: Db, unpaid: boolean, limit: number, name: string) {
  return db.select(summaryColumns).from(invoices)
    .where(and(
      eq(invoices.customerId, sql.placeholder('customerId')),
      unpaid ? and(ne(invoices.kind, 'credit'), sql`${invoices.totalOre} > ${settledOre}`) : undefined,
    ))
    .orderBy(desc(invoices.issueDate), desc(invoices.number))
    .limit(limit)
    .prepare(name);
}

/**
 * A customer's invoices, newest first; `unpaid` keeps those with something left to pay (no credit notes).
 * The tenant's Avier and Hem ask for it on every visit: a named prepared statement per shape, as the case
 * lists (docs/decisions/0009-prepared-statements.md). The scope is checked as a value, since a prepared
 * statement's values are placeholders: a tenant reaches its own customer's invoices only.
 */
export async function listInvoices(db: Db, scope: Scope, customerId: string, options: { unpaid: boolean; limit?: number }) {
  if (scope.kind === 'tenant' && scope.customerId !== customerId) return [];
  const limit = options.limit ?? 500;
  const name = `list_invoices_${options.unpaid ? 'unpaid' : 'all'}_${limit}`;
  return prepared(db, name, () => listStatement(db, options.unpaid, limit, name)).execute({ customerId });
}

/** One invoice (the tenant's own only), with its rows, the payments allocated to it and the credit notes against it. */
export async function findInvoice(db: Db, scope: Scope, id: string) {
  const [invoice] = await db.select({ ...summaryColumns, row: invoices }).from(invoices)
    .where(and(eq(invoices.id, id), ofScope(scope, invoices.customerId)));
  if (!invoice) return null;
  const [rows, paid, credits, credited] = await Promise.all([
    db.select().from(invoiceRows).where(eq(invoiceRows.invoiceId, id)).orderBy(asc(invoiceRows.position)),
    // Net per payment: an allocation staff undid (a reversing row) is not a payment of the invoice.
    db.select({ id: payments.id, paidOn: payments.paidOn, amountOre: sql<number>`sum(${paymentAllocations.amountOre})::bigint`.mapWith(Number) }).from(paymentAllocations)
      .innerJoin(payments, eq(payments.id, paymentAllocations.paymentId))
      .where(eq(paymentAllocations.invoiceId, id))
      .groupBy(payments.id, payments.paidOn)
      .having(sql`sum(${paymentAllocations.amountOre}) <> 0`)
      .orderBy(asc(payments.paidOn), sql`min(${paymentAllocations.createdAt})`),
    db.select({ id: invoices.id, number: invoices.number, issueDate: invoices.issueDate, totalOre: invoices.totalOre }).from(invoices)
      .where(eq(invoices.creditsInvoiceId, id)).orderBy(asc(invoices.number)),
    invoice.row.creditsInvoiceId
      ? db.select({ id: invoices.id, number: invoices.number, issueDate: invoices.issueDate, totalOre: invoices.totalOre }).from(invoices)
        .where(eq(invoices.id, invoice.row.creditsInvoiceId))
      : Promise.resolve([]),
  ]);
  const { row, ...summary } = invoice;
  return { summary, invoice: row, rows, payments: paid, credits, creditsInvoice: credited[0] ?? null };
}

export type InvoiceBundle = NonNullable<Awaited<ReturnType<typeof findInvoice>>>;
