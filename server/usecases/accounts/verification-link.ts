// Following the link in a code message (PUBLIC_URL/v/<token>) does what typing the code does.
// A registration or reset continues in the browser that opened the link: its flow gets a new id.
import type { AccountDeps } from './codes.ts';
import { assertLinkUsable } from './codes.ts';
import { markRegistrationVerified } from '../registration/registration-flows.ts';
import { applyContactChange } from './contact-flows.ts';
import { findFlowByLink, updateFlow } from '../../repositories/flows.ts';
import { newToken, sha256 } from '../../security/tokens.ts';
import { AppError } from '../../errors.ts';

export type LinkResult =
  | { purpose: 'registration'; registrationId: string; prefill: { name: string | null; email: string | null; mobile: string | null } }
  | { purpose: 'password_reset'; resetId: string }
  | { purpose: 'contact_change'; kind: 'email' | 'mobile' };

export async function followVerificationLink(deps: AccountDeps, input: { token: string; ip: string }): Promise<LinkResult> {
  const now = deps.clock.now();
  const flow = await findFlowByLink(deps.db, sha256(input.token));
  assertLinkUsable(flow, now);
  if (flow.purpose === 'registration') {
    if (flow.verifiedAt) throw new AppError('CODE_USED');
    const registrationId = newToken(24);
    const { prefill } = await markRegistrationVerified(deps, flow, input.ip, now, sha256(registrationId));
    return { purpose: 'registration', registrationId, prefill };
  }
  if (flow.purpose === 'password_reset') {
    if (!flow.tenantUserId) throw new AppError('NOT_FOUND');
    const resetId = newToken(24);
    // One statement, no message, no audit event: it needs no transaction of its own.
    await updateFlow(deps.db, flow.id, { id: sha256(resetId), verifiedAt: now });
    return { purpose: 'password_reset', resetId };
  }
  if (flow.purpose === 'contact_change') {
    if (flow.verifiedAt) throw new AppError('CODE_USED');
    await applyContactChange(deps, flow, input.ip, now);
    return { purpose: 'contact_change', kind: flow.contactKind === 'email' ? 'email' : 'mobile' };
  }
  throw new AppError('NOT_FOUND');
}
