// The second step of a staff login with a TOTP code; the first confirmed code enables TOTP and gives
// the recovery codes.
import { randomBytes } from 'node:crypto';
import type { AccountDeps } from '../accounts/codes.ts';
import { replaceRecoveryCodes, updateStaffUser, useTotpStep } from '../../repositories/users.ts';
import { recordAudit } from '../../repositories/audit.ts';
import { sha256 } from '../../security/tokens.ts';
import { open } from '../../security/secret-box.ts';
import { verifyTotp } from '../../security/totp.ts';
import { finishStaffLogin, openChallenge, wrongCode } from './staff-second-factor.ts';

function newRecoveryCodes(): string[] {
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  return Array.from({ length: 10 }, () => {
    const bytes = randomBytes(10);
    const chars = [...bytes].map((b) => alphabet[b % alphabet.length]).join('');
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
}

export async function confirmStaffTotp(deps: AccountDeps, input: { challengeId: string; code: string; ip: string }) {
  const { flow, user, now } = await openChallenge(deps, input.challengeId);
  const secret = open(user.totpSecret!, deps.config.sessionSecret);
  const step = verifyTotp(secret, input.code.replace(/\s/g, ''), now.getTime());
  if (step === null) await wrongCode(deps, flow.id);
  const recoveryCodes = user.totpEnabledAt ? undefined : newRecoveryCodes();
  const accepted = await deps.db.transaction(async (tx) => {
    // A code works once: someone who saw it over a shoulder cannot use it within its 30 seconds.
    if (!(await useTotpStep(tx, user.id, step!))) return false;
    if (recoveryCodes) {
      await updateStaffUser(tx, user.id, { totpEnabledAt: now });
      await replaceRecoveryCodes(tx, user.id, recoveryCodes.map(sha256));
      await recordAudit(tx, { at: now, actorKind: 'staff', actorId: user.id, action: 'totp.enabled', subjectKind: 'staff_user', subjectId: user.id, ip: input.ip });
    }
    await finishStaffLogin(tx, user, flow.id, now, input.ip);
    return true;
  });
  // The try is counted after the (empty) transaction, so that it stays counted.
  if (!accepted) await wrongCode(deps, flow.id, 'TOTP_USED');
  return { userId: user.id, recoveryCodes };
}
