import { eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { customers, staffUsers, tenantUsers } from '../db/schema/index.ts';

export async function findTenantUserByUsername(db: Db, username: string) {
  const rows = await db.select().from(tenantUsers).where(eq(tenantUsers.username, username.trim().toLowerCase())).limit(1);
  return rows[0] ?? null;
}

export async function findStaffUserByEmail(db: Db, email: string) {
  const rows = await db.select().from(staffUsers).where(eq(staffUsers.email, email.trim().toLowerCase())).limit(1);
  return rows[0] ?? null;
}

export async function findTenantUserWithCustomer(db: Db, id: string) {
  const rows = await db
    .select({ user: tenantUsers, customer: customers })
    .from(tenantUsers)
    .innerJoin(customers, eq(customers.id, tenantUsers.customerId))
    .where(eq(tenantUsers.id, id))
    .limit(1);
  return rows[0] ?? null;
}

export async function findStaffUser(db: Db, id: string) {
  const rows = await db.select().from(staffUsers).where(eq(staffUsers.id, id)).limit(1);
  return rows[0] ?? null;
}
