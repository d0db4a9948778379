// What customers owe, for staff and the system (the debtor list, a customer's page, reminders, the
// option rules): each invoice with something left to pay, and the customers' credit. No tenant route
// reaches these; a tenant's own balance is ledger.ts customerDebt, read through its scope.
import { and, asc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { customers, invoices, payments } from '../db/schema/index.ts';
import { settledOre } from './invoices.ts';
import { paymentCustomerId, paymentLeftOre } from './ledger.ts';

const leftOre = sql<number>`(${invoices.totalOre} - ${settledOre})::bigint`.mapWith(Number);

/** Invoices with something left to pay (never a credit note), oldest due first; of one customer, or due before a date. */
export async function openInvoices(db: Db, filter: { customerId?: string; dueBefore?: string }) {
  return db.select({
    id: invoices.id, number: invoices.number, kind: invoices.kind, customerId: invoices.customerId, dueDate: invoices.dueDate,
    totalOre: invoices.totalOre, remainingOre: leftOre, customerName: customers.name, identityNumber: customers.identityNumber,
  }).from(invoices)
    .innerJoin(customers, eq(customers.id, invoices.customerId))
    .where(and(
      ne(invoices.kind, 'credit'), sql`${invoices.totalOre} > ${settledOre}`,
      filter.customerId ? eq(invoices.customerId, filter.customerId) : undefined,
      filter.dueBefore ? sql`${invoices.dueDate} < ${filter.dueBefore}` : undefined,
    ))
    .orderBy(asc(invoices.dueDate), asc(invoices.number));
}

export type OpenInvoiceRow = Awaited<ReturnType<typeof openInvoices>>[number];

/** Each customer's credit (money in not yet allocated or refunded), as ledger.ts customerCreditOre counts it. */
export async function creditOfCustomers(db: Db, customerIds: string[]): Promise<Map<string, number>> {
  const credit = new Map<string, number>();
  if (customerIds.length === 0) return credit;
  const rows = await db.select({
    customerId: paymentCustomerId,
    creditOre: sql<number>`coalesce(sum(greatest(${paymentLeftOre}, 0)), 0)::bigint`.mapWith(Number),
  }).from(payments)
    .where(and(eq(payments.kind, 'payment'), inArray(paymentCustomerId, customerIds)))
    // By position: the select list writes the columns unqualified, the group by would not match it.
    .groupBy(sql`1`);
  for (const r of rows) if (r.customerId) credit.set(r.customerId, r.creditOre);
  return credit;
}

