// The back office's invoice register: every customer's invoices, avier and credit notes, searched by
// customer, number and derived status (paid, partly paid, unpaid, overdue: from the settled amount and
// the due date, as domain/billing/status.ts says, here in SQL so a page of them is one query). And what
// a credit note needs to know of the invoice it credits, read in the crediting transaction.
import { and, asc, desc, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { customers, invoiceRows, invoices, leases, staffUsers } from '../db/schema/index.ts';
import type { InvoiceStatus } from '../domain/billing/index.ts';
import { settledOre } from './invoices.ts';

export type InvoiceKind = (typeof invoices.kind.enumValues)[number];

export interface InvoiceSearch {
  /** An invoice or OCR number, or part of a customer's name or identity number. */
  q?: string;
  customerId?: string;
  status?: InvoiceStatus;
  kind?: InvoiceKind;
  /** An amount in öre: the invoices whose total, or what is left to pay on them, is that. */
  amountOre?: number;
  /** Leave out credit notes, which are not paid (allocating a payment by hand). */
  payable?: boolean;
  today: string;
  limit: number;
  offset: number;
}

const paid = sql`(${invoices.kind} = 'credit' or ${invoices.totalOre} <= 0 or ${settledOre} >= ${invoices.totalOre})`;

function statusCondition(status: InvoiceStatus, today: string): SQL {
  switch (status) {
    case 'paid': return paid;
    case 'overdue': return sql`(not ${paid} and ${invoices.dueDate} < ${today})`;
    case 'partly_paid': return sql`(not ${paid} and ${invoices.dueDate} >= ${today} and ${settledOre} > 0)`;
    case 'unpaid': return sql`(not ${paid} and ${invoices.dueDate} >= ${today} and ${settledOre} <= 0)`;
  }
}

function textCondition(query: string | undefined): SQL | undefined {
  const q = query?.trim();
  if (!q) return undefined;
  const pattern = `%${q.replace(/[%_\\]/g, '\\$&')}%`;
  const digits = q.replace(/[\s-]/g, '');
  // Digits are an invoice or OCR number; six or more may also be (part of) an organisation number.
  const byNumber = /^\d{1,15}$/.test(digits)
    ? [eq(invoices.number, Number(digits)), eq(invoices.ocr, digits), ...(digits.length >= 6 ? [ilike(customers.identityNumber, `%${digits}%`)] : [])]
    : [];
  return or(ilike(customers.name, pattern), ...byNumber);
}

/** A page of invoices, newest first (issue date, then number), with how many match in all. */
export async function searchInvoices(db: Db, search: InvoiceSearch) {
  const where = and(
    textCondition(search.q),
    search.customerId ? eq(invoices.customerId, search.customerId) : undefined,
    search.kind ? eq(invoices.kind, search.kind) : undefined,
    search.status ? statusCondition(search.status, search.today) : undefined,
    search.amountOre !== undefined ? or(eq(invoices.totalOre, search.amountOre), sql`${invoices.totalOre} - ${settledOre} = ${search.amountOre}`) : undefined,
    search.payable ? sql`${invoices.kind} <> 'credit'` : undefined,
  );
  const rows = await db.select({
    id: invoices.id, number: invoices.number, kind: invoices.kind, customerId: invoices.customerId, leaseId: invoices.leaseId,
    periodKey: invoices.periodKey, text: invoices.text, issueDate: invoices.issueDate, dueDate: invoices.dueDate, totalOre: invoices.totalOre,
    settledOre, creditsInvoiceId: invoices.creditsInvoiceId,
    customerName: customers.name, leaseNumber: leases.number,
    matching: sql<number>`count(*) over ()`.mapWith(Number),
  }).from(invoices)
    .innerJoin(customers, eq(customers.id, invoices.customerId))
    .leftJoin(leases, eq(leases.id, invoices.leaseId))
    .where(where)
    .orderBy(desc(invoices.issueDate), desc(invoices.number))
    .limit(search.limit)
    .offset(search.offset);
  // Past the last page the window count is not there: count on its own then.
  const total = rows[0]?.matching ?? (search.offset > 0
    ? (await db.select({ n: sql<number>`count(*)`.mapWith(Number) }).from(invoices).innerJoin(customers, eq(customers.id, invoices.customerId)).where(where))[0]!.n
    : 0);
  return { rows, total };
}

export type InvoiceSearchRow = Awaited<ReturnType<typeof searchInvoices>>['rows'][number];

/** The invoice a credit note would credit, its rows, and the rows of the credit notes already against it. */
export async function invoiceToCredit(db: Db, id: string) {
  const [invoice] = await db.select().from(invoices).where(eq(invoices.id, id));
  if (!invoice) return null;
  const credits = await db.select({ id: invoices.id }).from(invoices).where(eq(invoices.creditsInvoiceId, id));
  const [rows, creditRows] = [
    await db.select().from(invoiceRows).where(eq(invoiceRows.invoiceId, id)).orderBy(asc(invoiceRows.position)),
    credits.length === 0 ? [] : await db.select({ netOre: invoiceRows.netOre, vatRatePercent: invoiceRows.vatRatePercent, vatOre: invoiceRows.vatOre })
      .from(invoiceRows).where(inArray(invoiceRows.invoiceId, credits.map((c) => c.id))),
  ];
  return { invoice, rows, creditRows };
}

export type InvoiceToCredit = NonNullable<Awaited<ReturnType<typeof invoiceToCredit>>>;

/** The lease, when it is the customer's (a one-off invoice about one of its leases). */
export async function leaseOfCustomer(db: Db, customerId: string, leaseId: string) {
  const [row] = await db.select({ id: leases.id, number: leases.number }).from(leases)
    .where(and(eq(leases.id, leaseId), eq(leases.customerId, customerId)));
  return row ?? null;
}

export async function customerName(db: Db, id: string) {
  const [row] = await db.select({ id: customers.id, name: customers.name }).from(customers).where(eq(customers.id, id));
  return row ?? null;
}

/** Who the invoice is for and who issued it, for the back office's invoice page. */
export async function invoiceParties(db: Db, id: string) {
  const [row] = await db.select({
    customerId: customers.id, customerName: customers.name, identityNumber: customers.identityNumber,
    createdById: staffUsers.id, createdByName: staffUsers.name,
  }).from(invoices)
    .innerJoin(customers, eq(customers.id, invoices.customerId))
    .leftJoin(staffUsers, eq(staffUsers.id, invoices.createdBy))
    .where(eq(invoices.id, id));
  return row ?? null;
}
