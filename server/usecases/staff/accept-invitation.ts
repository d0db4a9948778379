// The invitee chooses a password from the link; the account becomes active (TOTP is set up at the first login).
import type { AccountDeps } from '../accounts/codes.ts';
import { assertAcceptablePassword } from '../accounts/passwords.ts';
import { openInvitation } from './invitations.ts';
import { updateFlow } from '../../repositories/flows.ts';
import { updateStaffUser } from '../../repositories/users.ts';
import { clearLoginFailures } from '../auth/log-in.ts';
import { recordAudit } from '../../repositories/audit.ts';
import { hashPassword } from '../../security/passwords.ts';

export async function acceptInvitation(deps: AccountDeps, input: { token: string; password: string; passwordRepeat: string; ip: string }) {
  const { flow, user } = await openInvitation(deps, input.token);
  assertAcceptablePassword(input.password, input.passwordRepeat, user.email.split('@')[0]!);
  const passwordHash = await hashPassword(input.password);
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    await updateStaffUser(tx, user.id, { passwordHash, status: 'active' });
    await updateFlow(tx, flow.id, { completedAt: now, verifiedAt: now });
    // Guesses at this e-mail before the account was used do not lock its first login (as after a reset).
    await clearLoginFailures(tx, 'staff', user.email);
    await recordAudit(tx, { at: now, actorKind: 'staff', actorId: user.id, action: 'staff.activated', subjectKind: 'staff_user', subjectId: user.id, ip: input.ip });
  });
  return { email: user.email };
}
