// Option ordering's queries for tenants: the rental objects a customer may order for, the catalogue that
// applies to one of them, the cart, and what the ordering rules read (ongoing orders, unpaid fees). Every
// function a tenant route reaches takes the TenantScope; the catalogue itself is the landlord's, the same
// for every tenant.
import { and, asc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import type { Tx } from '../db/tx.ts';
import type { TenantScope } from '../policies/tenant.ts';
import {
  attachments, buildings, cases, invoices, leaseObjects, leases, optionCartLines, optionCatalogueStamp, optionGroups, optionOrderLines, optionOrders, optionPictures,
  options, rentalObjects, spaces,
} from '../db/schema/index.ts';
import { settledOre } from './invoices.ts';
import { prepared } from '../db/prepared.ts';

export type OptionRow = typeof options.$inferSelect;

export interface ObjectSpace { id: string; kind: (typeof spaces.$inferSelect)['kind']; name: string }

/**
 * The rental objects on the customer's leases in force today, with their lease and spaces, and the stamp
 * of the catalogue as they were read (decision 0032). Named prepared
 * statements (decision 0009), as every read of the Tillval pages below: the catalogue and a category are
 * 8–10 statements a visit, and building and planning each again was most of their cost.
 */
export async function orderableObjects(db: Db, scope: TenantScope, today: string) {
  const rows = await prepared(db, 'orderable_objects', () => db.select({
    id: rentalObjects.id, number: rentalObjects.number, type: rentalObjects.type, street: buildings.street,
    leaseId: leases.id, leaseNumber: leases.number,
    // Read with the objects, so that the pages' catalogue in memory costs no statement of its own.
    catalogueStamp: sql<string>`(select ${optionCatalogueStamp.stamp} from ${optionCatalogueStamp} where ${optionCatalogueStamp.id} = 1)`,
    // The object's spaces by name, in the same statement: one round trip fewer on every Tillval page.
    spaces: sql<ObjectSpace[]>`(select coalesce(json_agg(json_build_object('id', s.id, 'kind', s.kind, 'name', s.name) order by s.name), '[]'::json)
      from ${spaces} s where s.rental_object_id = ${rentalObjects.id})`,
  }).from(leaseObjects)
    .innerJoin(leases, eq(leases.id, leaseObjects.leaseId))
    .innerJoin(rentalObjects, eq(rentalObjects.id, leaseObjects.rentalObjectId))
    .innerJoin(buildings, eq(buildings.id, rentalObjects.buildingId))
    .where(and(
      eq(leases.customerId, sql.placeholder('customerId')), sql`${leases.startDate} <= ${sql.placeholder('today')}`,
      or(isNull(leases.endDate), sql`${leases.endDate} >= ${sql.placeholder('today')}`),
    ))
    .orderBy(asc(rentalObjects.number))
    .prepare('orderable_objects')).execute({ customerId: scope.customerId, today });
  const seen = new Set<string>();
  return rows.filter((r) => !seen.has(r.id) && seen.add(r.id));
}

export type OrderableObject = Awaited<ReturnType<typeof orderableObjects>>[number];

/** The pictures of these options, in order: their attachment ids (each has a thumbnail when it is an image). */
export async function picturesOf(db: Db, optionIds: readonly string[]) {
  if (optionIds.length === 0) return [];
  return prepared(db, 'pictures_of_options', () => db.select({ id: optionPictures.id, optionId: optionPictures.optionId, attachmentId: optionPictures.attachmentId, filename: attachments.filename })
    .from(optionPictures).innerJoin(attachments, eq(attachments.id, optionPictures.attachmentId))
    .where(sql`${optionPictures.optionId} = any(${sql.placeholder('ids')}::uuid[])`)
    .orderBy(asc(optionPictures.sortOrder), asc(attachments.createdAt))
    .prepare('pictures_of_options')).execute({ ids: [...optionIds] });
}

export async function findOption(db: Db, id: string) {
  const [row] = await db.select({ option: options, group: optionGroups }).from(options).innerJoin(optionGroups, eq(optionGroups.id, options.groupId)).where(eq(options.id, id));
  return row ?? null;
}

const cartColumns = {
  id: optionCartLines.id, rentalObjectId: optionCartLines.rentalObjectId, optionId: optionCartLines.optionId, groupId: optionCartLines.groupId,
  spaceId: optionCartLines.spaceId, quantity: optionCartLines.quantity, optionVersion: optionCartLines.optionVersion,
  spaceName: spaces.name, groupName: optionGroups.name, option: options,
};

function cartQuery(db: Db, name: string, ofObject: boolean) {
  return db.select(cartColumns).from(optionCartLines)
    .innerJoin(options, eq(options.id, optionCartLines.optionId))
    .innerJoin(optionGroups, eq(optionGroups.id, optionCartLines.groupId))
    .innerJoin(spaces, eq(spaces.id, optionCartLines.spaceId))
    .where(and(eq(optionCartLines.customerId, sql.placeholder('customerId')), ofObject ? eq(optionCartLines.rentalObjectId, sql.placeholder('objectId')) : undefined))
    .orderBy(asc(optionCartLines.createdAt))
    .prepare(name);
}

/** The cart's lines for one object, or all the customer's, with what the page shows of each option. */
export async function cartLines(db: Db, scope: TenantScope, rentalObjectId?: string) {
  return rentalObjectId
    ? prepared(db, 'cart_of_object', () => cartQuery(db, 'cart_of_object', true)).execute({ customerId: scope.customerId, objectId: rentalObjectId })
    : prepared(db, 'cart_of_customer', () => cartQuery(db, 'cart_of_customer', false)).execute({ customerId: scope.customerId });
}

export type CartLine = Awaited<ReturnType<typeof cartLines>>[number];

/**
 * Puts an option in the cart, or sets the quantity of its line already there. The lock index (one line per
 * group and space) decides a race: when another option of the group holds the space, nothing is written
 * and null comes back.
 */
export async function putInCart(db: Db, scope: TenantScope, line: { rentalObjectId: string; optionId: string; groupId: string; spaceId: string; quantity: number; optionVersion: number }, now: Date) {
  const rows = await db.insert(optionCartLines).values({ ...line, customerId: scope.customerId, addedByTenantUserId: scope.tenantUserId, createdAt: now })
    .onConflictDoUpdate({
      target: [optionCartLines.customerId, optionCartLines.rentalObjectId, optionCartLines.groupId, optionCartLines.spaceId],
      set: { quantity: line.quantity, optionVersion: line.optionVersion },
      setWhere: sql`${optionCartLines.optionId} = excluded.option_id`,
    })
    .returning({ id: optionCartLines.id });
  return rows[0]?.id ?? null;
}

export async function findCartLine(db: Db, scope: TenantScope, id: string) {
  const [line] = (await cartLines(db, scope)).filter((l) => l.id === id);
  return line ?? null;
}

export async function setCartLine(db: Db, scope: TenantScope, id: string, values: { quantity: number; optionVersion: number }) {
  await db.update(optionCartLines).set(values).where(and(eq(optionCartLines.id, id), eq(optionCartLines.customerId, scope.customerId)));
}

export async function deleteCartLine(db: Db, scope: TenantScope, id: string): Promise<boolean> {
  const rows = await db.delete(optionCartLines).where(and(eq(optionCartLines.id, id), eq(optionCartLines.customerId, scope.customerId))).returning({ id: optionCartLines.id });
  return rows.length > 0;
}

export async function emptyCart(tx: Tx, scope: TenantScope, rentalObjectId: string) {
  await tx.delete(optionCartLines).where(and(eq(optionCartLines.customerId, scope.customerId), eq(optionCartLines.rentalObjectId, rentalObjectId)));
}

/**
 * What rules 2 and 3 read, in one statement: the groups and spaces of the customer's orders being handled,
 * each with the case number that holds it (`held` 'ongoing'), and of its done options whose fee invoice
 * has something left to pay (`held` 'unpaid_fee', no case number).
 */
export async function heldGroupSpaces(db: Db, scope: TenantScope) {
  const rows = await prepared(db, 'held_option_spaces', () => db.select({
    held: sql<'ongoing' | 'unpaid_fee'>`'ongoing'`, groupId: optionOrderLines.groupId, spaceId: optionOrderLines.spaceId, caseNumber: sql<string | null>`${cases.number}`,
  })
    .from(optionOrderLines).innerJoin(optionOrders, eq(optionOrders.id, optionOrderLines.orderId)).innerJoin(cases, eq(cases.id, optionOrders.caseId))
    .where(and(eq(optionOrders.customerId, sql.placeholder('customerId')), inArray(optionOrders.status, ['received', 'approved', 'planned'])))
    .unionAll(db.select({ held: sql<'ongoing' | 'unpaid_fee'>`'unpaid_fee'`, groupId: optionOrderLines.groupId, spaceId: optionOrderLines.spaceId, caseNumber: sql<string | null>`null` })
      .from(optionOrderLines).innerJoin(optionOrders, eq(optionOrders.id, optionOrderLines.orderId))
      .innerJoin(invoices, eq(invoices.id, optionOrders.feeInvoiceId))
      .where(and(
        eq(optionOrders.customerId, sql.placeholder('customerId')), inArray(optionOrders.status, ['done', 'closed']),
        sql`${optionOrderLines.feeOre} is not null`, sql`${invoices.totalOre} > ${settledOre}`,
      )))
    .prepare('held_option_spaces')).execute({ customerId: scope.customerId });
  return {
    ongoing: rows.filter((r) => r.held === 'ongoing').map((r) => ({ groupId: r.groupId, spaceId: r.spaceId, caseNumber: r.caseNumber! })),
    unpaidFees: rows.filter((r) => r.held === 'unpaid_fee').map((r) => ({ groupId: r.groupId, spaceId: r.spaceId })),
  };
}

/** Serializes a customer's submits: the second waits here until the first has committed. */
export async function lockCustomerForOrder(tx: Tx, customerId: string) {
  await tx.execute(sql`select id from customers where id = ${customerId} for no key update`);
}

export async function orderByKey(db: Db, scope: TenantScope, key: string) {
  const [row] = await db.select({ id: optionOrders.id, caseId: optionOrders.caseId, caseNumber: cases.number })
    .from(optionOrders).innerJoin(cases, eq(cases.id, optionOrders.caseId))
    .where(and(eq(optionOrders.customerId, scope.customerId), eq(optionOrders.idempotencyKey, key)));
  return row ?? null;
}

export async function insertOrder(tx: Tx, values: typeof optionOrders.$inferInsert) {
  const [row] = await tx.insert(optionOrders).values(values).returning();
  return row!;
}

export async function insertOrderLines(tx: Tx, values: (typeof optionOrderLines.$inferInsert)[]) {
  if (values.length) await tx.insert(optionOrderLines).values(values);
}
