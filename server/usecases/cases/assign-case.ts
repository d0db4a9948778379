// Staff give a case to a colleague (who is told by e-mail) or back to the shared queue.
import { AppError } from '../../errors.ts';
import type { StaffScope } from '../../policies/tenant.ts';
import { activeStaffId, findCase, updateCase } from '../../repositories/cases.ts';
import { recordAudit } from '../../repositories/audit.ts';
import { notifyResponsible, type CaseDeps } from './notify.ts';

export async function assignCase(deps: CaseDeps, scope: StaffScope, input: { caseId: string; assigneeId: string | null; ip: string }) {
  const caseRow = await findCase(deps.db, scope, input.caseId);
  if (!caseRow) throw new AppError('NOT_FOUND');
  const assignee = input.assigneeId ? await activeStaffId(deps.db, input.assigneeId) : null;
  if (input.assigneeId && !assignee) throw new AppError('NOT_FOUND');
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    await updateCase(tx, caseRow.id, { responsibleStaffId: assignee }, now);
    await recordAudit(tx, { at: now, actorKind: 'staff', actorId: scope.staffUserId, action: 'case.assigned', subjectKind: 'case', subjectId: caseRow.id, ip: input.ip, details: { number: caseRow.number, to: assignee } });
    if (assignee && assignee !== scope.staffUserId) await notifyResponsible(deps, tx, { ...caseRow, responsibleStaffId: assignee }, 'assigned', now);
  });
}
