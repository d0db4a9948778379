import { and, asc, eq, gte, isNull, or } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import type { Tx } from '../db/tx.ts';
import { customers, leases, staffUsers } from '../db/schema/index.ts';

export type CustomerRow = typeof customers.$inferSelect;

export async function findCustomerByIdentity(db: Db, canonical: string): Promise<CustomerRow | null> {
  const rows = await db.select().from(customers).where(eq(customers.identityNumber, canonical)).limit(1);
  return rows[0] ?? null;
}

export async function findCustomer(db: Db, id: string) {
  const rows = await db
    .select({ customer: customers, customerManager: staffUsers.name })
    .from(customers)
    .leftJoin(staffUsers, eq(staffUsers.id, customers.customerManagerId))
    .where(eq(customers.id, id))
    .limit(1);
  return rows[0] ?? null;
}

/** A lease that is running or has not started yet: what entitles a customer to an account. */
export async function hasCurrentOrComingLease(db: Db, customerId: string, today: string): Promise<boolean> {
  const rows = await db
    .select({ id: leases.id })
    .from(leases)
    .where(and(eq(leases.customerId, customerId), or(isNull(leases.endDate), gte(leases.endDate, today))))
    .limit(1);
  return rows.length > 0;
}

export async function updateCustomerContact(db: Db, id: string, values: { email: string | null; mobile: string | null }): Promise<void> {
  await db.update(customers).set(values).where(eq(customers.id, id));
}

export async function listLeasesOfCustomer(db: Db, customerId: string) {
  return db.select().from(leases).where(eq(leases.customerId, customerId)).orderBy(asc(leases.startDate));
}

export async function insertCustomer(tx: Tx, values: typeof customers.$inferInsert): Promise<CustomerRow> {
  const [row] = await tx.insert(customers).values(values).returning();
  return row!;
}

export async function updateCustomer(tx: Tx, id: string, values: Partial<Omit<typeof customers.$inferInsert, 'id'>>): Promise<void> {
  await tx.update(customers).set(values).where(eq(customers.id, id));
}
