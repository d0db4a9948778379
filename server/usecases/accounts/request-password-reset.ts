// "Glömt lösenord", step 1: a code (and link) to the user's verified channels.
// The answer is the same whether the username exists or not.
import type { AccountDeps, Target } from './codes.ts';
import { sendFlowCode } from './codes.ts';
import { normalizeUsername } from './passwords.ts';
import { limitPerSubject } from './limits.ts';
import { customerTargets } from '../registration/registration-flows.ts';
import type { Language } from '../../i18n/language.ts';
import { closeOpenFlows, insertFlow } from '../../repositories/flows.ts';
import { findCustomer } from '../../repositories/customers.ts';
import { findTenantUserByUsername, type TenantUserRow } from '../../repositories/users.ts';
import { recordAudit } from '../../repositories/audit.ts';
import { hashCode, newCode, newToken, sha256 } from '../../security/tokens.ts';
import { CODE_TTL_MINUTES } from '../../domain/verification.ts';

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
  const now = deps.clock.now();
  await limitPerSubject(deps.db, `password-reset:${username}`, 5, 60, now);
  const resetId = newToken(24);
  const expiresAt = new Date(now.getTime() + RESET_MINUTES * 60_000);
  const user = await findTenantUserByUsername(deps.db, username);
  const targets = user && user.status === 'active' ? await resetTargets(deps, user) : [];
  if (!user || targets.length === 0) {
    // Nothing is sent, but the flow exists and behaves like a real one: a guessed code is just wrong.
    const codeHash = hashCode(newCode(), deps.config.sessionSecret);
    await deps.db.transaction(async (tx) => {
      await insertFlow(tx, { id: sha256(resetId), purpose: 'password_reset', expiresAt, codeHash, codeExpiresAt: expiresAt });
      await recordAudit(tx, { at: now, actorKind: 'anonymous', action: 'password.reset_requested', ip: input.ip, details: { username, sent: false } });
    });
    return { resetId };
  }
  await deps.db.transaction(async (tx) => {
    await closeOpenFlows(tx, { tenantUserId: user.id }, 'password_reset', now);
    await insertFlow(tx, { id: sha256(resetId), purpose: 'password_reset', tenantUserId: user.id, expiresAt });
    await sendFlowCode(deps, tx, { idHash: sha256(resetId), purpose: 'password_reset' }, targets, input.lang, now);
    await recordAudit(tx, { at: now, actorKind: 'anonymous', action: 'password.reset_requested', subjectKind: 'tenant_user', subjectId: user.id, ip: input.ip, details: { sent: true, channels: targets.map((t) => t.channel) } });
  });
  return { resetId };
}
