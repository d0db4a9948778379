// The back office's lease register: leases with their customer, objects and rent rows; the rental
// objects a lease may take and the leases already on them; and the writes of the lease use cases
// (each in the caller's transaction).
import { and, asc, eq, ilike, inArray, ne, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import type { Tx } from '../db/tx.ts';
import { buildings, customers, leaseObjects, leases, properties, rentRows, rentalObjects } from '../db/schema/index.ts';
import { findObjectsOfLeases, leaseObjectColumns } from './leases.ts';
import { leasesOnObjects } from './property-register.ts';

export type LeaseRow = typeof leases.$inferSelect;
export type RentRowRecord = typeof rentRows.$inferSelect;

/** The leases with their customer, objects and rent rows, in the order given. */
async function bundlesOf(db: Db, found: { lease: LeaseRow; customer: { id: string; name: string; identityNumber: string } }[]) {
  if (found.length === 0) return [];
  const ids = found.map((f) => f.lease.id);
  const [objects, rows] = await Promise.all([
    findObjectsOfLeases(db, ids),
    db.select().from(rentRows).where(inArray(rentRows.leaseId, ids))
      .orderBy(asc(rentRows.kind), sql`${rentRows.validFrom} asc nulls first`, asc(rentRows.description), asc(rentRows.id)),
  ]);
  return found.map(({ lease, customer }) => ({
    lease,
    customer,
    objects: objects.filter((o) => o.leaseId === lease.id),
    rentRows: rows.filter((r) => r.leaseId === lease.id),
  }));
}

export type StaffLeaseBundle = Awaited<ReturnType<typeof bundlesOf>>[number];

const customerColumns = { id: customers.id, name: customers.name, identityNumber: customers.identityNumber };

/**
 * Leases whose number, customer (name or organisationsnummer), object number or street holds the
 * query; all without one. In number order, at most `limit`.
 */
export async function searchLeases(db: Db, query: string | undefined, limit: number) {
  const q = query?.trim();
  let where: SQL | undefined;
  if (q) {
    const pattern = `%${q.replace(/[%_\\]/g, '\\$&')}%`;
    const digits = q.replace(/\D/g, '');
    const onObject = db.select({ leaseId: leaseObjects.leaseId }).from(leaseObjects)
      .innerJoin(rentalObjects, eq(rentalObjects.id, leaseObjects.rentalObjectId))
      .innerJoin(buildings, eq(buildings.id, rentalObjects.buildingId))
      .where(or(ilike(rentalObjects.number, pattern), ilike(buildings.street, pattern)));
    where = or(
      ilike(leases.number, pattern),
      ilike(customers.name, pattern),
      ...(digits.length >= 4 ? [ilike(customers.identityNumber, `%${digits}%`)] : []),
      inArray(leases.id, onObject),
    );
  }
  const found = await db.select({ lease: leases, customer: customerColumns }).from(leases)
    .innerJoin(customers, eq(customers.id, leases.customerId))
    .where(where)
    .orderBy(asc(leases.number))
    .limit(limit);
  return bundlesOf(db, found);
}

export async function findStaffLease(db: Db, id: string): Promise<StaffLeaseBundle | null> {
  const found = await db.select({ lease: leases, customer: customerColumns }).from(leases)
    .innerJoin(customers, eq(customers.id, leases.customerId))
    .where(eq(leases.id, id));
  const [bundle] = await bundlesOf(db, found);
  return bundle ?? null;
}

/**
 * The rental objects of the register (or of one property, or one object) with their building, property
 * and the leases on them: the Hyresobjekt list, a property's and an object's page, and the choice of a
 * lease's objects.
 */
export async function listRentalObjects(db: Db, filter: { propertyId?: string; objectId?: string } = {}) {
  const objects = await db.select({
    ...leaseObjectColumns, description: rentalObjects.description,
    buildingId: buildings.id, building: buildings.name, propertyId: properties.id, property: properties.designation, propertyName: properties.name,
  }).from(rentalObjects)
    .innerJoin(buildings, eq(buildings.id, rentalObjects.buildingId))
    .innerJoin(properties, eq(properties.id, buildings.propertyId))
    .where(and(
      filter.propertyId ? eq(properties.id, filter.propertyId) : undefined,
      filter.objectId ? eq(rentalObjects.id, filter.objectId) : undefined,
    ))
    .orderBy(asc(buildings.street), asc(rentalObjects.number));
  const lets = await leasesOnObjects(db, objects.map((o) => o.id));
  return objects.map((o) => ({ ...o, leases: lets.filter((l) => l.rentalObjectId === o.id) }));
}

export async function findRentalObjects(db: Db, ids: string[]) {
  if (ids.length === 0) return [];
  return db.select({ id: rentalObjects.id, number: rentalObjects.number, type: rentalObjects.type }).from(rentalObjects).where(inArray(rentalObjects.id, ids));
}

/**
 * Writes to the registers (leases, properties, buildings, rental objects, spaces, customers) wait for
 * each other: one transaction at a time takes this lock until it ends. So two leases cannot take the
 * same object for the same days, numbers and designations stay unique with a word instead of a
 * constraint's error, and an object's type does not change under a lease being entered.
 */
export async function lockRegister(tx: Tx): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(7301001)`);
}

/** The leases other than `exceptLeaseId` that hold one of these objects in a period overlapping [start, end]. */
export async function overlappingLeases(tx: Tx, objectIds: string[], period: { startDate: string; endDate: string | null }, exceptLeaseId?: string) {
  if (objectIds.length === 0) return [];
  return tx.select({ objectNumber: rentalObjects.number, leaseNumber: leases.number, startDate: leases.startDate, endDate: leases.endDate })
    .from(leaseObjects)
    .innerJoin(leases, eq(leases.id, leaseObjects.leaseId))
    .innerJoin(rentalObjects, eq(rentalObjects.id, leaseObjects.rentalObjectId))
    .where(and(
      inArray(leaseObjects.rentalObjectId, objectIds),
      exceptLeaseId ? ne(leases.id, exceptLeaseId) : undefined,
      period.endDate === null ? undefined : sql`${leases.startDate} <= ${period.endDate}`,
      sql`(${leases.endDate} is null or ${leases.endDate} >= ${period.startDate})`,
    ))
    .orderBy(asc(rentalObjects.number), asc(leases.startDate));
}

/** The next lease number: one more than the highest all-digit number (100001 in an empty register). */
export async function nextLeaseNumber(tx: Tx): Promise<string> {
  const [row] = await tx.select({ n: sql<string>`coalesce(max(${leases.number}::bigint), 100000) + 1` }).from(leases)
    .where(sql`${leases.number} ~ '^[0-9]{1,15}$'`);
  return String(row!.n);
}

export async function insertLease(tx: Tx, values: typeof leases.$inferInsert, objectIds: string[]): Promise<LeaseRow> {
  const [lease] = await tx.insert(leases).values(values).returning();
  await tx.insert(leaseObjects).values(objectIds.map((rentalObjectId) => ({ leaseId: lease!.id, rentalObjectId })));
  return lease!;
}

export async function updateLease(tx: Tx, id: string, values: Partial<Omit<typeof leases.$inferInsert, 'id' | 'number' | 'customerId'>>): Promise<void> {
  await tx.update(leases).set(values).where(eq(leases.id, id));
}

export async function insertRentRows(tx: Tx, rows: (typeof rentRows.$inferInsert)[]): Promise<RentRowRecord[]> {
  if (rows.length === 0) return [];
  return tx.insert(rentRows).values(rows).returning();
}

export async function updateRentRow(tx: Tx, id: string, values: Partial<Omit<typeof rentRows.$inferInsert, 'id' | 'leaseId' | 'kind'>>): Promise<void> {
  await tx.update(rentRows).set(values).where(eq(rentRows.id, id));
}
