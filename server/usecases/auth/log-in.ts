// Logging in a tenant user (username) or a staff member (e-mail) with a password.
// Wrong username and wrong password give the same answer, in the same time.
import type { Db } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import { recordAudit } from '../../repositories/audit.ts';
import { findStaffUserByEmail, findTenantUserByUsername } from '../../repositories/users.ts';
import { verifyAgainstNothing, verifyPassword } from '../../security/passwords.ts';

interface Attempt { identifier: string; password: string; ip: string }

export async function logInTenant(deps: { db: Db }, attempt: Attempt): Promise<{ userId: string }> {
  const user = await findTenantUserByUsername(deps.db, attempt.identifier);
  const ok = user && user.active ? await verifyPassword(user.passwordHash, attempt.password) : await verifyAgainstNothing(attempt.password);
  await recordAudit(deps.db, {
    actorKind: 'tenant',
    actorId: user?.id ?? null,
    action: ok ? 'login.succeeded' : 'login.failed',
    subjectKind: 'tenant_user',
    subjectId: user?.id ?? null,
    ip: attempt.ip,
    details: ok ? {} : { username: attempt.identifier.slice(0, 100) },
  });
  if (!ok || !user) throw new AppError('INVALID_CREDENTIALS');
  return { userId: user.id };
}

export async function logInStaff(deps: { db: Db }, attempt: Attempt): Promise<{ userId: string }> {
  const user = await findStaffUserByEmail(deps.db, attempt.identifier);
  const ok = user && user.active && user.passwordHash
    ? await verifyPassword(user.passwordHash, attempt.password)
    : await verifyAgainstNothing(attempt.password);
  await recordAudit(deps.db, {
    actorKind: 'staff',
    actorId: user?.id ?? null,
    action: ok ? 'login.succeeded' : 'login.failed',
    subjectKind: 'staff_user',
    subjectId: user?.id ?? null,
    ip: attempt.ip,
    details: ok ? {} : { email: attempt.identifier.slice(0, 200) },
  });
  if (!ok || !user) throw new AppError('INVALID_CREDENTIALS');
  return { userId: user.id };
}
