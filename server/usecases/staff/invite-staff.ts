// An administrator invites staff by e-mail; the link in it is valid for a week.
import type { AccountDeps } from '../accounts/codes.ts';
import { AppError } from '../../errors.ts';
import type { Language } from '../../i18n/language.ts';
import { normalizeEmail } from '../../domain/contact.ts';
import type { StaffRole } from '../../policies/staff.ts';
import { insertFlow } from '../../repositories/flows.ts';
import { findLandlord } from '../../repositories/landlord.ts';
import { findStaffUserByEmail, insertStaffUser } from '../../repositories/users.ts';
import { recordAudit } from '../../repositories/audit.ts';
import { invitationEmail } from '../../messaging/account-messages.ts';
import { newToken, sha256 } from '../../security/tokens.ts';
import { queueMessages } from '../messages/queue-messages.ts';

const INVITATION_DAYS = 7;

export async function inviteStaff(deps: AccountDeps, input: { adminId: string; name: string; email: string; role: StaffRole; lang: Language; ip: string }) {
  const email = normalizeEmail(input.email);
  if (!email) throw new AppError('INVALID_EMAIL');
  const name = input.name.trim();
  if (!name) throw new AppError('VALIDATION', { keyword: 'required', field: 'name' });
  if (await findStaffUserByEmail(deps.db, email)) throw new AppError('EMAIL_TAKEN');
  const token = newToken(24);
  const now = deps.clock.now();
  const id = await deps.db.transaction(async (tx) => {
    const staffId = await insertStaffUser(tx, { email, name, role: input.role, status: 'invited' });
    await insertFlow(tx, {
      id: sha256(newToken(24)), purpose: 'staff_invitation', staffUserId: staffId, linkTokenHash: sha256(token),
      codeExpiresAt: new Date(now.getTime() + INVITATION_DAYS * 86_400_000), expiresAt: new Date(now.getTime() + INVITATION_DAYS * 86_400_000),
    });
    const sender = (await findLandlord(tx))?.name ?? '';
    await queueMessages(tx, deps.jobs, [invitationEmail({ lang: input.lang, to: email, name, link: `${deps.config.publicUrl}/admin/inbjudan?token=${token}`, sender, days: INVITATION_DAYS })], now);
    await recordAudit(tx, { at: now, actorKind: 'staff', actorId: input.adminId, action: 'staff.invited', subjectKind: 'staff_user', subjectId: staffId, ip: input.ip, details: { role: input.role } });
    return staffId;
  });
  return { id };
}
