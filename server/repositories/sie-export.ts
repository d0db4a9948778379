// What the bookkeeping export of a period reads: the invoices issued with their rows, the payments of
// the period with what each paid on the day it was booked, and the allocations booked on a later day
// (credit used, an allocation undone). An allocation is the payment's when it was booked on the
// payment's booking day (Swedish dates), else a movement of its own: every allocation once.
import { and, asc, between, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { customers, invoiceRows, invoices, paymentAllocations, payments } from '../db/schema/index.ts';

const swedishDay = (column: unknown) => sql`((${column}) at time zone 'Europe/Stockholm')::date`;

/** The invoices issued in the period, each with its rows, by issue date and number. */
export async function invoicesIssuedIn(db: Db, from: string, to: string) {
  const rows = await db.select({
    id: invoices.id, number: invoices.number, kind: invoices.kind, issueDate: invoices.issueDate,
    netOre: invoiceRows.netOre, vatOre: invoiceRows.vatOre, vatRatePercent: invoiceRows.vatRatePercent, rowKind: invoiceRows.kind,
  }).from(invoices)
    .innerJoin(invoiceRows, eq(invoiceRows.invoiceId, invoices.id))
    .where(between(invoices.issueDate, from, to))
    .orderBy(asc(invoices.issueDate), asc(invoices.number), asc(invoiceRows.position));
  const found = new Map<string, { number: number; kind: (typeof rows)[number]['kind']; issueDate: string; rows: { netOre: number; vatOre: number; vatRatePercent: number; kind: string }[] }>();
  for (const r of rows) {
    const invoice = found.get(r.id) ?? { number: r.number, kind: r.kind, issueDate: r.issueDate, rows: [] };
    invoice.rows.push({ netOre: r.netOre, vatOre: r.vatOre, vatRatePercent: r.vatRatePercent, kind: r.rowKind });
    found.set(r.id, invoice);
  }
  return [...found.values()];
}

/** The payments made in the period, each with the part allocated on its own booking day. */
export async function paymentsMadeIn(db: Db, from: string, to: string) {
  return db.select({
    id: payments.id, kind: payments.kind, paidOn: payments.paidOn, amountOre: payments.amountOre, reference: payments.reference,
    payerName: payments.payerName, customerName: customers.name,
    allocatedOre: sql<number>`coalesce((
      select sum(pal.amount_ore) from payment_allocations pal
      where pal.payment_id = ${payments.id} and ${swedishDay(sql`pal.created_at`)} <= ${swedishDay(payments.createdAt)}
    ), 0)::bigint`.mapWith(Number),
  }).from(payments)
    .leftJoin(customers, eq(customers.id, payments.customerId))
    .where(between(payments.paidOn, from, to))
    .orderBy(asc(payments.paidOn), asc(payments.createdAt), asc(payments.id));
}

/** Allocations booked in the period on a later day than their payment, with the invoice's number. */
export async function laterAllocationsIn(db: Db, from: string, to: string) {
  const bookedOn = swedishDay(paymentAllocations.createdAt);
  return db.select({
    date: sql<string>`${bookedOn}::text`, amountOre: paymentAllocations.amountOre, invoiceNumber: invoices.number,
  }).from(paymentAllocations)
    .innerJoin(payments, eq(payments.id, paymentAllocations.paymentId))
    .innerJoin(invoices, eq(invoices.id, paymentAllocations.invoiceId))
    .where(and(sql`${bookedOn} > ${swedishDay(payments.createdAt)}`, sql`${bookedOn} between ${from}::date and ${to}::date`))
    .orderBy(asc(paymentAllocations.createdAt), asc(paymentAllocations.id));
}
