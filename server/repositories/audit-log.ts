import { alias } from 'drizzle-orm/pg-core';
import { desc, eq, sql, type AnyColumn } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { auditEvents, customers, staffUsers, tenantUsers } from '../db/schema/index.ts';

// audit ids are text (they may name any kind of record): compare as text.
const sameId = (id: AnyColumn, text: AnyColumn) => sql`${id}::text = ${text}`;

const actorTenant = alias(tenantUsers, 'actor_tenant');
const actorStaff = alias(staffUsers, 'actor_staff');
const subjectTenant = alias(tenantUsers, 'subject_tenant');
const subjectStaff = alias(staffUsers, 'subject_staff');

/** Newest first, with readable names for who acted and on what. */
export async function listAuditEvents(db: Db, options: { action?: string; limit: number }) {
  return db
    .select({
      id: auditEvents.id,
      at: auditEvents.at,
      actorKind: auditEvents.actorKind,
      actorTenant: actorTenant.username,
      actorStaff: actorStaff.email,
      action: auditEvents.action,
      subjectKind: auditEvents.subjectKind,
      subjectTenant: subjectTenant.username,
      subjectStaff: subjectStaff.email,
      subjectCustomer: customers.name,
      ip: auditEvents.ip,
      details: auditEvents.details,
    })
    .from(auditEvents)
    .leftJoin(actorTenant, sameId(actorTenant.id, auditEvents.actorId))
    .leftJoin(actorStaff, sameId(actorStaff.id, auditEvents.actorId))
    .leftJoin(subjectTenant, sameId(subjectTenant.id, auditEvents.subjectId))
    .leftJoin(subjectStaff, sameId(subjectStaff.id, auditEvents.subjectId))
    .leftJoin(customers, sameId(customers.id, auditEvents.subjectId))
    .where(options.action ? eq(auditEvents.action, options.action) : undefined)
    .orderBy(desc(auditEvents.at))
    .limit(options.limit);
}
