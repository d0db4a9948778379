// The property register: properties, their buildings, the rental objects in them and the objects'
// spaces; reads for the back office's pages and the writes of the register's use cases (each in the
// caller's transaction, under lockRegister).
import { and, asc, count, eq, inArray, ne } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import type { Tx } from '../db/tx.ts';
import { buildings, customers, leaseObjects, leases, properties, rentalObjects, spaces, staffUsers } from '../db/schema/index.ts';

export type PropertyRecord = typeof properties.$inferSelect;
export type BuildingRecord = typeof buildings.$inferSelect;
export type RentalObjectRecord = typeof rentalObjects.$inferSelect;
export type SpaceRecord = typeof spaces.$inferSelect;

/** A property with its property manager's name. */
export async function findProperty(db: Db, id: string) {
  const [row] = await db.select({ property: properties, propertyManager: staffUsers.name }).from(properties)
    .leftJoin(staffUsers, eq(staffUsers.id, properties.propertyManagerId))
    .where(eq(properties.id, id));
  return row ?? null;
}

/** The buildings (of one property, or all) with how many rental objects each has, by name. */
export async function listBuildings(db: Db, propertyId?: string) {
  return db.select({
    id: buildings.id, propertyId: buildings.propertyId, name: buildings.name, street: buildings.street, postalCode: buildings.postalCode, city: buildings.city,
    rentalObjectCount: count(rentalObjects.id),
  }).from(buildings)
    .leftJoin(rentalObjects, eq(rentalObjects.buildingId, buildings.id))
    .where(propertyId ? eq(buildings.propertyId, propertyId) : undefined)
    .groupBy(buildings.id)
    .orderBy(asc(buildings.name));
}

/** Every property with its property manager and its buildings, by name. */
export async function listProperties(db: Db) {
  const [props, blds] = await Promise.all([
    db.select({ id: properties.id, designation: properties.designation, name: properties.name, propertyManagerId: properties.propertyManagerId, propertyManager: staffUsers.name })
      .from(properties)
      .leftJoin(staffUsers, eq(staffUsers.id, properties.propertyManagerId))
      .orderBy(asc(properties.name)),
    listBuildings(db),
  ]);
  return props.map((p) => ({ ...p, buildings: blds.filter((b) => b.propertyId === p.id) }));
}

/** The leases on these objects (any time), with their customer, earliest first. */
export async function leasesOnObjects(db: Db | Tx, objectIds: string[]) {
  if (objectIds.length === 0) return [];
  return db.select({
    rentalObjectId: leaseObjects.rentalObjectId, id: leases.id, number: leases.number, startDate: leases.startDate, endDate: leases.endDate,
    customer: customers.name,
  }).from(leaseObjects)
    .innerJoin(leases, eq(leases.id, leaseObjects.leaseId))
    .innerJoin(customers, eq(customers.id, leases.customerId))
    .where(inArray(leaseObjects.rentalObjectId, objectIds))
    .orderBy(asc(leases.startDate), asc(leases.number));
}

/** The property whose designation this is, other than `exceptId`. */
export async function propertyWithDesignation(tx: Tx, designation: string, exceptId?: string) {
  const [row] = await tx.select({ id: properties.id, name: properties.name }).from(properties)
    .where(and(eq(properties.designation, designation), exceptId ? ne(properties.id, exceptId) : undefined));
  return row ?? null;
}

export async function insertProperty(tx: Tx, values: typeof properties.$inferInsert): Promise<PropertyRecord> {
  const [row] = await tx.insert(properties).values(values).returning();
  return row!;
}

export async function updateProperty(tx: Tx, id: string, values: Partial<Omit<typeof properties.$inferInsert, 'id'>>): Promise<void> {
  await tx.update(properties).set(values).where(eq(properties.id, id));
}

export async function findBuilding(db: Db | Tx, id: string): Promise<BuildingRecord | null> {
  const [row] = await db.select().from(buildings).where(eq(buildings.id, id));
  return row ?? null;
}

export async function insertBuilding(tx: Tx, values: typeof buildings.$inferInsert): Promise<BuildingRecord> {
  const [row] = await tx.insert(buildings).values(values).returning();
  return row!;
}

export async function updateBuilding(tx: Tx, id: string, values: Partial<Omit<typeof buildings.$inferInsert, 'id' | 'propertyId'>>): Promise<void> {
  await tx.update(buildings).set(values).where(eq(buildings.id, id));
}

/** A rental object with its building and property. */
export async function findRentalObject(db: Db | Tx, id: string) {
  const [row] = await db.select({ object: rentalObjects, building: buildings, property: { id: properties.id, designation: properties.designation, name: properties.name } })
    .from(rentalObjects)
    .innerJoin(buildings, eq(buildings.id, rentalObjects.buildingId))
    .innerJoin(properties, eq(properties.id, buildings.propertyId))
    .where(eq(rentalObjects.id, id));
  return row ?? null;
}

/** The rental object with this number, other than `exceptId`, and its building's street. */
export async function rentalObjectWithNumber(tx: Tx, number: string, exceptId?: string) {
  const [row] = await tx.select({ id: rentalObjects.id, street: buildings.street }).from(rentalObjects)
    .innerJoin(buildings, eq(buildings.id, rentalObjects.buildingId))
    .where(and(eq(rentalObjects.number, number), exceptId ? ne(rentalObjects.id, exceptId) : undefined));
  return row ?? null;
}

export async function insertRentalObject(tx: Tx, values: typeof rentalObjects.$inferInsert): Promise<RentalObjectRecord> {
  const [row] = await tx.insert(rentalObjects).values(values).returning();
  return row!;
}

export async function updateRentalObject(tx: Tx, id: string, values: Partial<Omit<typeof rentalObjects.$inferInsert, 'id'>>): Promise<void> {
  await tx.update(rentalObjects).set(values).where(eq(rentalObjects.id, id));
}

export async function findSpace(db: Db, id: string): Promise<SpaceRecord | null> {
  const [row] = await db.select().from(spaces).where(eq(spaces.id, id));
  return row ?? null;
}

export async function insertSpace(tx: Tx, values: typeof spaces.$inferInsert): Promise<SpaceRecord> {
  const [row] = await tx.insert(spaces).values(values).returning();
  return row!;
}

export async function updateSpace(tx: Tx, id: string, values: Partial<Pick<typeof spaces.$inferInsert, 'kind' | 'name'>>): Promise<void> {
  await tx.update(spaces).set(values).where(eq(spaces.id, id));
}
