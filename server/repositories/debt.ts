// What customers owe, for staff and the system (the debtor list, a customer's page, reminders, the
// option rules): each invoice with something left to pay, and the customers' credit. No tenant route
// reaches these; a tenant's own balance is ledger.ts customerDebt, read through its scope.
import { and, asc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { customers, invoices, payments } from '../db/schema/index.ts';
import { settledOre } from './invoices.ts';
import { prepared } from '../db/prepared.ts';
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

/**
 * One customer's overdue balance (as openInvoices with dueBefore sums it) and credit (as
 * creditOfCustomers counts it), in one prepared statement: the option rules ask it on every Tillval page.
 * The credit's payments are found by index first (the customer's own, those assigned to it), then
 * checked by owner, as ledger.ts customerCreditOre does. The outer customer is named in full: Drizzle
 * writes a column of a one-table select unqualified, and inside a subquery it would be the inner table's.
 */
export async function overdueAndCreditOf(db: Db, customerId: string, today: string): Promise<{ overdueOre: number; creditOre: number }> {
  const [row] = await prepared(db, 'overdue_and_credit_of_customer', () => db.select({
    overdueOre: sql<number>`coalesce((
      select sum(${leftOre}) from ${invoices}
       where "invoices"."customer_id" = "customers"."id" and ${invoices.kind} <> 'credit' and ${invoices.dueDate} < ${sql.placeholder('today')}
         and ${invoices.totalOre} > ${settledOre}), 0)::bigint`.mapWith(Number),
    creditOre: sql<number>`coalesce((
      select sum(greatest(${paymentLeftOre}, 0)) from ${payments}
       where ${payments.kind} = 'payment' and ${paymentCustomerId} = "customers"."id"
         and "payments"."id" in (
           select cp.id from payments cp where cp.customer_id = "customers"."id"
           union all select ca.payment_id from payment_assignments ca where ca.customer_id = "customers"."id")), 0)::bigint`.mapWith(Number),
  }).from(customers).where(eq(customers.id, sql.placeholder('customerId'))).prepare('overdue_and_credit_of_customer')).execute({ customerId, today });
  return { overdueOre: row?.overdueOre ?? 0, creditOre: row?.creditOre ?? 0 };
}
