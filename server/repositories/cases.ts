import { and, asc, count, desc, eq, gte, inArray, isNull, ne, notInArray, or, sql, type SQL } from 'drizzle-orm';
import { createHash } from 'node:crypto';
import type { Db } from '../db/client.ts';
import { prepared } from '../db/prepared.ts';
import { isoInstantOf } from '../db/iso-instant.ts';
import { attachmentsOfCase } from './attachments.ts';
import { ofScope, type Scope, type TenantScope } from '../policies/tenant.ts';
import {
  buildings, caseCategories, caseMessages, caseNumberCounters, cases, caseStatusChanges, customers, leaseObjects, leases,
  properties, rentalObjects, spaces, staffUsers, tenantUsers,
} from '../db/schema/index.ts';

export type CaseRow = typeof cases.$inferSelect;

export async function nextCaseSequence(db: Db, year: number): Promise<number> {
  const rows = await db
    .insert(caseNumberCounters).values({ year, last: 1 })
    .onConflictDoUpdate({ target: caseNumberCounters.year, set: { last: sql`${caseNumberCounters.last} + 1` } })
    .returning({ last: caseNumberCounters.last });
  return rows[0]!.last;
}

export async function findCategory(db: Db, code: string) {
  const rows = await db.select().from(caseCategories).where(and(eq(caseCategories.code, code), eq(caseCategories.active, true))).limit(1);
  return rows[0] ?? null;
}

export async function listCategories(db: Db, options: { forTenants: boolean }) {
  return db.select().from(caseCategories)
    .where(options.forTenants ? and(eq(caseCategories.active, true), notInArray(caseCategories.code, ['information', 'option'])) : eq(caseCategories.active, true))
    .orderBy(asc(caseCategories.sortOrder));
}

/** The property a lease (or one of its objects) lies on, and that property's manager. */
export async function propertyOfObject(db: Db, rentalObjectId: string) {
  const rows = await db
    .select({ propertyId: properties.id, managerId: properties.propertyManagerId })
    .from(rentalObjects)
    .innerJoin(buildings, eq(buildings.id, rentalObjects.buildingId))
    .innerJoin(properties, eq(properties.id, buildings.propertyId))
    .where(eq(rentalObjects.id, rentalObjectId)).limit(1);
  return rows[0] ?? null;
}

/** The properties (and their managers) of the scope's customer's current and coming leases, each once. */
export async function propertiesOfCustomerLeases(db: Db, scope: TenantScope, today: string) {
  return db
    .selectDistinct({ propertyId: properties.id, managerId: properties.propertyManagerId })
    .from(leases)
    .innerJoin(leaseObjects, eq(leaseObjects.leaseId, leases.id))
    .innerJoin(rentalObjects, eq(rentalObjects.id, leaseObjects.rentalObjectId))
    .innerJoin(buildings, eq(buildings.id, rentalObjects.buildingId))
    .innerJoin(properties, eq(properties.id, buildings.propertyId))
    .where(and(ofScope(scope, leases.customerId), or(isNull(leases.endDate), gte(leases.endDate, today))))
    .orderBy(asc(properties.id));
}

export async function firstObjectOfLease(db: Db, leaseId: string): Promise<string | null> {
  const rows = await db.select({ id: leaseObjects.rentalObjectId }).from(leaseObjects).where(eq(leaseObjects.leaseId, leaseId)).limit(1);
  return rows[0]?.id ?? null;
}

export async function activeStaffId(db: Db, id: string | null): Promise<string | null> {
  if (!id) return null;
  const rows = await db.select({ id: staffUsers.id }).from(staffUsers).where(and(eq(staffUsers.id, id), eq(staffUsers.status, 'active'))).limit(1);
  return rows[0]?.id ?? null;
}

export async function insertCase(db: Db, values: typeof cases.$inferInsert): Promise<CaseRow> {
  const [row] = await db.insert(cases).values(values).returning();
  return row!;
}

export async function updateCase(db: Db, id: string, values: Partial<typeof cases.$inferInsert>, now: Date): Promise<void> {
  await db.update(cases).set({ ...values, updatedAt: now }).where(eq(cases.id, id));
}

