// "Glömt lösenord": a code (and link) to the user's verified channels, then a new password.
// The answer is the same whether the username exists or not.
import type { AccountDeps, Target } from './codes.ts';
import { checkFlowCode, sendFlowCode } from './codes.ts';
import { assertAcceptablePassword, normalizeUsername } from './passwords.ts';
import { limitPerSubject } from './limits.ts';
import { customerTargets } from '../registration/start-registration.ts';
import { AppError } from '../../errors.ts';
import type { Language } from '../../i18n/language.ts';
import { closeOpenFlows, findFlow, insertFlow, updateFlow } from '../../repositories/flows.ts';
import { findCustomer } from '../../repositories/customers.ts';
import { endSessionsOf, findTenantUser, findTenantUserByUsername, updateTenantUser, type TenantUserRow } from '../../repositories/users.ts';
import { recordAudit } from '../../repositories/audit.ts';
import { hashPassword } from '../../security/passwords.ts';
import { hashCode, newCode, newToken, sha256 } from '../../security/tokens.ts';
import { CODE_TTL_MINUTES } from '../../domain/verification.ts';
import { clearLoginFailures } from '../auth/log-in.ts';

const RESET_MINUTES = CODE_TTL_MINUTES;

/** The user's own verified channels; when there are none, the ones the landlord holds for the customer. */
async function resetTargets(deps: AccountDeps, user: TenantUserRow): Promise<Target[]> {
  const own: Target[] = [
    ...(user.email && user.emailVerifiedAt ? [{ channel: 'email' as const, to: user.email }] : []),
    ...(user.mobile && user.mobileVerifiedAt ? [{ channel: 'sms' as const, to: user.mobile }] : []),
  ];
  if (own.length) return own;
  const found = await findCustomer(deps.db, user.customerId);
  return found ? customerTargets(found.customer) : [];
}

export async function requestPasswordReset(deps: AccountDeps, input: { username: string; lang: Language; ip: string }) {
  const username = normalizeUsername(input.username) ?? input.username.trim().toLowerCase().slice(0, 60);
  await limitPerSubject(deps.db, `password-reset:${username}`, 5, 60);
  const resetId = newToken(24);
  const now = new Date();
  const expiresAt = new Date(now.getTime() + RESET_MINUTES * 60_000);
  const user = await findTenantUserByUsername(deps.db, username);
  const targets = user && user.status === 'active' ? await resetTargets(deps, user) : [];
  if (!user || targets.length === 0) {
    // Nothing is sent, but the flow exists and behaves like a real one: a guessed code is just wrong.
    await insertFlow(deps.db, { id: sha256(resetId), purpose: 'password_reset', expiresAt, codeHash: hashCode(newCode(), deps.config.sessionSecret), codeExpiresAt: expiresAt });
    await recordAudit(deps.db, { actorKind: 'anonymous', action: 'password.reset_requested', ip: input.ip, details: { username, sent: false } });
    return { resetId };
  }
  await closeOpenFlows(deps.db, { tenantUserId: user.id }, 'password_reset', now);
  await insertFlow(deps.db, { id: sha256(resetId), purpose: 'password_reset', tenantUserId: user.id, expiresAt });
  await sendFlowCode(deps, { idHash: sha256(resetId), purpose: 'password_reset' }, targets, input.lang, now);
  await recordAudit(deps.db, { actorKind: 'anonymous', action: 'password.reset_requested', subjectKind: 'tenant_user', subjectId: user.id, ip: input.ip, details: { sent: true, channels: targets.map((t) => t.channel) } });
  return { resetId };
}

async function openReset(deps: AccountDeps, resetId: string, now: Date) {
  const flow = await findFlow(deps.db, sha256(resetId), 'password_reset');
  if (!flow || flow.completedAt || now >= flow.expiresAt) throw new AppError('CODE_EXPIRED');
  return flow;
}

export async function verifyPasswordReset(deps: AccountDeps, input: { resetId: string; code: string }) {
  const now = new Date();
  const flow = await openReset(deps, input.resetId, now);
  await checkFlowCode(deps, flow, input.code, now);
  await updateFlow(deps.db, flow.id, { verifiedAt: now });
}

export async function completePasswordReset(deps: AccountDeps, input: { resetId: string; password: string; passwordRepeat: string; ip: string }) {
  const now = new Date();
  const flow = await openReset(deps, input.resetId, now);
  if (!flow.verifiedAt || !flow.tenantUserId) throw new AppError('NOT_VERIFIED');
  const user = await findTenantUser(deps.db, flow.tenantUserId);
  if (!user || user.status !== 'active') throw new AppError('CODE_EXPIRED');
  assertAcceptablePassword(input.password, input.passwordRepeat, user.username);
  const passwordHash = await hashPassword(input.password);
  await deps.db.transaction(async (tx) => {
    await updateTenantUser(tx, user.id, { passwordHash, failedLogins: 0, lockedUntil: null });
    await updateFlow(tx, flow.id, { completedAt: now });
    await endSessionsOf(tx, { tenantUserId: user.id });
    await clearLoginFailures(tx, 'tenant', user.username);
  });
  await recordAudit(deps.db, { actorKind: 'tenant', actorId: user.id, action: 'password.reset', subjectKind: 'tenant_user', subjectId: user.id, ip: input.ip });
  return { username: user.username };
}
