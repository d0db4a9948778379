// An administrator deactivates another staff account; its sessions end at once.
import type { AccountDeps } from '../accounts/codes.ts';
import { AppError } from '../../errors.ts';
import { endSessionsOf, findStaffUser, updateStaffUser } from '../../repositories/users.ts';
import { recordAudit } from '../../repositories/audit.ts';

export async function deactivateStaff(deps: AccountDeps, input: { adminId: string; staffId: string; ip: string }) {
  if (input.adminId === input.staffId) throw new AppError('CANNOT_DEACTIVATE_SELF');
  const user = await findStaffUser(deps.db, input.staffId);
  if (!user) throw new AppError('NOT_FOUND');
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    await updateStaffUser(tx, user.id, { status: 'deactivated' });
    await endSessionsOf(tx, { staffUserId: user.id });
    await recordAudit(tx, { at: now, actorKind: 'staff', actorId: input.adminId, action: 'staff.deactivated', subjectKind: 'staff_user', subjectId: user.id, ip: input.ip });
  });
}
