// What the steps of a staff login share. The second step is a TOTP code (set up at the first login,
// with recovery codes), or one of the recovery codes. The password step (start-staff-login.ts) leaves a
// short-lived challenge; only the second step (confirm-staff-totp.ts, use-staff-recovery-code.ts)
// starts a session.
import type { AccountDeps } from '../accounts/codes.ts';
import type { Tx } from '../../db/tx.ts';
import { AppError } from '../../errors.ts';
import { MAX_CODE_ATTEMPTS } from '../../domain/verification.ts';
import { countAttempt, findFlow, updateFlow } from '../../repositories/flows.ts';
import { findStaffUser, updateStaffUser, type StaffUserRow } from '../../repositories/users.ts';
import { recordAudit } from '../../repositories/audit.ts';
import { clearLoginFailures } from './log-in.ts';
import { sha256 } from '../../security/tokens.ts';

export const CHALLENGE_MINUTES = 10;

export async function openChallenge(deps: Pick<AccountDeps, 'db' | 'clock'>, challengeId: string) {
  const flow = await findFlow(deps.db, sha256(challengeId), 'staff_login');
  const now = deps.clock.now();
  if (!flow || flow.completedAt || now >= flow.expiresAt || !flow.staffUserId) throw new AppError('CHALLENGE_EXPIRED');
  const user = await findStaffUser(deps.db, flow.staffUserId);
  if (!user || user.status !== 'active' || !user.totpSecret) throw new AppError('CHALLENGE_EXPIRED');
  if (flow.attempts >= MAX_CODE_ATTEMPTS) throw new AppError('CODE_TOO_MANY_TRIES');
  return { flow, user, now };
}

/** Counts the try (outside any transaction, so that it stays counted) and throws. */
export async function wrongCode(deps: Pick<AccountDeps, 'db'>, flowId: string, code: 'CODE_WRONG' | 'TOTP_USED' = 'CODE_WRONG'): Promise<never> {
  const attempts = await countAttempt(deps.db, flowId);
  const left = MAX_CODE_ATTEMPTS - attempts;
  if (left <= 0) throw new AppError('CODE_TOO_MANY_TRIES');
  throw new AppError(code, { left });
}

/** The challenge is used up and the login succeeds, in the second step's transaction. */
export async function finishStaffLogin(tx: Tx, user: StaffUserRow, flowId: string, now: Date, ip: string) {
  await updateFlow(tx, flowId, { completedAt: now });
  await updateStaffUser(tx, user.id, { failedLogins: 0, lockedUntil: null, lastLoginAt: now });
  await clearLoginFailures(tx, 'staff', user.email);
  await recordAudit(tx, { at: now, actorKind: 'staff', actorId: user.id, action: 'login.succeeded', subjectKind: 'staff_user', subjectId: user.id, ip });
}
