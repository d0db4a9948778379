// Logging in with a password: tenants by username, staff by e-mail (then a second factor, see
// staff-second-factor.ts). Wrong username and wrong password give the same answer in the same time;
// repeated failures slow the account down and then lock it (domain/login-throttle.ts).
import type { Clock } from '../../clock.ts';
import type { Db } from '../../db/client.ts';
import type { Tx } from '../../db/tx.ts';
import { AppError } from '../../errors.ts';
import { lockSecondsAfterFailure, LOCK_AFTER, secondsLocked } from '../../domain/login-throttle.ts';
import { recordAudit } from '../../repositories/audit.ts';
import { findStaffUserByEmail, findTenantUserByUsername, updateStaffUser, updateTenantUser } from '../../repositories/users.ts';
import { verifyAgainstNothing, verifyPassword } from '../../security/passwords.ts';

interface Attempt { identifier: string; password: string; ip: string; lang?: 'sv' | 'en' }
interface Account { id: string; passwordHash: string | null; failedLogins: number; lockedUntil: Date | null }

async function checkPassword(
  deps: { db: Db; clock: Clock },
  kind: 'tenant' | 'staff',
  account: Account | null,
  usable: boolean,
  attempt: Attempt,
): Promise<void> {
  const now = deps.clock.now();
  // A refusal records its audit event in a transaction of its own, with the failure count it updates.
  const audit = (tx: Tx, action: string, details: Record<string, unknown> = {}) =>
    recordAudit(tx, {
      at: now, actorKind: account ? kind : 'anonymous', actorId: account?.id ?? null, action,
      subjectKind: `${kind}_user`, subjectId: account?.id ?? null, ip: attempt.ip, details,
    });
  if (account) {
    const locked = secondsLocked(account.lockedUntil, now);
    if (locked > 0) {
      await deps.db.transaction((tx) => audit(tx, 'login.refused_locked'));
      throw new AppError('ACCOUNT_LOCKED', { seconds: locked });
    }
  }
  const ok = account?.passwordHash && usable
    ? await verifyPassword(account.passwordHash, attempt.password)
    : await verifyAgainstNothing(attempt.password);
  if (ok) return;

  if (!account) {
    await deps.db.transaction((tx) => audit(tx, 'login.failed', { identifier: attempt.identifier.slice(0, 200) }));
    throw new AppError('INVALID_CREDENTIALS');
  }
  const failedLogins = account.failedLogins + 1;
  const lockSeconds = lockSecondsAfterFailure(failedLogins);
  const update = { failedLogins, lockedUntil: lockSeconds ? new Date(now.getTime() + lockSeconds * 1000) : null };
  await deps.db.transaction(async (tx) => {
    if (kind === 'tenant') await updateTenantUser(tx, account.id, update);
    else await updateStaffUser(tx, account.id, update);
    await audit(tx, 'login.failed', { failedLogins });
    if (failedLogins === LOCK_AFTER) await audit(tx, 'login.locked', { minutes: lockSeconds / 60 });
  });
  if (lockSeconds > 0) throw new AppError('ACCOUNT_LOCKED', { seconds: lockSeconds });
  throw new AppError('INVALID_CREDENTIALS');
}

export async function logInTenant(deps: { db: Db; clock: Clock }, attempt: Attempt): Promise<{ userId: string }> {
  const user = await findTenantUserByUsername(deps.db, attempt.identifier);
  await checkPassword(deps, 'tenant', user, user?.status !== 'deactivated', attempt);
  if (!user) throw new AppError('INVALID_CREDENTIALS');
  if (user.status === 'unverified') throw new AppError('ACCOUNT_NOT_VERIFIED');
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    await updateTenantUser(tx, user.id, { failedLogins: 0, lockedUntil: null, lastLoginAt: now, ...(attempt.lang ? { language: attempt.lang } : {}) });
    await recordAudit(tx, { at: now, actorKind: 'tenant', actorId: user.id, action: 'login.succeeded', subjectKind: 'tenant_user', subjectId: user.id, ip: attempt.ip });
  });
  return { userId: user.id };
}

/** The password step of a staff login; the second factor follows before a session exists. */
export async function checkStaffPassword(deps: { db: Db; clock: Clock }, attempt: Attempt) {
  const user = await findStaffUserByEmail(deps.db, attempt.identifier);
  await checkPassword(deps, 'staff', user, user?.status === 'active', attempt);
  if (!user) throw new AppError('INVALID_CREDENTIALS');
  return user;
}
