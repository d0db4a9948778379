// Staff helping tenants with their accounts: the customer's contact channels, its users.
import type { AccountDeps } from '../accounts/codes.ts';
import { sendFlowCode } from '../accounts/codes.ts';
import { customerTargets, REGISTRATION_HOURS } from '../registration/start-registration.ts';
import { AppError } from '../../errors.ts';
import type { Language } from '../../i18n/language.ts';
import { normalizeEmail, normalizeMobile } from '../../domain/contact.ts';
import { findCustomer, updateCustomerContact } from '../../repositories/customers.ts';
import { closeOpenFlows, insertFlow } from '../../repositories/flows.ts';
import { endSessionsOf, findTenantUser, updateTenantUser } from '../../repositories/users.ts';
import { recordAudit } from '../../repositories/audit.ts';
import { newToken, sha256 } from '../../security/tokens.ts';

export async function changeCustomerContact(
  deps: AccountDeps,
  input: { staffId: string; customerId: string; email: string | null; mobile: string | null; ip: string },
) {
  const found = await findCustomer(deps.db, input.customerId);
  if (!found) throw new AppError('NOT_FOUND');
  const email = input.email?.trim() ? normalizeEmail(input.email) : null;
  if (input.email?.trim() && !email) throw new AppError('INVALID_EMAIL');
  const mobile = input.mobile?.trim() ? normalizeMobile(input.mobile) : null;
  if (input.mobile?.trim() && !mobile) throw new AppError('INVALID_MOBILE');
  await updateCustomerContact(deps.db, found.customer.id, { email, mobile });
  await recordAudit(deps.db, {
    actorKind: 'staff', actorId: input.staffId, action: 'customer.contact_changed', subjectKind: 'customer', subjectId: found.customer.id, ip: input.ip,
    details: { email: email !== found.customer.email, mobile: mobile !== found.customer.mobile },
  });
}

/** Finds the tenant user; staff act only on users that exist (404 otherwise). */
async function tenantUserOrNotFound(deps: AccountDeps, id: string) {
  const user = await findTenantUser(deps.db, id);
  if (!user) throw new AppError('NOT_FOUND');
  return user;
}

export async function deactivateTenantUser(deps: AccountDeps, input: { staffId: string; tenantUserId: string; ip: string }) {
  const user = await tenantUserOrNotFound(deps, input.tenantUserId);
  await updateTenantUser(deps.db, user.id, { status: 'deactivated' });
  await endSessionsOf(deps.db, { tenantUserId: user.id });
  await recordAudit(deps.db, { actorKind: 'staff', actorId: input.staffId, action: 'tenant_user.deactivated', subjectKind: 'tenant_user', subjectId: user.id, ip: input.ip });
}

/** A new code and link for an unfinished registration, to the customer's channel (e-mail first). */
export async function resendVerification(deps: AccountDeps, input: { staffId: string; tenantUserId: string; lang: Language; ip: string }) {
  const user = await tenantUserOrNotFound(deps, input.tenantUserId);
  if (user.status !== 'unverified') throw new AppError('CODE_USED');
  const found = await findCustomer(deps.db, user.customerId);
  const target = found ? customerTargets(found.customer)[0] : undefined;
  if (!target) throw new AppError('NO_CHANNEL');
  const now = new Date();
  await closeOpenFlows(deps.db, { tenantUserId: user.id }, 'registration', now);
  const idHash = sha256(newToken(24));
  await insertFlow(deps.db, { id: idHash, purpose: 'registration', tenantUserId: user.id, expiresAt: new Date(now.getTime() + REGISTRATION_HOURS * 3600_000) });
  await sendFlowCode(deps, { idHash, purpose: 'registration' }, [target], input.lang, now);
  await recordAudit(deps.db, { actorKind: 'staff', actorId: input.staffId, action: 'verification.sent', subjectKind: 'tenant_user', subjectId: user.id, ip: input.ip, details: { channel: target.channel, purpose: 'registration' } });
}
