// Staff send a new code and link for an unfinished registration, to the customer's channel (e-mail first).
import type { AccountDeps } from '../accounts/codes.ts';
import { sendFlowCode } from '../accounts/codes.ts';
import { customerTargets, REGISTRATION_HOURS } from '../registration/registration-flows.ts';
import { tenantUserOrNotFound } from './tenant-users.ts';
import { AppError } from '../../errors.ts';
import type { Language } from '../../i18n/language.ts';
import { findCustomer } from '../../repositories/customers.ts';
import { closeOpenFlows, insertFlow } from '../../repositories/flows.ts';
import { recordAudit } from '../../repositories/audit.ts';
import { newToken, sha256 } from '../../security/tokens.ts';

export async function resendVerification(deps: AccountDeps, input: { staffId: string; tenantUserId: string; lang: Language; ip: string }) {
  const user = await tenantUserOrNotFound(deps, input.tenantUserId);
  if (user.status !== 'unverified') throw new AppError('CODE_USED');
  const found = await findCustomer(deps.db, user.customerId);
  const target = found ? customerTargets(found.customer)[0] : undefined;
  if (!target) throw new AppError('NO_CHANNEL');
  const now = deps.clock.now();
  const idHash = sha256(newToken(24));
  await deps.db.transaction(async (tx) => {
    await closeOpenFlows(tx, { tenantUserId: user.id }, 'registration', now);
    await insertFlow(tx, { id: idHash, purpose: 'registration', tenantUserId: user.id, expiresAt: new Date(now.getTime() + REGISTRATION_HOURS * 3600_000) });
    await sendFlowCode(deps, tx, { idHash, purpose: 'registration' }, [target], input.lang, now);
    await recordAudit(tx, { at: now, actorKind: 'staff', actorId: input.staffId, action: 'verification.sent', subjectKind: 'tenant_user', subjectId: user.id, ip: input.ip, details: { channel: target.channel, purpose: 'registration' } });
  });
}
