import { eq, lt, or, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { prepared } from '../db/prepared.ts';
import { sessions, staffUsers, tenantUsers } from '../db/schema/index.ts';

export interface SessionRecord {
  id: string;
  lastSeenAt: Date;
  expiresAt: Date;
  tenantUserId: string | null;
  staffUserId: string | null;
  customerId: string | null;
  staffRole: string | null;
  active: boolean;
}

export async function insertSession(db: Db, values: typeof sessions.$inferInsert): Promise<void> {
  await db.insert(sessions).values(values);
}

function findSessionStatement(db: Db) {
  return db
    .select({
      id: sessions.id,
      lastSeenAt: sessions.lastSeenAt,
      expiresAt: sessions.expiresAt,
      tenantUserId: sessions.tenantUserId,
      staffUserId: sessions.staffUserId,
      customerId: tenantUsers.customerId,
      staffRole: staffUsers.role,
      tenantStatus: tenantUsers.status,
      staffStatus: staffUsers.status,
    })
    .from(sessions)
    .leftJoin(tenantUsers, eq(tenantUsers.id, sessions.tenantUserId))
    .leftJoin(staffUsers, eq(staffUsers.id, sessions.staffUserId))
    .where(eq(sessions.id, sql.placeholder('id')))
    .limit(1)
    .prepare('find_session');
}
/** Runs on every API request with a session cookie. */
export async function findSession(db: Db, id: string): Promise<SessionRecord | null> {
  const rows = await prepared(db, 'find_session', () => findSessionStatement(db)).execute({ id });
  const row = rows[0];
  if (!row) return null;
  // Field by field, not by rest and spread: this runs on every request.
  return {
    id: row.id, lastSeenAt: row.lastSeenAt, expiresAt: row.expiresAt, tenantUserId: row.tenantUserId, staffUserId: row.staffUserId,
    customerId: row.customerId, staffRole: row.staffRole, active: (row.tenantStatus ?? row.staffStatus) === 'active',
  };
}

export async function touchSession(db: Db, id: string, at: Date): Promise<void> {
  await db.update(sessions).set({ lastSeenAt: at }).where(eq(sessions.id, id));
}

export async function deleteSession(db: Db, id: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, id));
}

export async function deleteExpiredSessions(db: Db, now: Date, idleMinutes: number): Promise<number> {
  const idleCutoff = new Date(now.getTime() - idleMinutes * 60_000);
  const deleted = await db
    .delete(sessions)
    .where(or(lt(sessions.expiresAt, now), lt(sessions.lastSeenAt, idleCutoff)))
    .returning({ id: sessions.id });
  return deleted.length;
}

export async function deleteExpiredRateLimits(db: Db, nowMs: number): Promise<void> {
  await db.execute(sql`delete from rate_limits where reset_at <= ${nowMs}`);
}
