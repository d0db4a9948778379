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
    db
      .select({
        leaseId: leaseObjects.leaseId,
        id: rentalObjects.id,
        number: rentalObjects.number,
        type: rentalObjects.type,
        areaSqm: rentalObjects.areaSqm,
        floor: rentalObjects.floor,
        street: buildings.street,
        postalCode: buildings.postalCode,
        city: buildings.city,
      })
      .from(leaseObjects)
      .innerJoin(rentalObjects, eq(rentalObjects.id, leaseObjects.rentalObjectId))
      .innerJoin(buildings, eq(buildings.id, rentalObjects.buildingId))
      .where(inArray(leaseObjects.leaseId, ids))
      .orderBy(asc(rentalObjects.number)),
    db.select().from(rentRows).where(inArray(rentRows.leaseId, ids)).orderBy(asc(rentRows.kind)),
  ]);
  return leaseRows.map((lease) => ({
    lease,
    objects: objects.filter((o) => o.leaseId === lease.id),
    rentRows: rows.filter((r) => r.leaseId === lease.id),
  }));
}

export async function findSpacesOf(db: Db, rentalObjectIds: string[]) {
  if (rentalObjectIds.length === 0) return [];
  return db.select().from(spaces).where(inArray(spaces.rentalObjectId, rentalObjectIds)).orderBy(asc(spaces.name));
}
