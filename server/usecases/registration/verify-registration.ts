// "Skapa konto", steps 2-4: send the code to a channel the landlord holds, check it, complete details.
import type { AccountDeps } from '../accounts/codes.ts';
import { assertResendAllowed, checkFlowCode, mask, sendFlowCode } from '../accounts/codes.ts';
import { customerTargets } from './start-registration.ts';
import { AppError } from '../../errors.ts';
import type { Language } from '../../i18n/language.ts';
import { normalizeEmail, normalizeMobile } from '../../domain/contact.ts';
import { findFlow, updateFlow, type FlowRow } from '../../repositories/flows.ts';
import { findCustomer } from '../../repositories/customers.ts';
import { findTenantUser, updateTenantUser } from '../../repositories/users.ts';
import { recordAudit } from '../../repositories/audit.ts';
import { sha256 } from '../../security/tokens.ts';

async function openRegistration(deps: AccountDeps, registrationId: string, now: Date) {
  const flow = await findFlow(deps.db, sha256(registrationId), 'registration');
  if (!flow || flow.completedAt || now >= flow.expiresAt || !flow.tenantUserId) throw new AppError('REGISTRATION_EXPIRED');
  const user = await findTenantUser(deps.db, flow.tenantUserId);
  if (!user) throw new AppError('REGISTRATION_EXPIRED');
  const found = await findCustomer(deps.db, user.customerId);
  if (!found) throw new AppError('REGISTRATION_EXPIRED');
  return { flow, user, customer: found.customer };
}

export async function sendRegistrationCode(deps: AccountDeps, input: { registrationId: string; channel: 'email' | 'sms'; lang: Language; ip: string }) {
  const now = new Date();
  const { flow, user, customer } = await openRegistration(deps, input.registrationId, now);
  if (flow.verifiedAt) throw new AppError('CODE_USED');
  assertResendAllowed(flow, now);
  // Always the channel as the landlord holds it now: never an address the visitor typed.
  const target = customerTargets(customer).find((t) => t.channel === input.channel);
  if (!target) throw new AppError('NO_CHANNEL');
  const sent = await sendFlowCode(deps, { idHash: flow.id, purpose: 'registration' }, [target], input.lang, now);
  await recordAudit(deps.db, { actorKind: 'anonymous', action: 'verification.sent', subjectKind: 'tenant_user', subjectId: user.id, ip: input.ip, details: { channel: target.channel, purpose: 'registration' } });
  return { channel: target.channel, masked: mask(target), expiresAt: sent.expiresAt.toISOString(), resendAvailableAt: sent.resendAvailableAt.toISOString() };
}

/** The verified channel proves the person controls it: the account becomes active. */
/** `renameTo`: the flow's new id when a link continues it in another browser (in the same transaction). */
export async function markRegistrationVerified(deps: AccountDeps, flow: FlowRow, ip: string, now: Date, renameTo?: string) {
  const user = await findTenantUser(deps.db, flow.tenantUserId!);
  if (!user) throw new AppError('REGISTRATION_EXPIRED');
  const found = await findCustomer(deps.db, user.customerId);
  const customer = found!.customer;
  await deps.db.transaction(async (tx) => {
    await updateFlow(tx, flow.id, { verifiedAt: now, ...(renameTo ? { id: renameTo } : {}) });
    await updateTenantUser(tx, user.id, {
      status: 'active',
      ...(flow.channel === 'email' ? { email: flow.destination, emailVerifiedAt: now } : { mobile: flow.destination, mobileVerifiedAt: now }),
    });
  });
  await recordAudit(deps.db, { actorKind: 'tenant', actorId: user.id, action: 'registration.verified', subjectKind: 'tenant_user', subjectId: user.id, ip, details: { channel: flow.channel } });
  return { prefill: { name: user.name, email: customer.email, mobile: customer.mobile } };
}

export async function verifyRegistration(deps: AccountDeps, input: { registrationId: string; code: string; ip: string }) {
  const now = new Date();
  const { flow } = await openRegistration(deps, input.registrationId, now);
  await checkFlowCode(deps, flow, input.code, now);
  return markRegistrationVerified(deps, flow, input.ip, now);
}

export async function completeRegistrationDetails(
  deps: AccountDeps,
  input: { registrationId: string; name: string; email: string; mobile: string; ip: string },
) {
  const now = new Date();
  const { flow, user } = await openRegistration(deps, input.registrationId, now);
  if (!flow.verifiedAt) throw new AppError('NOT_VERIFIED');
  const name = input.name.trim();
  if (name.length === 0) throw new AppError('VALIDATION', { keyword: 'required', field: 'name' });
  const email = input.email.trim() ? normalizeEmail(input.email) : null;
  if (input.email.trim() && !email) throw new AppError('INVALID_EMAIL');
  const mobile = input.mobile.trim() ? normalizeMobile(input.mobile) : null;
  if (input.mobile.trim() && !mobile) throw new AppError('INVALID_MOBILE');
  if (!email && !mobile) throw new AppError('VALIDATION', { keyword: 'required', field: 'email' });

  // What was verified stays verified; anything else is stored and verified later from Mina uppgifter.
  const verifiedEmail = flow.channel === 'email' ? flow.destination : user.emailVerifiedAt ? user.email : null;
  const verifiedMobile = flow.channel === 'sms' ? flow.destination : user.mobileVerifiedAt ? user.mobile : null;
  await deps.db.transaction(async (tx) => {
    await updateTenantUser(tx, user.id, {
      name,
      email,
      emailVerifiedAt: email && email === verifiedEmail ? (user.emailVerifiedAt ?? now) : null,
      mobile,
      mobileVerifiedAt: mobile && mobile === verifiedMobile ? (user.mobileVerifiedAt ?? now) : null,
    });
    await updateFlow(tx, flow.id, { completedAt: now });
  });
  await recordAudit(deps.db, { actorKind: 'tenant', actorId: user.id, action: 'registration.completed', subjectKind: 'tenant_user', subjectId: user.id, ip: input.ip });
  return { username: user.username };
}