export async function insertCaseMessage(db: Db, values: typeof caseMessages.$inferInsert): Promise<string> {
  const [row] = await db.insert(caseMessages).values(values).returning({ id: caseMessages.id });
  if (!values.internal && values.body) {
    await db.update(cases).set({ messageText: sql`${cases.messageText} || ' ' || ${values.body}` }).where(eq(cases.id, values.caseId));
  }
  return row!.id;
}

export async function insertStatusChange(db: Db, values: typeof caseStatusChanges.$inferInsert): Promise<void> {
  await db.insert(caseStatusChanges).values(values);
}

export async function findCase(db: Db, scope: Scope, id: string): Promise<CaseRow | null> {
  const rows = await db.select().from(cases).where(and(eq(cases.id, id), ofScope(scope, cases.customerId))).limit(1);
  return rows[0] ?? null;
}

/** The customer's open case about a lease of a category with one of these titles (a copy request asked again). */
export async function findOpenCaseOfLease(db: Db, scope: TenantScope, where: { leaseId: string; categoryCode: string; titles: string[] }): Promise<CaseRow | null> {
  const rows = await db.select().from(cases).where(and(
    ofScope(scope, cases.customerId), eq(cases.leaseId, where.leaseId), eq(cases.categoryCode, where.categoryCode),
    inArray(cases.title, where.titles), ne(cases.status, 'closed'),
  )).orderBy(desc(cases.createdAt)).limit(1);
  return rows[0] ?? null;
}

const summaryColumns = {
  id: cases.id, number: cases.number, kind: cases.kind, title: cases.title, status: cases.status,
  createdAt: isoInstantOf(cases.createdAt), updatedAt: isoInstantOf(cases.updatedAt), waitingSince: isoInstantOf(cases.waitingSince),
  categoryCode: cases.categoryCode, categorySv: caseCategories.nameSv, categoryEn: caseCategories.nameEn,
  leaseId: leases.id, leaseNumber: leases.number, customerId: customers.id, customerName: customers.name,
  responsibleId: staffUsers.id, responsibleName: staffUsers.name,
};

export interface CaseFilter {
  view?: 'current' | 'historic';
  q?: string;
  category?: string;
  kind?: string;
  status?: string;
  leaseId?: string;
  from?: string;
  to?: string;
  responsibleId?: string;
  propertyManagerId?: string;
  queue?: boolean;
  excludeRelated?: boolean;
  /** One customer's cases (a staff view; a tenant scope always sets its own customer). */
  customerId?: string;
  /** Work for this staff member: open cases that wait for us and are theirs or in the shared queue. */
  workOf?: string;
}

const ph = (name: string) => sql.placeholder(name);

function listStatement(db: Db, filter: CaseFilter & { customerId?: string }, order: 'newest' | 'waiting', limit: number, name: string) {
  // Values are placeholders, so one statement serves every tenant and every search word.
  const where: SQL[] = [];
  if (filter.customerId) where.push(eq(cases.customerId, ph('customerId')));
  if (filter.view === 'current') where.push(ne(cases.status, 'closed'));
  if (filter.view === 'historic') where.push(eq(cases.status, 'closed'));
  if (filter.q?.trim()) where.push(sql`${cases.search} @@ websearch_to_tsquery('swedish', ${ph('q')})`);
  if (filter.category) where.push(eq(cases.categoryCode, ph('category')));
  if (filter.kind) where.push(sql`${cases.kind}::text = ${ph('kind')}`);
  if (filter.excludeRelated) where.push(ne(cases.kind, 'related'));
  if (filter.status) where.push(sql`${cases.status}::text = ${ph('status')}`);
  if (filter.leaseId) where.push(eq(cases.leaseId, ph('leaseId')));
  // Dates are Swedish calendar dates, whatever the season's offset from UTC.
  if (filter.from) where.push(sql`(${cases.createdAt} at time zone 'Europe/Stockholm')::date >= ${ph('from')}::date`);
  if (filter.to) where.push(sql`(${cases.createdAt} at time zone 'Europe/Stockholm')::date <= ${ph('to')}::date`);
  if (filter.responsibleId) where.push(eq(cases.responsibleStaffId, ph('responsibleId')));
  if (filter.queue) where.push(and(isNull(cases.responsibleStaffId), ne(cases.status, 'closed'))!);
  if (filter.workOf) {
    where.push(and(sql`${cases.waitingSince} is not null`, ne(cases.status, 'closed'), or(eq(cases.responsibleStaffId, ph('workOf')), isNull(cases.responsibleStaffId)))!);
  }
  if (filter.propertyManagerId) {
    where.push(inArray(cases.propertyId, db.select({ id: properties.id }).from(properties).where(eq(properties.propertyManagerId, ph('propertyManagerId')))));
  }
  return db
    .select(summaryColumns)
    .from(cases)
    .innerJoin(caseCategories, eq(caseCategories.code, cases.categoryCode))
    .innerJoin(customers, eq(customers.id, cases.customerId))
    .leftJoin(leases, eq(leases.id, cases.leaseId))
    .leftJoin(staffUsers, eq(staffUsers.id, cases.responsibleStaffId))
    .where(and(...where))
    .orderBy(...(order === 'waiting' ? [sql`${cases.waitingSince} asc nulls last`, desc(cases.createdAt)] : [desc(cases.createdAt)]))
    .limit(limit)
    .prepare(name);
}

