// Option orders once sent: for the tenant (through its scope, by the case they are) and for staff (the
// list to process, one order to move through its statuses).
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import type { Tx } from '../db/tx.ts';
import { ofScope, type Scope } from '../policies/tenant.ts';
import { buildings, cases, customers, invoices, optionOrderLines, optionOrders, rentalObjects, spaces, staffUsers } from '../db/schema/index.ts';
import { settledOre } from './invoices.ts';

export type OptionOrderRow = typeof optionOrders.$inferSelect;

const orderColumns = {
  order: optionOrders, caseNumber: cases.number, caseStatus: cases.status, customerName: customers.name,
  objectNumber: rentalObjects.number, objectType: rentalObjects.type, street: buildings.street,
};

function orders(db: Db) {
  return db.select(orderColumns).from(optionOrders)
    .innerJoin(cases, eq(cases.id, optionOrders.caseId))
    .innerJoin(customers, eq(customers.id, optionOrders.customerId))
    .innerJoin(rentalObjects, eq(rentalObjects.id, optionOrders.rentalObjectId))
    .innerJoin(buildings, eq(buildings.id, rentalObjects.buildingId));
}

async function withLines<T extends { order: OptionOrderRow }>(db: Db, rows: T[]) {
  if (rows.length === 0) return [];
  const lines = await db.select({ line: optionOrderLines, spaceName: spaces.name }).from(optionOrderLines)
    .innerJoin(spaces, eq(spaces.id, optionOrderLines.spaceId))
    .where(inArray(optionOrderLines.orderId, rows.map((r) => r.order.id))).orderBy(asc(optionOrderLines.name));
  const feeIds = rows.map((r) => r.order.feeInvoiceId).filter((id): id is string => id !== null);
  const fees = feeIds.length
    ? await db.select({ id: invoices.id, number: invoices.number, ocr: invoices.ocr, totalOre: invoices.totalOre, settledOre }).from(invoices).where(inArray(invoices.id, feeIds))
    : [];
  return rows.map((r) => ({
    ...r,
    lines: lines.filter((l) => l.line.orderId === r.order.id).map((l) => ({ ...l.line, spaceName: l.spaceName })),
    feeInvoice: fees.find((f) => f.id === r.order.feeInvoiceId) ?? null,
  }));
}

export type OptionOrderBundle = Awaited<ReturnType<typeof withLines<Awaited<ReturnType<typeof orders>>[number]>>>[number];

/** The order a case is, when it is an option case the scope may see. */
export async function orderOfCase(db: Db, scope: Scope, caseId: string): Promise<OptionOrderBundle | null> {
  const rows = await orders(db).where(and(eq(optionOrders.caseId, caseId), ofScope(scope, optionOrders.customerId))).limit(1);
  return (await withLines(db, rows))[0] ?? null;
}

export async function findOrder(db: Db, id: string): Promise<OptionOrderBundle | null> {
  const rows = await orders(db).where(eq(optionOrders.id, id)).limit(1);
  return (await withLines(db, rows))[0] ?? null;
}

/** Staff's list: the open orders (not Avslutad or Nekad) oldest first, or all newest first. */
export async function listOrders(db: Db, filter: { open: boolean }, limit = 200) {
  const rows = await orders(db)
    .where(filter.open ? inArray(optionOrders.status, ['received', 'approved', 'planned', 'done']) : undefined)
    .orderBy(filter.open ? asc(optionOrders.createdAt) : desc(optionOrders.createdAt)).limit(limit);
  return withLines(db, rows);
}

/** For the overview: the orders nobody has answered yet (Mottagen), the oldest's day, and all open ones. */
export async function optionOrdersWaiting(db: Db): Promise<{ received: number; oldestReceivedOn: string | null; open: number }> {
  const [row] = await db.select({
    received: sql<number>`count(*) filter (where ${optionOrders.status} = 'received')::int`.mapWith(Number),
    oldestReceivedOn: sql<string | null>`((min(${optionOrders.createdAt}) filter (where ${optionOrders.status} = 'received')) at time zone 'Europe/Stockholm')::date::text`,
    open: sql<number>`count(*)::int`.mapWith(Number),
  }).from(optionOrders).where(inArray(optionOrders.status, ['received', 'approved', 'planned', 'done']));
  return { received: row?.received ?? 0, oldestReceivedOn: row?.oldestReceivedOn ?? null, open: row?.open ?? 0 };
}

/** Locks the order for a status move, so two staff at once move it one after the other. */
export async function lockOrder(tx: Tx, id: string): Promise<OptionOrderRow | null> {
  const rows = await tx.select().from(optionOrders).where(eq(optionOrders.id, id)).for('update');
  return rows[0] ?? null;
}

export async function updateOrder(tx: Tx, id: string, values: Partial<typeof optionOrders.$inferInsert>) {
  await tx.update(optionOrders).set(values).where(eq(optionOrders.id, id));
}

export async function setLineRentRow(tx: Tx, lineId: string, rentRowId: string) {
  await tx.update(optionOrderLines).set({ rentRowId }).where(eq(optionOrderLines.id, lineId));
}

/** The lease in force on `today` that lets the object, with what a rent row on it needs. */
export async function leaseOfObject(db: Db, rentalObjectId: string, customerId: string, today: string) {
  const rows = await db.execute(sql`
    select l.id, l.number, l.billing_period as "billingPeriod", l.voluntary_vat as "voluntaryVat",
      array(select ro.type::text from lease_objects lo2 join rental_objects ro on ro.id = lo2.rental_object_id where lo2.lease_id = l.id) as "objectTypes"
    from leases l join lease_objects lo on lo.lease_id = l.id
    where lo.rental_object_id = ${rentalObjectId} and l.customer_id = ${customerId} and l.start_date <= ${today} and (l.end_date is null or l.end_date >= ${today})
    order by l.start_date desc limit 1`);
  const row = (rows as unknown as { rows: { id: string; number: string; billingPeriod: 'monthly' | 'quarterly'; voluntaryVat: boolean; objectTypes: string[] }[] }).rows[0];
  return row ?? null;
}

/** The first days of the lease's periods that have an avi already. */
export async function invoicedPeriodStarts(db: Db, leaseId: string): Promise<string[]> {
  const rows = await db.select({ from: invoices.periodFrom }).from(invoices).where(and(eq(invoices.leaseId, leaseId), eq(invoices.kind, 'rent')));
  return rows.map((r) => r.from).filter((d): d is string => d !== null);
}

export async function staffName(db: Db, id: string): Promise<string | null> {
  const [row] = await db.select({ name: staffUsers.name }).from(staffUsers).where(eq(staffUsers.id, id));
  return row?.name ?? null;
}
