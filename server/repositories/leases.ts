import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { ofScope, type Scope } from '../policies/tenant.ts';
import { buildings, leaseObjects, leases, rentRows, rentalObjects, spaces } from '../db/schema/index.ts';

/** A customer's leases with their objects and rent rows; `leaseId` narrows to one (still only the customer's,
 * and for a tenant only its own customer's). */
export async function findCustomerLeases(db: Db, scope: Scope, customerId: string, leaseId?: string) {
  const leaseRows = await db
    .select()
    .from(leases)
    .where(and(eq(leases.customerId, customerId), ofScope(scope, leases.customerId), leaseId ? eq(leases.id, leaseId) : undefined))
    .orderBy(asc(leases.startDate), asc(leases.number));
  if (leaseRows.length === 0) return [];
  const ids = leaseRows.map((l) => l.id);
  const [objects, rows] = await Promise.all([
    findObjectsOfLeases(db, ids),
    db.select().from(rentRows).where(inArray(rentRows.leaseId, ids)).orderBy(asc(rentRows.kind)),
  ]);
  return leaseRows.map((lease) => ({
    lease,
    objects: objects.filter((o) => o.leaseId === lease.id),
    rentRows: rows.filter((r) => r.leaseId === lease.id),
  }));
}

/** A rental object as a lease shows it (number, type, area, floor and its building's address), for the portal and the register alike. */
export const leaseObjectColumns = {
  id: rentalObjects.id,
  number: rentalObjects.number,
  type: rentalObjects.type,
  areaSqm: rentalObjects.areaSqm,
  floor: rentalObjects.floor,
  street: buildings.street,
  postalCode: buildings.postalCode,
  city: buildings.city,
};

/** The rental objects of these leases, each with the lease it is on, in object-number order. */
export async function findObjectsOfLeases(db: Db, leaseIds: string[]) {
  if (leaseIds.length === 0) return [];
  return db
    .select({ leaseId: leaseObjects.leaseId, ...leaseObjectColumns })
    .from(leaseObjects)
    .innerJoin(rentalObjects, eq(rentalObjects.id, leaseObjects.rentalObjectId))
    .innerJoin(buildings, eq(buildings.id, rentalObjects.buildingId))
    .where(inArray(leaseObjects.leaseId, leaseIds))
    .orderBy(asc(rentalObjects.number));
}

export async function findSpacesOf(db: Db, rentalObjectIds: string[]) {
  if (rentalObjectIds.length === 0) return [];
  return db.select().from(spaces).where(inArray(spaces.rentalObjectId, rentalObjectIds)).orderBy(asc(spaces.name));
}
