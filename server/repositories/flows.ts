import { and, eq, isNull, lt, or, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { accountFlows } from '../db/schema/index.ts';

export type FlowRow = typeof accountFlows.$inferSelect;
export type FlowPurpose = FlowRow['purpose'];

export async function insertFlow(db: Db, values: typeof accountFlows.$inferInsert): Promise<void> {
  await db.insert(accountFlows).values(values);
}

export async function findFlow(db: Db, idHash: string, purpose: FlowPurpose): Promise<FlowRow | null> {
  const rows = await db.select().from(accountFlows).where(and(eq(accountFlows.id, idHash), eq(accountFlows.purpose, purpose))).limit(1);
  return rows[0] ?? null;
}

export async function findFlowByLink(db: Db, linkTokenHash: string): Promise<FlowRow | null> {
  const rows = await db.select().from(accountFlows).where(eq(accountFlows.linkTokenHash, linkTokenHash)).limit(1);
  return rows[0] ?? null;
}

export async function updateFlow(db: Db, idHash: string, values: Partial<typeof accountFlows.$inferInsert>): Promise<void> {
  await db.update(accountFlows).set(values).where(eq(accountFlows.id, idHash));
}

/** Counts a try atomically (two tabs guessing at once each use one) and returns the new count. */
export async function countAttempt(db: Db, idHash: string): Promise<number> {
  const rows = await db
    .update(accountFlows)
    .set({ attempts: sql`${accountFlows.attempts} + 1` })
    .where(eq(accountFlows.id, idHash))
    .returning({ attempts: accountFlows.attempts });
  return rows[0]?.attempts ?? Number.MAX_SAFE_INTEGER;
}

/** Ends the other open flows of a kind for a user, e.g. older password-reset codes when a new one is sent. */
export async function closeOpenFlows(db: Db, who: { tenantUserId?: string; staffUserId?: string }, purpose: FlowPurpose, now: Date): Promise<void> {
  const owner = who.tenantUserId ? eq(accountFlows.tenantUserId, who.tenantUserId) : eq(accountFlows.staffUserId, who.staffUserId!);
  await db.update(accountFlows).set({ expiresAt: now }).where(and(owner, eq(accountFlows.purpose, purpose), isNull(accountFlows.completedAt)));
}

export async function deleteExpiredFlows(db: Db, now: Date): Promise<void> {
  const dayAgo = new Date(now.getTime() - 24 * 3600_000);
  await db.delete(accountFlows).where(or(lt(accountFlows.expiresAt, dayAgo), and(lt(accountFlows.createdAt, dayAgo), sql`${accountFlows.completedAt} is not null`)));
}
