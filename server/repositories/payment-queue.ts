// The back office's reads of payments (issue 11, the unmatched queue): the queue itself, one payment
// with its bookings, and what handling a payment by hand needs to know, read in its transaction with
// the payment (and the invoices it is allocated to) locked, so two staff at once are one after the other.
import { and, asc, desc, eq, inArray, ne, or, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import type { Tx } from '../db/tx.ts';
import { bankFiles, customers, invoices, paymentAllocations, paymentAssignments, payments, staffUsers } from '../db/schema/index.ts';
import type { InvoiceToAllocate, PaidOnInvoice, PaymentToHandle } from '../domain/payments/handling.ts';
import { settledOre } from './invoices.ts';
import { paymentCustomerId, paymentLeftOre } from './ledger.ts';

/**
 * Waiting for staff: what is left of a payment nobody's (no OCR of ours, several customers), and
 * deductions and returns not yet settled against invoices, whoever's they are.
 */
const inQueue = and(
  ne(payments.kind, 'refund'),
  sql`${paymentLeftOre} <> 0`,
  or(sql`${paymentCustomerId} is null`, ne(payments.kind, 'payment')),
);

/** The queue, oldest first, with the file each came in; at most `limit`, and how many and how much in all. */
export async function listPaymentQueue(db: Db, limit: number) {
  const rows = await db.select({
    id: payments.id, kind: payments.kind, paidOn: payments.paidOn, amountOre: payments.amountOre, leftOre: paymentLeftOre,
    reference: payments.reference, payerName: payments.payerName, source: payments.source, unmatchedReason: payments.unmatchedReason,
    details: payments.details, bankFileId: bankFiles.id, bankFileName: bankFiles.fileName, bankFileFormat: bankFiles.format,
  }).from(payments)
    .leftJoin(bankFiles, eq(bankFiles.id, payments.bankFileId))
    .where(inQueue)
    .orderBy(asc(payments.paidOn), asc(payments.createdAt), asc(payments.id))
    .limit(limit);
  const { count, leftOre } = await paymentQueueSummary(db);
  return { rows, count, leftOre };
}

/** For the overview: how many payments wait, how much is left of them, and since when the oldest. */
export async function paymentQueueSummary(db: Db): Promise<{ count: number; leftOre: number; oldestPaidOn: string | null }> {
  const [sums] = await db.select({
    count: sql<number>`count(*)::int`.mapWith(Number),
    leftOre: sql<number>`coalesce(sum(${paymentLeftOre}), 0)::bigint`.mapWith(Number),
    oldestPaidOn: sql<string | null>`min(${payments.paidOn})::text`,
  }).from(payments).where(inQueue);
  return { count: sums?.count ?? 0, leftOre: sums?.leftOre ?? 0, oldestPaidOn: sums?.oldestPaidOn ?? null };
}

export type QueueRow = Awaited<ReturnType<typeof listPaymentQueue>>['rows'][number];

/** One payment for staff: what it is, whose, what is left, where it came from, and every booking on it. */
export async function findPaymentForStaff(db: Db, id: string) {
  const [payment] = await db.select({
    row: payments, leftOre: paymentLeftOre, customerId: paymentCustomerId,
    bankFileName: bankFiles.fileName, bankFileFormat: bankFiles.format, bankFileReceivedAt: bankFiles.receivedAt,
    createdByName: staffUsers.name,
  }).from(payments)
    .leftJoin(bankFiles, eq(bankFiles.id, payments.bankFileId))
    .leftJoin(staffUsers, eq(staffUsers.id, payments.createdBy))
    .where(eq(payments.id, id));
  if (!payment) return null;
  const customer = payment.customerId
    ? (await db.select({ id: customers.id, name: customers.name, identityNumber: customers.identityNumber }).from(customers).where(eq(customers.id, payment.customerId)))[0] ?? null
    : null;
  const allocations = await db.select({
    id: paymentAllocations.id, amountOre: paymentAllocations.amountOre, createdAt: paymentAllocations.createdAt, byName: staffUsers.name,
    invoiceId: invoices.id, number: invoices.number, kind: invoices.kind, periodKey: invoices.periodKey, text: invoices.text,
    dueDate: invoices.dueDate, customerId: invoices.customerId,
  }).from(paymentAllocations)
    .innerJoin(invoices, eq(invoices.id, paymentAllocations.invoiceId))
    .leftJoin(staffUsers, eq(staffUsers.id, paymentAllocations.createdBy))
    .where(eq(paymentAllocations.paymentId, id))
    .orderBy(asc(paymentAllocations.createdAt), asc(paymentAllocations.id));
  // Oldest first: given from the queue, then any moves (decision 0025); the newest says whose it is.
  const assignments = await db.select({ customerId: paymentAssignments.customerId, customerName: customers.name, createdAt: paymentAssignments.createdAt, byName: staffUsers.name })
    .from(paymentAssignments).innerJoin(customers, eq(customers.id, paymentAssignments.customerId))
    .leftJoin(staffUsers, eq(staffUsers.id, paymentAssignments.createdBy))
    .where(eq(paymentAssignments.paymentId, id))
    .orderBy(asc(paymentAssignments.createdAt), asc(paymentAssignments.id));
  const refunds = await db.select({
    id: payments.id, paidOn: payments.paidOn, amountOre: payments.amountOre, reference: payments.reference, details: payments.details,
    createdAt: payments.createdAt, byName: staffUsers.name,
  }).from(payments).leftJoin(staffUsers, eq(staffUsers.id, payments.createdBy))
    .where(eq(payments.refundOf, id))
    .orderBy(asc(payments.createdAt));
  const refundOf = payment.row.refundOf
    ? (await db.select({ id: payments.id, paidOn: payments.paidOn, amountOre: payments.amountOre }).from(payments).where(eq(payments.id, payment.row.refundOf)))[0] ?? null
    : null;
  return { ...payment, customer, allocations, assignments, refunds, refundOf };
}

export type StaffPaymentBundle = NonNullable<Awaited<ReturnType<typeof findPaymentForStaff>>>;

/**
 * Locks the payment until the transaction ends and says what handling it needs: its kind, what is left,
 * whose it is, and the customers of the invoices it has paid. Null when there is no such payment.
 * A second staff member's transaction waits here, then sees the first one's bookings.
 */
export async function lockPaymentToHandle(tx: Tx, id: string): Promise<(PaymentToHandle & { id: string; amountOre: number }) | null> {
  const [locked] = await tx.select({ id: payments.id }).from(payments).where(eq(payments.id, id)).for('update');
  if (!locked) return null;
  const [payment] = await tx.select({ kind: payments.kind, amountOre: payments.amountOre, leftOre: paymentLeftOre, customerId: paymentCustomerId })
    .from(payments).where(eq(payments.id, id));
  const paid = await tx.select({ customerId: invoices.customerId }).from(paymentAllocations)
    .innerJoin(invoices, eq(invoices.id, paymentAllocations.invoiceId))
    .where(eq(paymentAllocations.paymentId, id))
    .groupBy(invoices.id, invoices.customerId)
    .having(sql`sum(${paymentAllocations.amountOre}) <> 0`);
  return {
    id, kind: payment!.kind as PaymentToHandle['kind'], amountOre: payment!.amountOre, leftOre: payment!.leftOre, customerId: payment!.customerId,
    paidCustomerIds: [...new Set(paid.map((p) => p.customerId))],
  };
}

/** The customers of these invoices (not locked: to lock their credit before the invoices). */
export async function customersOfInvoices(tx: Tx, ids: string[]): Promise<string[]> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return [];
  const rows = await tx.selectDistinct({ customerId: invoices.customerId }).from(invoices).where(inArray(invoices.id, unique));
  return rows.map((r) => r.customerId);
}

