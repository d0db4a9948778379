import { and, asc, desc, eq, inArray, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import type { Scope, StaffScope, TenantScope } from '../policies/tenant.ts';
import { attachments, caseMessages, cases, leases } from '../db/schema/index.ts';

export type AttachmentRow = typeof attachments.$inferSelect;

/** Who uploaded a file: a tenant user or a staff member. */
export type Uploader = { kind: 'tenant'; userId: string } | { kind: 'staff'; userId: string };

function uploadedBy(uploader: Uploader): SQL {
  return uploader.kind === 'tenant' ? eq(attachments.uploadedByTenantUserId, uploader.userId) : eq(attachments.uploadedByStaffId, uploader.userId);
}

export async function insertAttachment(db: Db, values: typeof attachments.$inferInsert): Promise<AttachmentRow> {
  const [row] = await db.insert(attachments).values(values).returning();
  return row!;
}

export async function countPending(db: Db, uploader: Uploader): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(attachments).where(and(uploadedBy(uploader), isNull(attachments.attachedAt)));
  return row?.n ?? 0;
}

/** What an upload is attached to: a case (and one of its messages), a notice, or a lease (its signed document). */
export type AttachmentTarget = { caseId: string; messageId: string | null } | { noticeId: string } | { leaseId: string };

/** The lease's signed document: the one attached last. */
export async function documentOfLease(db: Db, leaseId: string): Promise<AttachmentRow | null> {
  const rows = await db.select().from(attachments).where(eq(attachments.leaseId, leaseId)).orderBy(desc(attachments.attachedAt)).limit(1);
  return rows[0] ?? null;
}

/**
 * Gives the uploader's unclaimed uploads to a case (and one of its messages) or to a notice.
 * Returns how many were claimed: fewer than asked means some id was not the uploader's or was taken.
 */
export async function claimAttachments(
  db: Db, uploader: Uploader, ids: readonly string[],
  target: AttachmentTarget, at: Date,
): Promise<number> {
  if (ids.length === 0) return 0;
  const rows = await db.update(attachments)
    .set({ ...('noticeId' in target ? { noticeId: target.noticeId } : 'leaseId' in target ? { leaseId: target.leaseId } : { caseId: target.caseId, messageId: target.messageId }), attachedAt: at })
    .where(and(inArray(attachments.id, [...ids]), uploadedBy(uploader), isNull(attachments.attachedAt)))
    .returning({ id: attachments.id });
  return rows.length;
}

/** Removes one of the uploader's unclaimed uploads; returns it (for its stored files), or null. */
export async function deletePending(db: Db, uploader: Uploader, id: string): Promise<AttachmentRow | null> {
  const rows = await db.delete(attachments).where(and(eq(attachments.id, id), uploadedBy(uploader), isNull(attachments.attachedAt))).returning();
  return rows[0] ?? null;
}

/** Unclaimed uploads older than `before`, removed from the table; the caller removes their files. */
export async function deleteStaleUploads(db: Db, before: Date, limit = 500): Promise<AttachmentRow[]> {
  const stale = db.select({ id: attachments.id }).from(attachments).where(and(isNull(attachments.attachedAt), lt(attachments.createdAt, before))).limit(limit);
  return db.delete(attachments).where(inArray(attachments.id, stale)).returning();
}

/**
 * The files of a case: those given with it or its messages, and those of the notice it came from.
 * Files on internal notes are only included for staff.
 */
export async function attachmentsOfCase(db: Db, caseRow: { id: string; noticeId: string | null }, options: { withInternal: boolean }): Promise<AttachmentRow[]> {
  const ofCase = options.withInternal
    ? eq(attachments.caseId, caseRow.id)
    : and(eq(attachments.caseId, caseRow.id), or(isNull(attachments.messageId), eq(caseMessages.internal, false)));
  const rows = await db.select({ a: attachments }).from(attachments)
    .leftJoin(caseMessages, eq(caseMessages.id, attachments.messageId))
    .where(caseRow.noticeId ? or(ofCase, eq(attachments.noticeId, caseRow.noticeId)) : ofCase)
    .orderBy(asc(attachments.attachedAt), asc(attachments.createdAt), asc(attachments.id));
  return rows.map((r) => r.a);
}

export async function attachmentsOfNotice(db: Db, noticeId: string): Promise<AttachmentRow[]> {
  return db.select().from(attachments).where(eq(attachments.noticeId, noticeId)).orderBy(asc(attachments.createdAt), asc(attachments.id));
}

/**
 * A file as a tenant may see it: on one of the customer's cases (not on an internal note), on a
 * notice the customer received, a signed document of one of the customer's leases, a picture of an option
 * in the catalogue, or the user's own upload not yet sent. Anything else is null.
 */
export async function attachmentFor(db: Db, scope: Scope, id: string): Promise<AttachmentRow | null> {
  return scope.kind === 'tenant' ? attachmentForTenant(db, scope, id) : attachmentForStaff(db, scope, id);
}

async function attachmentForTenant(db: Db, { customerId, tenantUserId }: TenantScope, id: string): Promise<AttachmentRow | null> {
  const rows = await db.select({ a: attachments }).from(attachments)
    .leftJoin(cases, eq(cases.id, attachments.caseId))
    .leftJoin(caseMessages, eq(caseMessages.id, attachments.messageId))
    // Inside a subquery the outer row is named in full: Drizzle writes a column unqualified when a select
    // has no join, and an unqualified notice_id would be the subquery's own (cases has one).
    .where(and(eq(attachments.id, id), or(
      and(eq(cases.customerId, customerId), or(isNull(attachments.messageId), eq(caseMessages.internal, false))),
      sql`(${attachments.noticeId} is not null and exists (select 1 from ${cases} related where related.notice_id = "attachments"."notice_id" and related.customer_id = ${customerId}))`,
      and(isNull(attachments.attachedAt), eq(attachments.uploadedByTenantUserId, tenantUserId)),
      sql`(${attachments.leaseId} is not null and exists (select 1 from ${leases} l where l.id = "attachments"."lease_id" and l.customer_id = ${customerId}))`,
      // The catalogue's pictures are every tenant's to see.
      sql`exists (select 1 from option_pictures op where op.attachment_id = "attachments"."id")`,
    )))
    .limit(1);
  return rows[0]?.a ?? null;
}

/** Staff see every file that is attached to something, and their own uploads not yet sent. */
async function attachmentForStaff(db: Db, { staffUserId }: StaffScope, id: string): Promise<AttachmentRow | null> {
  const rows = await db.select().from(attachments)
    .where(and(eq(attachments.id, id), or(sql`${attachments.attachedAt} is not null`, eq(attachments.uploadedByStaffId, staffUserId))))
    .limit(1);
  return rows[0] ?? null;
}
