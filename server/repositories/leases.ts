import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { prepared } from '../db/prepared.ts';
import type { Scope } from '../policies/tenant.ts';
import { buildings, leaseObjects, leases, rentRows, rentalObjects, spaces } from '../db/schema/index.ts';

/**
 * A customer's leases with their objects and rent rows; `leaseId` narrows to one (still only the
 * customer's, and for a tenant only its own customer's). Hem and Avtal ask for it on every visit, so its
 * three statements are named prepared ones, built and planned once (decision 0009). A prepared
 * statement's values are placeholders, so the tenant scope is checked as a value first, as listInvoices does.
 */
export async function findCustomerLeases(db: Db, scope: Scope, customerId: string, leaseId?: string) {
  if (scope.kind === 'tenant' && scope.customerId !== customerId) return [];
  const leaseRows = leaseId
    ? await prepared(db, 'lease_of_customer', () => db.select().from(leases)
      .where(and(eq(leases.customerId, sql.placeholder('customerId')), eq(leases.id, sql.placeholder('leaseId'))))
      .prepare('lease_of_customer')).execute({ customerId, leaseId })
    : await prepared(db, 'leases_of_customer', () => db.select().from(leases)
      .where(eq(leases.customerId, sql.placeholder('customerId')))
      .orderBy(asc(leases.startDate), asc(leases.number))
      .prepare('leases_of_customer')).execute({ customerId });
  if (leaseRows.length === 0) return [];
  const ids = leaseRows.map((l) => l.id);
  const [objects, rows] = await Promise.all([
    findObjectsOfLeases(db, ids),
    prepared(db, 'rent_rows_of_leases', () => db.select().from(rentRows)
      .where(sql`${rentRows.leaseId} = any(${sql.placeholder('ids')}::uuid[])`)
      .orderBy(asc(rentRows.kind))
      .prepare('rent_rows_of_leases')).execute({ ids }),
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
  return prepared(db, 'objects_of_leases', () => db
    .select({ leaseId: leaseObjects.leaseId, ...leaseObjectColumns })
    .from(leaseObjects)
    .innerJoin(rentalObjects, eq(rentalObjects.id, leaseObjects.rentalObjectId))
    .innerJoin(buildings, eq(buildings.id, rentalObjects.buildingId))
    .where(sql`${leaseObjects.leaseId} = any(${sql.placeholder('ids')}::uuid[])`)
    .orderBy(asc(rentalObjects.number))
    .prepare('objects_of_leases')).execute({ ids: leaseIds });
}

export async function findSpacesOf(db: Db, rentalObjectIds: string[]) {
  if (rentalObjectIds.length === 0) return [];
  return db.select().from(spaces).where(inArray(spaces.rentalObjectId, rentalObjectIds)).orderBy(asc(spaces.name));
}
