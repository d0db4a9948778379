import { and, desc, eq, inArray, isNull, lt, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { outgoingMessages } from '../db/schema/index.ts';

export type MessageRow = typeof outgoingMessages.$inferSelect;
export type NewMessage = Pick<typeof outgoingMessages.$inferInsert, 'channel' | 'recipient' | 'subject' | 'text' | 'html' | 'language'> &
  Partial<Pick<typeof outgoingMessages.$inferInsert, 'noticeId' | 'customerId'>>;

export async function insertMessages(db: Db, messages: NewMessage[]): Promise<{ id: string }[]> {
  const ids: { id: string }[] = [];
  for (let i = 0; i < messages.length; i += 1000) {
    ids.push(...(await db.insert(outgoingMessages).values(messages.slice(i, i + 1000)).returning({ id: outgoingMessages.id })));
  }
  return ids;
}

export async function setMessageJobs(db: Db, ids: string[]): Promise<void> {
  for (let i = 0; i < ids.length; i += 1000) {
    const chunk = ids.slice(i, i + 1000);
    await db.update(outgoingMessages).set({ jobId: sql`${outgoingMessages.id}::text` }).where(inArray(outgoingMessages.id, chunk));
  }
}

/** Claims a message for one delivery attempt; null when it is already delivered or given up. */
export async function claimMessage(db: Db, id: string): Promise<MessageRow | null> {
  const rows = await db
    .update(outgoingMessages)
    .set({ status: 'sending', attempts: sql`${outgoingMessages.attempts} + 1`, updatedAt: new Date() })
    .where(and(eq(outgoingMessages.id, id), inArray(outgoingMessages.status, ['queued', 'retrying', 'sending'])))
    .returning();
  return rows[0] ?? null;
}

export async function markMessage(
  db: Db,
  id: string,
  values: { status: 'sent' | 'retrying' | 'failed'; transport?: string | null; providerId?: string | null; lastError?: string | null },
): Promise<void> {
  const now = new Date();
  await db
    .update(outgoingMessages)
    .set({ ...values, updatedAt: now, ...(values.status === 'sent' ? { sentAt: now } : {}) })
    .where(eq(outgoingMessages.id, id));
}

/** Messages whose job was never created (the process stopped between commit and enqueue). */
export async function orphanedMessageIds(db: Db, olderThan: Date): Promise<string[]> {
  const rows = await db
    .select({ id: outgoingMessages.id })
    .from(outgoingMessages)
    .where(and(eq(outgoingMessages.status, 'queued'), isNull(outgoingMessages.jobId), lt(outgoingMessages.createdAt, olderThan)))
    .limit(500);
  return rows.map((r) => r.id);
}

export async function listMessages(db: Db, options: { devMailboxOnly: boolean; limit: number }) {
  return db
    .select()
    .from(outgoingMessages)
    .where(options.devMailboxOnly ? eq(outgoingMessages.transport, 'dev') : undefined)
    .orderBy(desc(outgoingMessages.createdAt), desc(outgoingMessages.id))
    .limit(options.limit);
}
