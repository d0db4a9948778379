import { alias } from 'drizzle-orm/pg-core';
import { desc, eq, sql, type AnyColumn } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { auditEvents, buildings, customers, leases, properties, rentalObjects, spaces, staffUsers, tenantUsers } from '../db/schema/index.ts';

// audit ids are text (they may name any kind of record): compare as text.
const sameId = (id: AnyColumn, text: AnyColumn) => sql`${id}::text = ${text}`;

const actorTenant = alias(tenantUsers, 'actor_tenant');
const actorStaff = alias(staffUsers, 'actor_staff');
const subjectTenant = alias(tenantUsers, 'subject_tenant');
const subjectStaff = alias(staffUsers, 'subject_staff');

/**
 * Newest first, with readable names for who acted and on what. The newest events are taken first and
 * only they are joined: joining the whole log before sorting took 200 ms at 100,000 events, this 9 ms.
 */
export async function listAuditEvents(db: Db, options: { action?: string; limit: number }) {
  const recent = db.select().from(auditEvents)
    .where(options.action ? eq(auditEvents.action, options.action) : undefined)
    .orderBy(desc(auditEvents.at), desc(auditEvents.seq))
    .limit(options.limit)
    .as('recent');
  return db
    .select({
      id: recent.id,
      at: recent.at,
      actorKind: recent.actorKind,
      actorTenant: actorTenant.username,
      actorStaff: actorStaff.email,
      action: recent.action,
      subjectKind: recent.subjectKind,
      subjectTenant: subjectTenant.username,
      subjectStaff: subjectStaff.email,
      subjectCustomer: customers.name,
      subjectLease: leases.number,
      subjectProperty: properties.designation,
      subjectBuilding: buildings.name,
      subjectRentalObject: rentalObjects.number,
      subjectSpace: spaces.name,
      ip: recent.ip,
      details: recent.details,
    })
    .from(recent)
    .leftJoin(actorTenant, sameId(actorTenant.id, recent.actorId))
    .leftJoin(actorStaff, sameId(actorStaff.id, recent.actorId))
    .leftJoin(subjectTenant, sameId(subjectTenant.id, recent.subjectId))
    .leftJoin(subjectStaff, sameId(subjectStaff.id, recent.subjectId))
    .leftJoin(customers, sameId(customers.id, recent.subjectId))
    .leftJoin(leases, sameId(leases.id, recent.subjectId))
    .leftJoin(properties, sameId(properties.id, recent.subjectId))
    .leftJoin(buildings, sameId(buildings.id, recent.subjectId))
    .leftJoin(rentalObjects, sameId(rentalObjects.id, recent.subjectId))
    .leftJoin(spaces, sameId(spaces.id, recent.subjectId))
    .orderBy(desc(recent.at), desc(recent.seq));
}
