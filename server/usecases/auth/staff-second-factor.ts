// The second step of a staff login: a TOTP code (set up at the first login, with recovery codes),
// or one of the recovery codes. The password step leaves a short-lived challenge; only this step
// starts a session.
import type { AccountDeps } from '../accounts/codes.ts';
import { AppError } from '../../errors.ts';
import { MAX_CODE_ATTEMPTS } from '../../domain/verification.ts';
import { countAttempt, findFlow, insertFlow, updateFlow } from '../../repositories/flows.ts';
import { findLandlord } from '../../repositories/landlord.ts';
import { findStaffUser, replaceRecoveryCodes, updateStaffUser, useRecoveryCode, useTotpStep, type StaffUserRow } from '../../repositories/users.ts';
import { recordAudit } from '../../repositories/audit.ts';
import { newToken, sha256 } from '../../security/tokens.ts';
import { open, seal } from '../../security/secret-box.ts';
import { newTotpSecret, qrDataUrl, totpUri, verifyTotp } from '../../security/totp.ts';
import { checkStaffPassword, clearLoginFailures } from './log-in.ts';
import { randomBytes } from 'node:crypto';

const CHALLENGE_MINUTES = 10;

export type StaffLoginStep =
  | { step: 'totp'; challengeId: string }
  | { step: 'totp_setup'; challengeId: string; secret: string; otpauthUri: string; qrDataUrl: string };

export async function startStaffLogin(deps: AccountDeps, attempt: { identifier: string; password: string; ip: string }): Promise<StaffLoginStep> {
  const user = await checkStaffPassword(deps, attempt);
  const challengeId = newToken(24);
  const now = new Date();
  await insertFlow(deps.db, { id: sha256(challengeId), purpose: 'staff_login', staffUserId: user.id, expiresAt: new Date(now.getTime() + CHALLENGE_MINUTES * 60_000) });
  if (user.totpEnabledAt && user.totpSecret) return { step: 'totp', challengeId };
  // First login: a new secret each time until a code from it has been confirmed.
  const secret = newTotpSecret();
  await updateStaffUser(deps.db, user.id, { totpSecret: seal(secret, deps.config.sessionSecret), totpEnabledAt: null });
  const issuer = (await findLandlord(deps.db))?.name ?? 'Mina sidor';
  const uri = totpUri(secret, user.email, `${issuer} backoffice`);
  return { step: 'totp_setup', challengeId, secret, otpauthUri: uri, qrDataUrl: await qrDataUrl(uri) };
}

async function openChallenge(deps: AccountDeps, challengeId: string) {
  const flow = await findFlow(deps.db, sha256(challengeId), 'staff_login');
  const now = new Date();
  if (!flow || flow.completedAt || now >= flow.expiresAt || !flow.staffUserId) throw new AppError('CHALLENGE_EXPIRED');
  const user = await findStaffUser(deps.db, flow.staffUserId);
  if (!user || user.status !== 'active' || !user.totpSecret) throw new AppError('CHALLENGE_EXPIRED');
  if (flow.attempts >= MAX_CODE_ATTEMPTS) throw new AppError('CODE_TOO_MANY_TRIES');
  return { flow, user, now };
}

function newRecoveryCodes(): string[] {
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  return Array.from({ length: 10 }, () => {
    const bytes = randomBytes(10);
    const chars = [...bytes].map((b) => alphabet[b % alphabet.length]).join('');
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
}

async function wrongCode(deps: AccountDeps, flowId: string, code: 'CODE_WRONG' | 'TOTP_USED' = 'CODE_WRONG'): Promise<never> {
  const attempts = await countAttempt(deps.db, flowId);
  const left = MAX_CODE_ATTEMPTS - attempts;
  if (left <= 0) throw new AppError('CODE_TOO_MANY_TRIES');
  throw new AppError(code, { left });
}

async function finish(deps: AccountDeps, user: StaffUserRow, flowId: string, now: Date, ip: string) {
  await updateFlow(deps.db, flowId, { completedAt: now });
  await updateStaffUser(deps.db, user.id, { failedLogins: 0, lockedUntil: null, lastLoginAt: now });
  await clearLoginFailures(deps.db, 'staff', user.email);
  await recordAudit(deps.db, { actorKind: 'staff', actorId: user.id, action: 'login.succeeded', subjectKind: 'staff_user', subjectId: user.id, ip });
}

export async function confirmStaffTotp(deps: AccountDeps, input: { challengeId: string; code: string; ip: string }) {
  const { flow, user, now } = await openChallenge(deps, input.challengeId);
  const secret = open(user.totpSecret!, deps.config.sessionSecret);
  const step = verifyTotp(secret, input.code.replace(/\s/g, ''), now.getTime());
  if (step === null) await wrongCode(deps, flow.id);
  // A code works once: someone who saw it over a shoulder cannot use it within its 30 seconds.
  if (!(await useTotpStep(deps.db, user.id, step!))) await wrongCode(deps, flow.id, 'TOTP_USED');
  let recoveryCodes: string[] | undefined;
  if (!user.totpEnabledAt) {
    recoveryCodes = newRecoveryCodes();
    await updateStaffUser(deps.db, user.id, { totpEnabledAt: now });
    await replaceRecoveryCodes(deps.db, user.id, recoveryCodes.map(sha256));
    await recordAudit(deps.db, { actorKind: 'staff', actorId: user.id, action: 'totp.enabled', subjectKind: 'staff_user', subjectId: user.id, ip: input.ip });
  }
  await finish(deps, user, flow.id, now, input.ip);
  return { userId: user.id, recoveryCodes };
}

export async function useStaffRecoveryCode(deps: AccountDeps, input: { challengeId: string; recoveryCode: string; ip: string }) {
  const { flow, user, now } = await openChallenge(deps, input.challengeId);
  if (!user.totpEnabledAt) throw new AppError('CHALLENGE_EXPIRED');
  const code = input.recoveryCode.trim().toLowerCase();
  if (!(await useRecoveryCode(deps.db, user.id, sha256(code), now))) await wrongCode(deps, flow.id);
  await recordAudit(deps.db, { actorKind: 'staff', actorId: user.id, action: 'totp.recovery_used', subjectKind: 'staff_user', subjectId: user.id, ip: input.ip });
  await finish(deps, user, flow.id, now, input.ip);
  return { userId: user.id };
}
