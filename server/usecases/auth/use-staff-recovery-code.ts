// The second step of a staff login with one of the recovery codes (each works once).
import type { AccountDeps } from '../accounts/codes.ts';
import { AppError } from '../../errors.ts';
import { useRecoveryCode } from '../../repositories/users.ts';
import { recordAudit } from '../../repositories/audit.ts';
import { sha256 } from '../../security/tokens.ts';
import { finishStaffLogin, openChallenge, wrongCode } from './staff-second-factor.ts';

export async function useStaffRecoveryCode(deps: AccountDeps, input: { challengeId: string; recoveryCode: string; ip: string }) {
  const { flow, user, now } = await openChallenge(deps, input.challengeId);
  if (!user.totpEnabledAt) throw new AppError('CHALLENGE_EXPIRED');
  const code = input.recoveryCode.trim().toLowerCase();
  const accepted = await deps.db.transaction(async (tx) => {
    if (!(await useRecoveryCode(tx, user.id, sha256(code), now))) return false;
    await recordAudit(tx, { at: now, actorKind: 'staff', actorId: user.id, action: 'totp.recovery_used', subjectKind: 'staff_user', subjectId: user.id, ip: input.ip });
    await finishStaffLogin(tx, user, flow.id, now, input.ip);
    return true;
  });
  // The try is counted after the (empty) transaction, so that it stays counted.
  if (!accepted) await wrongCode(deps, flow.id);
  return { userId: user.id };
}
