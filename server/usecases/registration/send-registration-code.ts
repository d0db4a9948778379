// "Skapa konto", step 2: send the code to a channel the landlord holds.
import type { AccountDeps } from '../accounts/codes.ts';
import { assertResendAllowed, mask, sendFlowCode } from '../accounts/codes.ts';
import { customerTargets, openRegistration } from './registration-flows.ts';
import { AppError } from '../../errors.ts';
import type { Language } from '../../i18n/language.ts';
import { recordAudit } from '../../repositories/audit.ts';

export async function sendRegistrationCode(deps: AccountDeps, input: { registrationId: string; channel: 'email' | 'sms'; lang: Language; ip: string }) {
  const now = deps.clock.now();
  const { flow, user, customer } = await openRegistration(deps, input.registrationId, now);
  if (flow.verifiedAt) throw new AppError('CODE_USED');
  assertResendAllowed(flow, now);
  // Always the channel as the landlord holds it now: never an address the visitor typed.
  const target = customerTargets(customer).find((t) => t.channel === input.channel);
  if (!target) throw new AppError('NO_CHANNEL');
  const sent = await deps.db.transaction(async (tx) => {
    const result = await sendFlowCode(deps, tx, { idHash: flow.id, purpose: 'registration' }, [target], input.lang, now);
    await recordAudit(tx, { at: now, actorKind: 'anonymous', action: 'verification.sent', subjectKind: 'tenant_user', subjectId: user.id, ip: input.ip, details: { channel: target.channel, purpose: 'registration' } });
    return result;
  });
  return { channel: target.channel, masked: mask(target), expiresAt: sent.expiresAt.toISOString(), resendAvailableAt: sent.resendAvailableAt.toISOString() };
}