/** Each shape's statement name, hashed once (a few dozen shapes at most). */
const statementNames = new Map<string, string>();

/**
 * Cases by filter. The case lists are the busiest queries, so each shape of filter (which filters are
 * set, not their values) is a named prepared statement that PostgreSQL plans once per connection.
 */

export async function listCases(db: Db, scope: Scope, filter: CaseFilter, order: 'newest' | 'waiting', limit: number) {
  const values: Record<string, string> = {};
  const flags: string[] = [order, String(limit)];
  const scoped = { ...filter, ...(scope.kind === 'tenant' ? { customerId: scope.customerId } : {}) };
  for (const [key, value] of Object.entries(scoped) as [keyof typeof scoped, unknown][]) {
    if (value === undefined || value === null || value === false || value === '') continue;
    if (key === 'q') {
      const q = String(value).trim();
      if (!q) continue;
      values.q = q;
      flags.push('q');
    } else if (key === 'view' || typeof value === 'boolean') {
      flags.push(`${key}=${String(value)}`);
    } else {
      values[key] = String(value);
      flags.push(key);
    }
  }
  const shape = flags.sort().join(',');
  let name = statementNames.get(shape);
  if (name === undefined) statementNames.set(shape, (name = `list_cases_${createHash('sha1').update(shape).digest('hex').slice(0, 16)}`));
  return prepared(db, name, () => listStatement(db, scoped, order, limit, name)).execute(values);
}

/** A case row with the names its summary shows, in one read. */
export async function findCaseWithSummary(db: Db, scope: Scope, id: string) {
  const rows = await db
    .select({ ...summaryColumns, row: cases })
    .from(cases)
    .innerJoin(caseCategories, eq(caseCategories.code, cases.categoryCode))
    .innerJoin(customers, eq(customers.id, cases.customerId))
    .leftJoin(leases, eq(leases.id, cases.leaseId))
    .leftJoin(staffUsers, eq(staffUsers.id, cases.responsibleStaffId))
    .where(and(eq(cases.id, id), ofScope(scope, cases.customerId))).limit(1);
  return rows[0] ?? null;
}

export async function caseParts(db: Db, caseRow: CaseRow, options: { withInternal: boolean }) {
  const [messages, history, object, space, files] = await Promise.all([
    db.select({
      id: caseMessages.id, body: caseMessages.body, internal: caseMessages.internal, createdAt: caseMessages.createdAt,
      tenantUserId: caseMessages.tenantUserId, tenantName: tenantUsers.name, tenantUsername: tenantUsers.username, staffName: staffUsers.name,
    })
      .from(caseMessages)
      .leftJoin(tenantUsers, eq(tenantUsers.id, caseMessages.tenantUserId))
      .leftJoin(staffUsers, eq(staffUsers.id, caseMessages.staffUserId))
      .where(options.withInternal ? eq(caseMessages.caseId, caseRow.id) : and(eq(caseMessages.caseId, caseRow.id), eq(caseMessages.internal, false)))
      .orderBy(asc(caseMessages.createdAt), asc(caseMessages.id)),
    db.select({ status: caseStatusChanges.status, at: caseStatusChanges.at, tenantUserId: caseStatusChanges.tenantUserId, staffName: staffUsers.name, tenantName: tenantUsers.name, tenantUsername: tenantUsers.username })
      .from(caseStatusChanges)
      .leftJoin(staffUsers, eq(staffUsers.id, caseStatusChanges.staffUserId))
      .leftJoin(tenantUsers, eq(tenantUsers.id, caseStatusChanges.tenantUserId))
      .where(eq(caseStatusChanges.caseId, caseRow.id))
      .orderBy(asc(caseStatusChanges.at)),
    caseRow.rentalObjectId ? db.select({ id: rentalObjects.id, number: rentalObjects.number, type: rentalObjects.type }).from(rentalObjects).where(eq(rentalObjects.id, caseRow.rentalObjectId)) : Promise.resolve([]),
    caseRow.spaceId ? db.select({ id: spaces.id, name: spaces.name }).from(spaces).where(eq(spaces.id, caseRow.spaceId)) : Promise.resolve([]),
    attachmentsOfCase(db, caseRow, options),
  ]);
  return { messages, history, rentalObject: object[0] ?? null, space: space[0] ?? null, attachments: files };
}