/**
 * The invoices to allocate to, locked (in id order, so two transactions never wait on each other the
 * other way round), each with what is left to pay on it and what payments have paid on it.
 */
export async function lockInvoicesToAllocate(tx: Tx, ids: string[]): Promise<InvoiceToAllocate[]> {
  const unique = [...new Set(ids)].sort();
  if (unique.length === 0) return [];
  await tx.select({ id: invoices.id }).from(invoices).where(inArray(invoices.id, unique)).orderBy(asc(invoices.id)).for('update');
  const rows = await tx.select({
    id: invoices.id, number: invoices.number, customerId: invoices.customerId, kind: invoices.kind, totalOre: invoices.totalOre, settledOre,
    paidOre: sql<number>`coalesce((select sum(pa.amount_ore) from payment_allocations pa where pa.invoice_id = "invoices"."id"), 0)::bigint`.mapWith(Number),
  }).from(invoices).where(inArray(invoices.id, unique));
  return rows.map((r) => ({
    id: r.id, number: r.number, customerId: r.customerId, kind: r.kind,
    remainingOre: r.kind === 'credit' ? 0 : Math.max(0, r.totalOre - r.settledOre), paidOre: r.paidOre,
  }));
}

/** The payment's net allocation on one invoice (signed like the payment), and the invoice's number. */
export async function allocatedOn(tx: Tx, paymentId: string, invoiceId: string) {
  const [row] = await tx.select({
    number: invoices.number, customerId: invoices.customerId,
    allocatedOre: sql<number>`coalesce((select sum(pa.amount_ore) from payment_allocations pa where pa.invoice_id = "invoices"."id" and pa.payment_id = ${paymentId}), 0)::bigint`.mapWith(Number),
  }).from(invoices).where(eq(invoices.id, invoiceId));
  return row ?? null;
}

