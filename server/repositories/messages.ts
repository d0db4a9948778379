import { and, desc, eq, inArray, lt, or, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import type { Tx } from '../db/tx.ts';
import { SENDING_LEASE_MS } from '../domain/delivery.ts';
import { outgoingMessages } from '../db/schema/index.ts';

export type MessageRow = typeof outgoingMessages.$inferSelect;
export type NewMessage = Pick<typeof outgoingMessages.$inferInsert, 'channel' | 'recipient' | 'subject' | 'text' | 'html' | 'language'> &
  Partial<Pick<typeof outgoingMessages.$inferInsert, 'noticeId' | 'customerId'>>;

export async function insertMessages(tx: Tx, messages: (NewMessage & { id: string; jobId: string; createdAt: Date; updatedAt: Date })[]): Promise<void> {
  for (let i = 0; i < messages.length; i += 1000) await tx.insert(outgoingMessages).values(messages.slice(i, i + 1000));
}


/**
 * Claims a message for one delivery attempt: 'done' when it is already delivered or given up, 'busy'
 * while another attempt still holds it (its claim is younger than the lease), else the row.
 */
export async function claimMessage(db: Db, id: string, now: Date): Promise<MessageRow | 'done' | 'busy'> {
  const leaseEnded = new Date(now.getTime() - SENDING_LEASE_MS);
  const rows = await db
    .update(outgoingMessages)
    .set({ status: 'sending', attempts: sql`${outgoingMessages.attempts} + 1`, updatedAt: now })
    .where(and(
      eq(outgoingMessages.id, id),
      or(inArray(outgoingMessages.status, ['queued', 'retrying']), and(eq(outgoingMessages.status, 'sending'), lt(outgoingMessages.updatedAt, leaseEnded))),
    ))
    .returning();
  if (rows[0]) return rows[0];
  const [current] = await db.select({ status: outgoingMessages.status }).from(outgoingMessages).where(eq(outgoingMessages.id, id));
  return current?.status === 'sending' ? 'busy' : 'done';
}

export async function markMessage(
  db: Db,
  id: string,
  values: { status: 'sent' | 'retrying' | 'failed'; transport?: string | null; providerId?: string | null; lastError?: string | null },
  now: Date,
): Promise<void> {
  await db
    .update(outgoingMessages)
    .set({ ...values, updatedAt: now, ...(values.status === 'sent' ? { sentAt: now } : {}) })
    .where(eq(outgoingMessages.id, id));
}

/** Embedded mode at start: no attempt can still be running, so what was being sent is sent again. */
export async function releaseInterruptedSends(db: Db): Promise<void> {
  await db.update(outgoingMessages).set({ status: 'retrying' }).where(eq(outgoingMessages.status, 'sending'));
}

export async function listMessages(db: Db, options: { devMailboxOnly: boolean; limit: number }) {
  return db
    .select()
    .from(outgoingMessages)
    .where(options.devMailboxOnly ? eq(outgoingMessages.transport, 'dev') : undefined)
    .orderBy(desc(outgoingMessages.createdAt), desc(outgoingMessages.id))
    .limit(options.limit);
}