/** The lease, object and space a tenant names must all be the customer's, and belong together. */
export async function checkCaseTarget(db: Db, scope: TenantScope, target: { leaseId: string | null; rentalObjectId: string | null; spaceId: string | null }): Promise<boolean> {
  const { customerId } = scope;
  if (target.leaseId) {
    const lease = await db.select({ id: leases.id }).from(leases).where(and(eq(leases.id, target.leaseId), eq(leases.customerId, customerId))).limit(1);
    if (!lease[0]) return false;
  }
  if (target.rentalObjectId) {
    const rows = await db.select({ leaseId: leaseObjects.leaseId }).from(leaseObjects).innerJoin(leases, eq(leases.id, leaseObjects.leaseId))
      .where(and(eq(leaseObjects.rentalObjectId, target.rentalObjectId), eq(leases.customerId, customerId), ...(target.leaseId ? [eq(leases.id, target.leaseId)] : [])));
    if (!rows[0]) return false;
  }
  if (target.spaceId) {
    if (!target.rentalObjectId) return false;
    const rows = await db.select({ id: spaces.id }).from(spaces).where(and(eq(spaces.id, target.spaceId), eq(spaces.rentalObjectId, target.rentalObjectId)));
    if (!rows[0]) return false;
  }
  return true;
}

export async function caseContacts(db: Db, caseRow: CaseRow) {
  const [creator, customer, responsible] = await Promise.all([
    caseRow.createdByTenantUserId ? db.select().from(tenantUsers).where(eq(tenantUsers.id, caseRow.createdByTenantUserId)).then((r) => r[0] ?? null) : Promise.resolve(null),
    db.select().from(customers).where(eq(customers.id, caseRow.customerId)).then((r) => r[0] ?? null),
    caseRow.responsibleStaffId ? db.select().from(staffUsers).where(eq(staffUsers.id, caseRow.responsibleStaffId)).then((r) => r[0] ?? null) : Promise.resolve(null),
  ]);
  return { creator, customer, responsible };
}

export async function listActiveStaff(db: Db) {
  return db.select({ id: staffUsers.id, name: staffUsers.name }).from(staffUsers).where(eq(staffUsers.status, 'active')).orderBy(asc(staffUsers.name));
}

/**
 * How many cases each inbox box holds as it opens (notices left out), so that an empty
 * box can say where the work is.
 */
export async function countCaseBoxes(db: Db, staffUserId: string) {
  const managed = inArray(cases.propertyId, db.select({ id: properties.id }).from(properties).where(eq(properties.propertyManagerId, staffUserId)));
  const open = ne(cases.status, 'closed');
  const [row] = await db
    .select({
      // "Alla" shows closed cases too; the other boxes open on current ones.
      all: count(),
      mine: count(sql`case when ${open} and ${cases.responsibleStaffId} = ${staffUserId} then 1 end`),
      queue: count(sql`case when ${open} and ${cases.responsibleStaffId} is null then 1 end`),
      properties: count(sql`case when ${open} and ${managed} then 1 end`),
    })
    .from(cases)
    .where(ne(cases.kind, 'related'));
  return { mine: row?.mine ?? 0, properties: row?.properties ?? 0, queue: row?.queue ?? 0, all: row?.all ?? 0 };
}
