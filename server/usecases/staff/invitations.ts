// What the invitation use cases share (an administrator invites staff by e-mail; the invitee chooses a
// password from the link and sets up TOTP at the first login): the open invitation a link names.
import type { AccountDeps } from '../accounts/codes.ts';
import { AppError } from '../../errors.ts';
import { findFlowByLink } from '../../repositories/flows.ts';
import { findStaffUser } from '../../repositories/users.ts';
import { sha256 } from '../../security/tokens.ts';

export async function openInvitation(deps: Pick<AccountDeps, 'db' | 'clock'>, token: string) {
  const flow = await findFlowByLink(deps.db, sha256(token));
  if (!flow || flow.purpose !== 'staff_invitation' || !flow.staffUserId) throw new AppError('NOT_FOUND');
  if (flow.completedAt) throw new AppError('CODE_USED');
  if (deps.clock.now() >= flow.expiresAt) throw new AppError('INVITATION_EXPIRED');
  const user = await findStaffUser(deps.db, flow.staffUserId);
  if (!user || user.status !== 'invited') throw new AppError('INVITATION_EXPIRED');
  return { flow, user };
}