/** The customers payments may be given to, by id (to check the one staff chose exists). */
export async function customerExists(db: Db | Tx, id: string): Promise<boolean> {
  const [row] = await db.select({ id: customers.id }).from(customers).where(eq(customers.id, id));
  return row !== undefined;
}

/** A manual payment recorded before under this idempotency key (its identity). */
export async function paymentByIdentity(db: Db | Tx, identity: string) {
  const [row] = await db.select({ id: payments.id, amountOre: payments.amountOre, paidOn: payments.paidOn }).from(payments).where(eq(payments.identity, identity));
  return row ?? null;
}

/** The invoices the OCRs name, paid or not, as matching wants them (matching.ts InvoiceToMatch). */
export async function invoicesByOcr(db: Db | Tx, ocrs: string[]) {
  if (ocrs.length === 0) return [];
  const rows = await db.select({
    id: invoices.id, number: invoices.number, ocr: invoices.ocr, customerId: invoices.customerId, totalOre: invoices.totalOre, settledOre,
    dueDate: invoices.dueDate, issueDate: invoices.issueDate,
  }).from(invoices).where(and(inArray(invoices.ocr, ocrs), ne(invoices.kind, 'credit'))).orderBy(desc(invoices.dueDate));
  return rows.map((r) => ({ id: r.id, number: r.number, ocr: r.ocr!, customerId: r.customerId, remainingOre: Math.max(0, r.totalOre - r.settledOre), dueDate: r.dueDate, issueDate: r.issueDate }));
}

/**
 * What an invoice is settled past its total (paid, then credited), and the payments' net allocations on
 * it with when each last booked one: what a credit note frees (domain releaseOverSettled).
 */
export async function overSettlement(tx: Tx, invoiceId: string): Promise<{ overOre: number; paid: PaidOnInvoice[] }> {
  const [invoice] = await tx.select({ totalOre: invoices.totalOre, settledOre }).from(invoices).where(eq(invoices.id, invoiceId));
  if (!invoice || invoice.settledOre <= invoice.totalOre) return { overOre: 0, paid: [] };
  const paid = await tx.select({
    paymentId: paymentAllocations.paymentId,
    allocatedOre: sql<number>`sum(${paymentAllocations.amountOre})::bigint`.mapWith(Number),
    lastAt: sql<Date>`max(${paymentAllocations.createdAt})`.mapWith((v: string | Date) => new Date(v)),
  }).from(paymentAllocations).where(eq(paymentAllocations.invoiceId, invoiceId)).groupBy(paymentAllocations.paymentId);
  return { overOre: invoice.settledOre - invoice.totalOre, paid };
}

/** Whose the payment is now (not locked: to lock that customer's credit before the payment). */
export async function paymentOwner(tx: Tx, id: string): Promise<string | null> {
  const [row] = await tx.select({ customerId: paymentCustomerId }).from(payments).where(eq(payments.id, id));
  return row?.customerId ?? null;
}

/** What the payment has paid, net, on each invoice (those where it is not 0), with the invoice's number. */
export async function netAllocationsOf(tx: Tx, paymentId: string): Promise<{ invoiceId: string; number: number; amountOre: number }[]> {
  return tx.select({
    invoiceId: paymentAllocations.invoiceId, number: invoices.number,
    amountOre: sql<number>`sum(${paymentAllocations.amountOre})::bigint`.mapWith(Number),
  }).from(paymentAllocations).innerJoin(invoices, eq(invoices.id, paymentAllocations.invoiceId))
    .where(eq(paymentAllocations.paymentId, paymentId))
    .groupBy(paymentAllocations.invoiceId, invoices.number)
    .having(sql`sum(${paymentAllocations.amountOre}) <> 0`)
    .orderBy(invoices.number);
}
