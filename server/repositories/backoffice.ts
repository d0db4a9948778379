import { asc, count, countDistinct, eq, ilike, or, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { customers, leases, properties, rentalObjects, staffUsers, tenantUsers } from '../db/schema/index.ts';

export async function countRegister(db: Db, today: string) {
  const [c, p, r, l, t] = await Promise.all([
    db.select({ n: count() }).from(customers),
    db.select({ n: count() }).from(properties),
    db.select({ n: count() }).from(rentalObjects),
    db.select({ n: count() }).from(leases).where(sql`${leases.startDate} <= ${today} and (${leases.endDate} is null or ${leases.endDate} >= ${today})`),
    db.select({ n: count() }).from(tenantUsers).where(eq(tenantUsers.status, 'active')),
  ]);
  return { customers: c[0]!.n, properties: p[0]!.n, rentalObjects: r[0]!.n, activeLeases: l[0]!.n, tenantUsers: t[0]!.n };
}

export async function searchCustomers(db: Db, query: string | undefined, limit: number) {
  const q = query?.trim();
  const digits = q?.replace(/\D/g, '');
  const pattern = q ? `%${q.replace(/[%_\\]/g, '\\$&')}%` : '';
  const where = q
    ? or(ilike(customers.name, pattern), ilike(customers.email, pattern), ...(digits ? [ilike(customers.identityNumber, `%${digits}%`)] : []))
    : undefined;
  return db
    .select({
      id: customers.id,
      name: customers.name,
      identityNumber: customers.identityNumber,
      email: customers.email,
      mobile: customers.mobile,
      customerManager: staffUsers.name,
      leaseCount: countDistinct(leases.id),
      tenantUserCount: countDistinct(tenantUsers.id),
    })
    .from(customers)
    .leftJoin(staffUsers, eq(staffUsers.id, customers.customerManagerId))
    .leftJoin(leases, eq(leases.customerId, customers.id))
    .leftJoin(tenantUsers, eq(tenantUsers.customerId, customers.id))
    .where(where)
    .groupBy(customers.id, staffUsers.name)
    .orderBy(asc(customers.name))
    .limit(limit);
}
