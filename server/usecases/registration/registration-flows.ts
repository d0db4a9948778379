// What the registration use cases share ("Skapa konto"): how long a registration lasts, the channels
// the landlord holds for a customer, the open registration a browser holds by its id, and its verification.
import type { AccountDeps, Target } from '../accounts/codes.ts';
import { AppError } from '../../errors.ts';
import { findFlow, updateFlow, type FlowRow } from '../../repositories/flows.ts';
import { findCustomer } from '../../repositories/customers.ts';
import { findTenantUser, updateTenantUser } from '../../repositories/users.ts';
import { recordAudit } from '../../repositories/audit.ts';
import { sha256 } from '../../security/tokens.ts';

export const REGISTRATION_HOURS = 2;

export function customerTargets(customer: { email: string | null; mobile: string | null }): Target[] {
  return [
    ...(customer.email ? [{ channel: 'email' as const, to: customer.email }] : []),
    ...(customer.mobile ? [{ channel: 'sms' as const, to: customer.mobile }] : []),
  ];
}

export async function openRegistration(deps: Pick<AccountDeps, 'db'>, registrationId: string, now: Date) {
  const flow = await findFlow(deps.db, sha256(registrationId), 'registration');
  if (!flow || flow.completedAt || now >= flow.expiresAt || !flow.tenantUserId) throw new AppError('REGISTRATION_EXPIRED');
  const user = await findTenantUser(deps.db, flow.tenantUserId);
  if (!user) throw new AppError('REGISTRATION_EXPIRED');
  const found = await findCustomer(deps.db, user.customerId);
  if (!found) throw new AppError('REGISTRATION_EXPIRED');
  return { flow, user, customer: found.customer };
}

/**
 * The verified channel proves the person controls it: the account becomes active (by a typed code,
 * verifyRegistration, or a followed link). `renameTo`: the flow's new id when a link continues it in
 * another browser (in the same transaction).
 */
export async function markRegistrationVerified(deps: Pick<AccountDeps, 'db'>, flow: FlowRow, ip: string, now: Date, renameTo?: string) {
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
    await recordAudit(tx, { at: now, actorKind: 'tenant', actorId: user.id, action: 'registration.verified', subjectKind: 'tenant_user', subjectId: user.id, ip, details: { channel: flow.channel } });
  });
  return { prefill: { name: user.name, email: customer.email, mobile: customer.mobile } };
}
