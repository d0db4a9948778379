// The first step of a staff login: the password; then a challenge for the second factor (and, at the
// first login, a new TOTP secret to set up).
import type { AccountDeps } from '../accounts/codes.ts';
import { insertFlow } from '../../repositories/flows.ts';
import { findLandlord } from '../../repositories/landlord.ts';
import { updateStaffUser } from '../../repositories/users.ts';
import { newToken, sha256 } from '../../security/tokens.ts';
import { seal } from '../../security/secret-box.ts';
import { newTotpSecret, qrDataUrl, totpUri } from '../../security/totp.ts';
import { checkStaffPassword } from './log-in.ts';
import { CHALLENGE_MINUTES } from './staff-second-factor.ts';

export type StaffLoginStep =
  | { step: 'totp'; challengeId: string }
  | { step: 'totp_setup'; challengeId: string; secret: string; otpauthUri: string; qrDataUrl: string };

export async function startStaffLogin(deps: AccountDeps, attempt: { identifier: string; password: string; ip: string }): Promise<StaffLoginStep> {
  const user = await checkStaffPassword(deps, attempt);
  const challengeId = newToken(24);
  const now = deps.clock.now();
  const challenge = { id: sha256(challengeId), purpose: 'staff_login' as const, staffUserId: user.id, expiresAt: new Date(now.getTime() + CHALLENGE_MINUTES * 60_000) };
  if (user.totpEnabledAt && user.totpSecret) {
    await insertFlow(deps.db, challenge);
    return { step: 'totp', challengeId };
  }
  // First login: a new secret each time until a code from it has been confirmed.
  const secret = newTotpSecret();
  await deps.db.transaction(async (tx) => {
    await insertFlow(tx, challenge);
    await updateStaffUser(tx, user.id, { totpSecret: seal(secret, deps.config.sessionSecret), totpEnabledAt: null });
  });
  const issuer = (await findLandlord(deps.db))?.name ?? 'Mina sidor';
  const uri = totpUri(secret, user.email, `${issuer} backoffice`);
  return { step: 'totp_setup', challengeId, secret, otpauthUri: uri, qrDataUrl: await qrDataUrl(uri) };
}
