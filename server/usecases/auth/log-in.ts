// Logging in with a password: tenants by username, staff by e-mail (then a second factor, see
// staff-second-factor.ts). Wrong username and wrong password give the same answer in the same time:
// failures are counted per username given, whether an account has it or not (domain/login-throttle.ts),
// the password is hashed either way, and the same statements run either way.
import type { Clock } from '../../clock.ts';
import type { Db } from '../../db/client.ts';
import type { Tx } from '../../db/tx.ts';
import { AppError } from '../../errors.ts';
import {
  FORGET_FAILURES_AFTER_HOURS, LOCK_AFTER, LOCK_MINUTES, lockSecondsAfterFailure, lockedUntilAfter, secondsLocked,
} from '../../domain/login-throttle.ts';
import { recordAudit } from '../../repositories/audit.ts';
import { deleteCounter, incrementSlidingCounter, readCounter } from '../../repositories/rate-limits.ts';
import { findStaffUserByEmail, findTenantUserByUsername, setLoginFailures, updateTenantUser } from '../../repositories/users.ts';
import { verifyAgainstNothing, verifyPassword } from '../../security/passwords.ts';

interface Attempt { identifier: string; password: string; ip: string; lang?: 'sv' | 'en' }
interface Account { id: string; passwordHash: string | null }
type Kind = 'tenant' | 'staff';

const FORGET_MS = FORGET_FAILURES_AFTER_HOURS * 3600_000;
// As the accounts are looked up (repositories/users.ts), so "Lunden" and "lunden " share one count.
const normalized = (identifier: string) => identifier.trim().toLowerCase();
const throttleKey = (kind: Kind, identifier: string) => `login|${kind}|${normalized(identifier)}`;

/** Forgets a username's failed logins: after a login that succeeded, or a new password. */
export function clearLoginFailures(db: Db, kind: Kind, identifier: string): Promise<void> {
  return deleteCounter(db, throttleKey(kind, identifier));
}

async function checkPassword(deps: { db: Db; clock: Clock }, kind: Kind, account: Account | null, usable: boolean, attempt: Attempt): Promise<void> {
  const now = deps.clock.now();
  const key = throttleKey(kind, attempt.identifier);
  // A refusal records its audit event in a transaction of its own, with the failure count it updates.
  const audit = (tx: Tx, action: string, details: Record<string, unknown> = {}) =>
    recordAudit(tx, {
      at: now, actorKind: account ? kind : 'anonymous', actorId: account?.id ?? null, action,
      subjectKind: `${kind}_user`, subjectId: account?.id ?? null, ip: attempt.ip, details,
    });
  // The counter's window ends FORGET_MS after the last failure, so that is when the last failure was.
  const before = await readCounter(deps.db, key, now.getTime());
  const lastFailureAt = new Date(now.getTime() + before.ttlMs - FORGET_MS);
  const locked = before.count > 0 ? secondsLocked(lockedUntilAfter(before.count, lastFailureAt), now) : 0;
  if (locked > 0) {
    await deps.db.transaction((tx) => audit(tx, 'login.refused_locked'));
    throw new AppError('ACCOUNT_LOCKED', { seconds: locked });
  }
  const ok = account?.passwordHash && usable
    ? await verifyPassword(account.passwordHash, attempt.password)
    : await verifyAgainstNothing(attempt.password);
  if (ok) return;

  const count = await deps.db.transaction(async (tx) => {
    const { count } = await incrementSlidingCounter(tx, key, FORGET_MS, now.getTime());
    // The account's columns show the lock in the back office; for an unknown name the update matches nothing.
    await setLoginFailures(tx, kind, normalized(attempt.identifier), { failedLogins: count, lockedUntil: lockedUntilAfter(count, now) });
    await audit(tx, 'login.failed', account ? { failedLogins: count } : { identifier: attempt.identifier.slice(0, 200), failedLogins: count });
    if (count === LOCK_AFTER) await audit(tx, 'login.locked', { minutes: LOCK_MINUTES });
    return count;
  });
  const lockedUntil = lockedUntilAfter(count, now);
  if (lockedUntil) throw new AppError('ACCOUNT_LOCKED', { seconds: lockSecondsAfterFailure(count) });
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
    await clearLoginFailures(tx, 'tenant', user.username);
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
