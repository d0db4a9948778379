// The option catalogue as staff keep it: groups and options (retired ones too, never deleted), their
// pictures, and the landlord's terms for option orders; and the catalogue in force, whole, as the
// tenant's pages keep it in memory (decision 0032).
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import type { Tx } from '../db/tx.ts';
import { attachments, optionCatalogueStamp, optionGroups, optionPictures, options, optionTerms } from '../db/schema/index.ts';

export type OptionGroupRow = typeof optionGroups.$inferSelect;

export async function listGroups(db: Db) {
  return db.select({
    group: optionGroups,
    optionCount: sql<number>`(select count(*) from options o where o.group_id = "option_groups"."id" and o.retired_at is null)::int`,
  }).from(optionGroups).orderBy(asc(optionGroups.sortOrder), asc(optionGroups.name));
}

export async function findGroup(db: Db, id: string): Promise<OptionGroupRow | null> {
  const [row] = await db.select().from(optionGroups).where(eq(optionGroups.id, id));
  return row ?? null;
}

export async function insertGroup(tx: Tx, values: typeof optionGroups.$inferInsert) {
  const [row] = await tx.insert(optionGroups).values(values).returning();
  return row!;
}

export async function updateGroup(tx: Tx, id: string, values: Partial<typeof optionGroups.$inferInsert>) {
  await tx.update(optionGroups).set(values).where(eq(optionGroups.id, id));
}

export async function listOptions(db: Db, filter: { groupId?: string }) {
  return db.select().from(options).where(filter.groupId ? eq(options.groupId, filter.groupId) : undefined).orderBy(asc(options.sortOrder), asc(options.name));
}

export async function insertOption(tx: Tx, values: typeof options.$inferInsert) {
  const [row] = await tx.insert(options).values(values).returning();
  return row!;
}

/** A change a cart must see again bumps the version (decision 0017). */
export async function updateOption(tx: Tx, id: string, values: Partial<typeof options.$inferInsert>, bumpVersion: boolean) {
  await tx.update(options).set({ ...values, ...(bumpVersion ? { version: sql`${options.version} + 1` } : {}) }).where(eq(options.id, id));
}

export async function lockOption(tx: Tx, id: string) {
  const [row] = await tx.select().from(options).where(eq(options.id, id)).for('update');
  return row ?? null;
}

/** Gives a staff member's unsent upload to an option as its next picture; false when it is not theirs or taken. */
export async function claimPicture(tx: Tx, staffId: string, attachmentId: string, optionId: string, at: Date): Promise<boolean> {
  const claimed = await tx.update(attachments).set({ attachedAt: at })
    .where(and(eq(attachments.id, attachmentId), eq(attachments.uploadedByStaffId, staffId), isNull(attachments.attachedAt), sql`${attachments.contentType} like 'image/%'`))
    .returning({ id: attachments.id });
  if (claimed.length === 0) return false;
  const [last] = await tx.select({ n: sql<number>`coalesce(max(${optionPictures.sortOrder}), -1)::int` }).from(optionPictures).where(eq(optionPictures.optionId, optionId));
  await tx.insert(optionPictures).values({ optionId, attachmentId, sortOrder: (last?.n ?? -1) + 1 });
  return true;
}

/** Takes a picture off an option (the file stays, as every attachment does once attached). */
export async function removePicture(tx: Tx, optionId: string, attachmentId: string): Promise<boolean> {
  const rows = await tx.delete(optionPictures).where(and(eq(optionPictures.optionId, optionId), eq(optionPictures.attachmentId, attachmentId))).returning({ id: optionPictures.id });
  return rows.length > 0;
}

export async function readTerms(db: Db): Promise<string> {
  const [row] = await db.select({ text: optionTerms.text }).from(optionTerms).where(eq(optionTerms.id, 1));
  return row?.text ?? '';
}

export async function writeTerms(tx: Tx, text: string, staffId: string, at: Date) {
  await tx.insert(optionTerms).values({ id: 1, text, updatedAt: at, updatedByStaffId: staffId })
    .onConflictDoUpdate({ target: optionTerms.id, set: { text, updatedAt: at, updatedByStaffId: staffId } });
}

/** The catalogue's stamp: renewed by a trigger in every statement that writes groups, options or pictures. */
export async function catalogueStamp(db: Db): Promise<string> {
  const [row] = await db.select({ stamp: optionCatalogueStamp.stamp }).from(optionCatalogueStamp).where(eq(optionCatalogueStamp.id, 1));
  return row?.stamp ?? '';
}

/**
 * The catalogue in force, whole: the groups and options not retired, each in the catalogue's order (the
 * database's collation sorts the names), and the options' pictures in theirs. Read when the stamp changed.
 */
export async function catalogueInForce(db: Db) {
  const inForce = and(isNull(options.retiredAt), isNull(optionGroups.retiredAt));
  const groups = await db.select({ id: optionGroups.id, name: optionGroups.name }).from(optionGroups)
    .where(isNull(optionGroups.retiredAt)).orderBy(asc(optionGroups.sortOrder), asc(optionGroups.name), asc(optionGroups.id));
  const rows = await db.select({ option: options }).from(options).innerJoin(optionGroups, eq(optionGroups.id, options.groupId))
    .where(inForce).orderBy(asc(options.sortOrder), asc(options.name), asc(options.id));
  const pictures = await db.select({ optionId: optionPictures.optionId, attachmentId: optionPictures.attachmentId, filename: attachments.filename })
    .from(optionPictures).innerJoin(attachments, eq(attachments.id, optionPictures.attachmentId))
    .innerJoin(options, eq(options.id, optionPictures.optionId)).innerJoin(optionGroups, eq(optionGroups.id, options.groupId))
    .where(inForce).orderBy(asc(optionPictures.sortOrder), asc(attachments.createdAt));
  return { groups, options: rows.map((r) => r.option), pictures };
}
