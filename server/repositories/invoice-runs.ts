// Invoice runs (the row a run's progress lives in) and the leases a run reads.
import { and, asc, desc, eq, gte, inArray, isNotNull, isNull, lte, or, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import type { Tx } from '../db/tx.ts';
import { customers, invoiceRuns, leases, rentRows, staffUsers, tenantUsers } from '../db/schema/index.ts';

export type InvoiceRunRow = typeof invoiceRuns.$inferSelect;

export async function insertInvoiceRun(tx: Tx, values: typeof invoiceRuns.$inferInsert & { id: string }): Promise<void> {
  await tx.insert(invoiceRuns).values(values);
}

const runColumns = { run: invoiceRuns, createdByName: staffUsers.name };

export async function findInvoiceRun(db: Db, id: string) {
  const [row] = await db.select(runColumns).from(invoiceRuns).leftJoin(staffUsers, eq(staffUsers.id, invoiceRuns.createdBy)).where(eq(invoiceRuns.id, id));
  return row ?? null;
}

export type InvoiceRunWithCreator = NonNullable<Awaited<ReturnType<typeof findInvoiceRun>>>;

export async function listInvoiceRuns(db: Db, limit: number) {
  return db.select(runColumns).from(invoiceRuns).leftJoin(staffUsers, eq(staffUsers.id, invoiceRuns.createdBy))
    .orderBy(desc(invoiceRuns.createdAt), desc(invoiceRuns.id)).limit(limit);
}

/** Runs of a period that are queued or running: a second run of it waits for them. */
export async function activeRunsOf(db: Db, periodKey: string) {
  return db.select({ id: invoiceRuns.id }).from(invoiceRuns)
    .where(and(eq(invoiceRuns.periodKey, periodKey), inArray(invoiceRuns.status, ['queued', 'running'])));
}

export async function updateInvoiceRun(db: Db, id: string, values: Partial<Omit<typeof invoiceRuns.$inferInsert, 'id'>>): Promise<void> {
  await db.update(invoiceRuns).set(values).where(eq(invoiceRuns.id, id));
}

/** A batch's progress, added in the batch's own transaction. */
export async function addRunProgress(tx: Tx, id: string, done: { leases: number; invoices: number; totalOre: number }): Promise<void> {
  await tx.update(invoiceRuns).set({
    leasesDone: sql`${invoiceRuns.leasesDone} + ${done.leases}`,
    invoiceCount: sql`${invoiceRuns.invoiceCount} + ${done.invoices}`,
    totalOre: sql`${invoiceRuns.totalOre} + ${done.totalOre}`,
  }).where(eq(invoiceRuns.id, id));
}

/**
 * Leases a run looks at: all but those that ended before `endedSince` (a year before the period), with
 * their customer's name; in lease number order, so batches and the preview are stable.
 */
export async function leasesAround(db: Db, endedSince: string) {
  return db.select({
    id: leases.id, number: leases.number, customerId: leases.customerId, customerName: customers.name,
    startDate: leases.startDate, endDate: leases.endDate, billingPeriod: leases.billingPeriod,
  }).from(leases).innerJoin(customers, eq(customers.id, leases.customerId))
    .where(or(isNull(leases.endDate), gte(leases.endDate, endedSince)))
    .orderBy(asc(leases.number));
}

export type RunLease = Awaited<ReturnType<typeof leasesAround>>[number];

/** The rent rows of these leases that may apply in [start, end] (validity overlapping it). */
export async function rentRowsOf(db: Db, leaseIds: string[], period: { start: string; end: string }) {
  const found: Awaited<ReturnType<typeof rentRowsChunk>> = [];
  for (let i = 0; i < leaseIds.length; i += 5000) found.push(...await rentRowsChunk(db, leaseIds.slice(i, i + 5000), period));
  return found;
}

async function rentRowsChunk(db: Db, leaseIds: string[], period: { start: string; end: string }) {
  if (leaseIds.length === 0) return [];
  return db.select({
    id: rentRows.id, leaseId: rentRows.leaseId, kind: rentRows.kind, description: rentRows.description, amountOre: rentRows.amountOre,
    per: rentRows.per, vatRatePercent: rentRows.vatRatePercent, validFrom: rentRows.validFrom, validTo: rentRows.validTo,
  }).from(rentRows)
    .where(and(
      inArray(rentRows.leaseId, leaseIds),
      or(isNull(rentRows.validFrom), lte(rentRows.validFrom, period.end)),
      or(isNull(rentRows.validTo), gte(rentRows.validTo, period.start)),
    ))
    .orderBy(asc(rentRows.leaseId), asc(rentRows.kind), asc(rentRows.description), asc(rentRows.id));
}

/** Each customer's active tenant users with a verified e-mail: who hears of a new avi. */
export async function verifiedTenantEmails(db: Db, customerIds: string[]) {
  if (customerIds.length === 0) return [];
  return db.select({ customerId: tenantUsers.customerId, email: tenantUsers.email, language: tenantUsers.language }).from(tenantUsers)
    .where(and(inArray(tenantUsers.customerId, customerIds), eq(tenantUsers.status, 'active'), isNotNull(tenantUsers.emailVerifiedAt), isNotNull(tenantUsers.email)));
}
