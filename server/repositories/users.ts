import { and, asc, eq, isNull, lt, ne, or, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { prepared } from '../db/prepared.ts';
import { customers, sessions, staffRecoveryCodes, staffUsers, tenantUsers } from '../db/schema/index.ts';

export async function findTenantUserByUsername(db: Db, username: string) {
  const rows = await db.select().from(tenantUsers).where(eq(tenantUsers.username, username.trim().toLowerCase())).limit(1);
  return rows[0] ?? null;
}

/** The login throttle's state, on the tenant user with this username or the staff user with this e-mail, if any. */
export async function setLoginFailures(db: Db, kind: 'tenant' | 'staff', name: string, values: { failedLogins: number; lockedUntil: Date | null }): Promise<void> {
  if (kind === 'tenant') await db.update(tenantUsers).set(values).where(eq(tenantUsers.username, name));
  else await db.update(staffUsers).set(values).where(eq(staffUsers.email, name));
}

export async function findStaffUserByEmail(db: Db, email: string) {
  const rows = await db.select().from(staffUsers).where(eq(staffUsers.email, email.trim().toLowerCase())).limit(1);
  return rows[0] ?? null;
}

/** A tenant user with its customer. A named prepared statement: GET /api/session asks it on every page load. */
export async function findTenantUserWithCustomer(db: Db, id: string) {
  const rows = await prepared(db, 'tenant_user_with_customer', () => db
    .select({ user: tenantUsers, customer: customers })
    .from(tenantUsers)
    .innerJoin(customers, eq(customers.id, tenantUsers.customerId))
    .where(eq(tenantUsers.id, sql.placeholder('id')))
    .limit(1)
    .prepare('tenant_user_with_customer')).execute({ id });
  return rows[0] ?? null;
}

/**
 * What "who am I" shows of a tenant user and its customer (GET /api/session, on every page load, and the
 * login's answer): five columns, not the two whole rows (nor the password hash) the profile page reads.
 */
export async function findTenantSessionUser(db: Db, id: string) {
  const rows = await prepared(db, 'tenant_session_user', () => db
    .select({ id: tenantUsers.id, username: tenantUsers.username, name: tenantUsers.name, customerId: customers.id, customerName: customers.name })
    .from(tenantUsers)
    .innerJoin(customers, eq(customers.id, tenantUsers.customerId))
    .where(eq(tenantUsers.id, sql.placeholder('id')))
    .limit(1)
    .prepare('tenant_session_user')).execute({ id });
  return rows[0] ?? null;
}

/** A staff user. A named prepared statement, as the tenant's above. */
export async function findStaffUser(db: Db, id: string) {
  const rows = await prepared(db, 'staff_user', () => db.select().from(staffUsers).where(eq(staffUsers.id, sql.placeholder('id'))).limit(1)
    .prepare('staff_user')).execute({ id });
  return rows[0] ?? null;
}

export type TenantUserRow = typeof tenantUsers.$inferSelect;
export type StaffUserRow = typeof staffUsers.$inferSelect;

export async function findTenantUser(db: Db, id: string): Promise<TenantUserRow | null> {
  const rows = await db.select().from(tenantUsers).where(eq(tenantUsers.id, id)).limit(1);
  return rows[0] ?? null;
}

export async function insertTenantUser(db: Db, values: typeof tenantUsers.$inferInsert): Promise<string> {
  const [row] = await db.insert(tenantUsers).values(values).returning({ id: tenantUsers.id });
  return row!.id;
}

export async function updateTenantUser(db: Db, id: string, values: Partial<typeof tenantUsers.$inferInsert>): Promise<void> {
  await db.update(tenantUsers).set(values).where(eq(tenantUsers.id, id));
}

export async function deleteTenantUser(db: Db, id: string): Promise<void> {
  await db.delete(tenantUsers).where(eq(tenantUsers.id, id));
}

export async function listTenantUsersOfCustomer(db: Db, customerId: string): Promise<TenantUserRow[]> {
  return db.select().from(tenantUsers).where(eq(tenantUsers.customerId, customerId)).orderBy(asc(tenantUsers.createdAt));
}

export async function updateStaffUser(db: Db, id: string, values: Partial<typeof staffUsers.$inferInsert>): Promise<void> {
  await db.update(staffUsers).set(values).where(eq(staffUsers.id, id));
}

export async function insertStaffUser(db: Db, values: typeof staffUsers.$inferInsert): Promise<string> {
  const [row] = await db.insert(staffUsers).values(values).returning({ id: staffUsers.id });
  return row!.id;
}

export async function listStaffUsers(db: Db): Promise<StaffUserRow[]> {
  return db.select().from(staffUsers).orderBy(asc(staffUsers.name));
}

export async function replaceRecoveryCodes(db: Db, staffUserId: string, codeHashes: string[]): Promise<void> {
  await db.delete(staffRecoveryCodes).where(eq(staffRecoveryCodes.staffUserId, staffUserId));
  await db.insert(staffRecoveryCodes).values(codeHashes.map((codeHash) => ({ staffUserId, codeHash })));
}

/** Marks a recovery code used; false when it is not one of the user's unused codes. */
export async function useRecoveryCode(db: Db, staffUserId: string, codeHash: string, now: Date): Promise<boolean> {
  const rows = await db
    .update(staffRecoveryCodes)
    .set({ usedAt: now })
    .where(and(eq(staffRecoveryCodes.staffUserId, staffUserId), eq(staffRecoveryCodes.codeHash, codeHash), sql`${staffRecoveryCodes.usedAt} is null`))
    .returning({ id: staffRecoveryCodes.id });
  return rows.length > 0;
}

/** Ends the user's sessions, all or all but one (the one they are using). */
export async function endSessionsOf(db: Db, who: { tenantUserId?: string; staffUserId?: string }, exceptSessionId?: string): Promise<void> {
  const owner = who.tenantUserId ? eq(sessions.tenantUserId, who.tenantUserId) : eq(sessions.staffUserId, who.staffUserId!);
  await db.delete(sessions).where(exceptSessionId ? and(owner, ne(sessions.id, exceptSessionId)) : owner);
}

export async function listSessionsOf(db: Db, tenantUserId: string) {
  return db.select().from(sessions).where(eq(sessions.tenantUserId, tenantUserId)).orderBy(asc(sessions.createdAt));
}

/** Registrations never verified within a day free their username again. */
export async function deleteAbandonedRegistrations(db: Db, olderThan: Date): Promise<void> {
  await db.delete(tenantUsers).where(and(eq(tenantUsers.status, 'unverified'), lt(tenantUsers.createdAt, olderThan)));
}

/** Records the step of an accepted TOTP code; false when that step (or a later one) was already used. */
export async function useTotpStep(db: Db, staffUserId: string, step: number): Promise<boolean> {
  const rows = await db.update(staffUsers).set({ totpLastStep: step })
    .where(and(eq(staffUsers.id, staffUserId), or(isNull(staffUsers.totpLastStep), lt(staffUsers.totpLastStep, step))))
    .returning({ id: staffUsers.id });
  return rows.length === 1;
}
