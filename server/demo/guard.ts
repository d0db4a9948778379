// Production refuses to run while any demo login still works: those passwords are in the README.
import { inArray } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { staffUsers, tenantUsers } from '../db/schema/index.ts';
import { verifyPassword } from '../security/passwords.ts';
import { demoCustomers, demoStaff } from './data.ts';

export async function demoLoginsPresent(db: Db): Promise<string[]> {
  const found: string[] = [];
  const staff = await db.select().from(staffUsers).where(inArray(staffUsers.email, demoStaff.map((s) => s.email)));
  for (const s of staff) {
    const demo = demoStaff.find((d) => d.email === s.email);
    if (demo && s.passwordHash && (await verifyPassword(s.passwordHash, demo.password))) found.push(s.email);
  }
  const demoUsers = demoCustomers.flatMap((c) => c.users);
  const users = await db.select().from(tenantUsers).where(inArray(tenantUsers.username, demoUsers.map((u) => u.username)));
  for (const u of users) {
    const demo = demoUsers.find((d) => d.username === u.username);
    if (demo && (await verifyPassword(u.passwordHash, demo.password))) found.push(u.username);
  }
  return found;
}
