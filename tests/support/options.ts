// Option ordering in tests: the demo catalogue's ids, and a customer's cart line and order written
// straight to the database (for a customer the rules keep from ordering, such as Byggvaruhuset with its debt).
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../server/db/client.ts';
import * as t from '../../server/db/schema/index.ts';

export async function demoOption(db: Db, name: string) {
  const [row] = await db.select({ id: t.options.id, groupId: t.options.groupId, version: t.options.version }).from(t.options).where(eq(t.options.name, name));
  if (!row) throw new Error(`no demo option ${name}`);
  return row;
}

export async function demoGroup(db: Db, name: string) {
  const [row] = await db.select({ id: t.optionGroups.id }).from(t.optionGroups).where(eq(t.optionGroups.name, name));
  return row!.id;
}

export async function objectAndSpace(db: Db, objectNumber: string, spaceName: string) {
  const [row] = await db.select({ objectId: t.rentalObjects.id, spaceId: t.spaces.id }).from(t.rentalObjects)
    .innerJoin(t.spaces, eq(t.spaces.rentalObjectId, t.rentalObjects.id))
    .where(and(eq(t.rentalObjects.number, objectNumber), eq(t.spaces.name, spaceName)));
  return row!;
}

/** A cart line and an option order (with its case) for the customer of `username`, written directly. */
export async function writeCartAndOrder(db: Db, username: string, place: { objectNumber: string; spaceName: string; optionName: string }) {
  const [user] = await db.select().from(t.tenantUsers).where(eq(t.tenantUsers.username, username));
  const { objectId, spaceId } = await objectAndSpace(db, place.objectNumber, place.spaceName);
  const option = await demoOption(db, place.optionName);
  const now = new Date();
  const [line] = await db.insert(t.optionCartLines).values({
    customerId: user!.customerId, rentalObjectId: objectId, optionId: option.id, groupId: option.groupId, spaceId, quantity: 1,
    optionVersion: option.version, addedByTenantUserId: user!.id, createdAt: now,
  }).returning({ id: t.optionCartLines.id });
  const [made] = await db.insert(t.cases).values({
    number: `T-${randomUUID().slice(0, 8)}`, kind: 'option_order', categoryCode: 'option', customerId: user!.customerId, rentalObjectId: objectId,
    title: `Tillval: ${place.optionName}`, description: place.optionName, createdByTenantUserId: user!.id,
  }).returning({ id: t.cases.id });
  await db.insert(t.optionOrders).values({
    customerId: user!.customerId, rentalObjectId: objectId, caseId: made!.id, contactName: 'Test', contactPhone: '031-00 00 00',
    termsAcceptedAt: now, idempotencyKey: randomUUID(), createdByTenantUserId: user!.id, createdAt: now, updatedAt: now,
  });
  return { objectId, cartLineId: line!.id, caseId: made!.id };
}
