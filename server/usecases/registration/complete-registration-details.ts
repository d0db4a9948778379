// "Skapa konto", step 4: name, e-mail and mobile; the registration is complete.
import type { AccountDeps } from '../accounts/codes.ts';
import { openRegistration } from './registration-flows.ts';
import { AppError } from '../../errors.ts';
import { normalizeEmail, normalizeMobile } from '../../domain/contact.ts';
import { updateFlow } from '../../repositories/flows.ts';
import { updateTenantUser } from '../../repositories/users.ts';
import { recordAudit } from '../../repositories/audit.ts';

export async function completeRegistrationDetails(
  deps: AccountDeps,
  input: { registrationId: string; name: string; email: string; mobile: string; ip: string },
) {
  const now = deps.clock.now();
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
    await recordAudit(tx, { at: now, actorKind: 'tenant', actorId: user.id, action: 'registration.completed', subjectKind: 'tenant_user', subjectId: user.id, ip: input.ip });
  });
  return { username: user.username };
}
