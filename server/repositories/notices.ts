import { and, desc, eq, gte, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { buildings, customers, leaseObjects, leases, notices, outgoingMessages, properties, rentalObjects, staffUsers, tenantUsers } from '../db/schema/index.ts';

export type AudienceKind = 'property' | 'building' | 'customers' | 'all';
export interface Audience { kind: AudienceKind; ids: string[] }

/** Customers a notice reaches: those with a current or coming lease on the chosen property or building, the chosen ones, or all. */
export async function audienceCustomers(db: Db, audience: Audience, today: string) {
  const current = or(isNull(leases.endDate), gte(leases.endDate, today))!;
  let where: SQL;
  if (audience.kind === 'customers') {
    if (audience.ids.length === 0) return [];
    where = inArray(customers.id, audience.ids);
  } else if (audience.kind === 'all') {
    where = inArray(customers.id, db.select({ id: leases.customerId }).from(leases).where(current));
  } else {
    if (audience.ids.length === 0) return [];
    const place = audience.kind === 'property' ? inArray(buildings.propertyId, audience.ids) : inArray(buildings.id, audience.ids);
    where = inArray(customers.id, db.select({ id: leases.customerId }).from(leases)
      .innerJoin(leaseObjects, eq(leaseObjects.leaseId, leases.id))
      .innerJoin(rentalObjects, eq(rentalObjects.id, leaseObjects.rentalObjectId))
      .innerJoin(buildings, eq(buildings.id, rentalObjects.buildingId))
      .where(and(current, place)));
  }
  return db.select({ id: customers.id, name: customers.name, email: customers.email, mobile: customers.mobile }).from(customers).where(where);
}

/** Active users of those customers with a verified e-mail: they get the notice too. */
export async function usersOf(db: Db, customerIds: string[]) {
  if (customerIds.length === 0) return [];
  return db.select({ customerId: tenantUsers.customerId, email: tenantUsers.email, emailVerifiedAt: tenantUsers.emailVerifiedAt })
    .from(tenantUsers).where(and(inArray(tenantUsers.customerId, customerIds), eq(tenantUsers.status, 'active')));
}

export async function insertNotice(db: Db, values: typeof notices.$inferInsert): Promise<string> {
  const [row] = await db.insert(notices).values(values).returning({ id: notices.id });
  return row!.id;
}

export async function reserveCaseNumbers(db: Db, year: number, count: number): Promise<number> {
  const result = await db.execute(sql`
    insert into case_number_counters (year, last) values (${year}, ${count})
    on conflict (year) do update set last = case_number_counters.last + ${count} returning last`);
  return Number((result as { rows: { last: number }[] }).rows[0]!.last) - count + 1;
}

export async function listNotices(db: Db) {
  const rows = await db.select({
    id: notices.id, title: notices.title, createdAt: notices.createdAt, createdBy: staffUsers.name, audienceKind: notices.audienceKind,
    audienceIds: notices.audienceIds, customers: notices.customerCount,
  }).from(notices).innerJoin(staffUsers, eq(staffUsers.id, notices.createdByStaffId)).orderBy(desc(notices.createdAt)).limit(200);
  const counts = rows.length === 0 ? [] : await db.select({
    noticeId: outgoingMessages.noticeId, channel: outgoingMessages.channel, status: outgoingMessages.status, n: sql<number>`count(*)::int`,
  }).from(outgoingMessages).where(inArray(outgoingMessages.noticeId, rows.map((r) => r.id)))
    .groupBy(outgoingMessages.noticeId, outgoingMessages.channel, outgoingMessages.status);
  return { rows, counts };
}

export async function findNotice(db: Db, id: string) {
  const rows = await db.select({
    id: notices.id, title: notices.title, text: notices.text, createdAt: notices.createdAt, createdBy: staffUsers.name,
    audienceKind: notices.audienceKind, audienceIds: notices.audienceIds, customers: notices.customerCount,
  }).from(notices).innerJoin(staffUsers, eq(staffUsers.id, notices.createdByStaffId)).where(eq(notices.id, id)).limit(1);
  return rows[0] ?? null;
}

export async function deliveryLog(db: Db, noticeId: string) {
  return db.select({
    customerId: customers.id, customerName: customers.name, channel: outgoingMessages.channel, to: outgoingMessages.recipient,
    status: outgoingMessages.status, attempts: outgoingMessages.attempts, lastError: outgoingMessages.lastError, sentAt: outgoingMessages.sentAt,
  }).from(outgoingMessages).innerJoin(customers, eq(customers.id, outgoingMessages.customerId))
    .where(eq(outgoingMessages.noticeId, noticeId)).orderBy(customers.name, outgoingMessages.channel);
}

/** Names of the properties and buildings that notices were sent to, by id: one read for a whole list. */
export async function audienceNamesById(db: Db, audiences: { kind: string; ids: string[] }[]): Promise<Map<string, string>> {
  const ids = (kind: string) => [...new Set(audiences.filter((a) => a.kind === kind).flatMap((a) => a.ids))];
  const [propertyIds, buildingIds] = [ids('property'), ids('building')];
  const [props, builds] = await Promise.all([
    propertyIds.length ? db.select({ id: properties.id, name: properties.name }).from(properties).where(inArray(properties.id, propertyIds)) : Promise.resolve([]),
    buildingIds.length ? db.select({ id: buildings.id, name: buildings.name }).from(buildings).where(inArray(buildings.id, buildingIds)) : Promise.resolve([]),
  ]);
  return new Map([...props, ...builds].map((r) => [r.id, r.name]));
}
