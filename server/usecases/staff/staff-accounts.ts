// Staff accounts: an administrator invites by e-mail; the invitee chooses a password from the link
// and sets up TOTP at the first login.
import type { AccountDeps } from '../accounts/codes.ts';
import { assertAcceptablePassword } from '../accounts/passwords.ts';
import { AppError } from '../../errors.ts';
import type { Language } from '../../i18n/language.ts';
import { normalizeEmail } from '../../domain/contact.ts';
import type { StaffRole } from '../../policies/staff.ts';
import { findFlowByLink, insertFlow, updateFlow } from '../../repositories/flows.ts';
import { findLandlord } from '../../repositories/landlord.ts';
import { endSessionsOf, findStaffUser, findStaffUserByEmail, insertStaffUser, updateStaffUser } from '../../repositories/users.ts';
import { recordAudit } from '../../repositories/audit.ts';
import { invitationEmail } from '../../messaging/account-messages.ts';
import { hashPassword } from '../../security/passwords.ts';
import { newToken, sha256 } from '../../security/tokens.ts';
import { queueMessages } from '../messages/queue-messages.ts';
import { clearLoginFailures } from '../auth/log-in.ts';

const INVITATION_DAYS = 7;

export async function inviteStaff(deps: AccountDeps, input: { adminId: string; name: string; email: string; role: StaffRole; lang: Language; ip: string }) {
  const email = normalizeEmail(input.email);
  if (!email) throw new AppError('INVALID_EMAIL');
  const name = input.name.trim();
  if (!name) throw new AppError('VALIDATION', { keyword: 'required', field: 'name' });
  if (await findStaffUserByEmail(deps.db, email)) throw new AppError('EMAIL_TAKEN');
  const token = newToken(24);
  const now = new Date();
  const id = await deps.db.transaction(async (tx) => {
    const staffId = await insertStaffUser(tx, { email, name, role: input.role, status: 'invited' });
    await insertFlow(tx, {
      id: sha256(newToken(24)), purpose: 'staff_invitation', staffUserId: staffId, linkTokenHash: sha256(token),
      codeExpiresAt: new Date(now.getTime() + INVITATION_DAYS * 86_400_000), expiresAt: new Date(now.getTime() + INVITATION_DAYS * 86_400_000),
    });
    return staffId;
  });
  const sender = (await findLandlord(deps.db))?.name ?? '';
  await queueMessages(deps, [invitationEmail({ lang: input.lang, to: email, name, link: `${deps.config.publicUrl}/admin/inbjudan?token=${token}`, sender, days: INVITATION_DAYS })]);
  await recordAudit(deps.db, { actorKind: 'staff', actorId: input.adminId, action: 'staff.invited', subjectKind: 'staff_user', subjectId: id, ip: input.ip, details: { role: input.role } });
  return { id };
}

async function openInvitation(deps: AccountDeps, token: string) {
  const flow = await findFlowByLink(deps.db, sha256(token));
  if (!flow || flow.purpose !== 'staff_invitation' || !flow.staffUserId) throw new AppError('NOT_FOUND');
  if (flow.completedAt) throw new AppError('CODE_USED');
  if (new Date() >= flow.expiresAt) throw new AppError('INVITATION_EXPIRED');
  const user = await findStaffUser(deps.db, flow.staffUserId);
  if (!user || user.status !== 'invited') throw new AppError('INVITATION_EXPIRED');
  return { flow, user };
}

export async function inspectInvitation(deps: AccountDeps, token: string) {
  const { user } = await openInvitation(deps, token);
  return { email: user.email, name: user.name };
}

export async function acceptInvitation(deps: AccountDeps, input: { token: string; password: string; passwordRepeat: string; ip: string }) {
  const { flow, user } = await openInvitation(deps, input.token);
  assertAcceptablePassword(input.password, input.passwordRepeat, user.email.split('@')[0]!);
  const passwordHash = await hashPassword(input.password);
  const now = new Date();
  await deps.db.transaction(async (tx) => {
    await updateStaffUser(tx, user.id, { passwordHash, status: 'active' });
    await updateFlow(tx, flow.id, { completedAt: now, verifiedAt: now });
    // Guesses at this e-mail before the account was used do not lock its first login (as after a reset).
    await clearLoginFailures(tx, 'staff', user.email);
  });
  await recordAudit(deps.db, { actorKind: 'staff', actorId: user.id, action: 'staff.activated', subjectKind: 'staff_user', subjectId: user.id, ip: input.ip });
  return { email: user.email };
}

export async function deactivateStaff(deps: AccountDeps, input: { adminId: string; staffId: string; ip: string }) {
  if (input.adminId === input.staffId) throw new AppError('CANNOT_DEACTIVATE_SELF');
  const user = await findStaffUser(deps.db, input.staffId);
  if (!user) throw new AppError('NOT_FOUND');
  await updateStaffUser(deps.db, user.id, { status: 'deactivated' });
  await endSessionsOf(deps.db, { staffUserId: user.id });
  await recordAudit(deps.db, { actorKind: 'staff', actorId: input.adminId, action: 'staff.deactivated', subjectKind: 'staff_user', subjectId: user.id, ip: input.ip });
}
