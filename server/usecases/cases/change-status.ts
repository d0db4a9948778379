// Staff move a case to another status (closing it, waiting for the tenant …), with its history row and audit event.
import { AppError } from '../../errors.ts';
import { waitsForLandlord, type CaseStatus } from '../../domain/cases.ts';
import type { StaffScope } from '../../policies/tenant.ts';
import { findCase, insertStatusChange, updateCase } from '../../repositories/cases.ts';
import { recordAudit } from '../../repositories/audit.ts';
import type { CaseDeps } from './notify.ts';

export async function changeStatus(deps: CaseDeps, scope: StaffScope, input: { caseId: string; status: CaseStatus; ip: string }) {
  const caseRow = await findCase(deps.db, scope, input.caseId);
  if (!caseRow) throw new AppError('NOT_FOUND');
  if (caseRow.status === input.status) return;
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    await updateCase(tx, caseRow.id, {
      status: input.status,
      closedAt: input.status === 'closed' ? now : null,
      waitingSince: waitsForLandlord(input.status) ? (caseRow.waitingSince ?? now) : null,
    }, now);
    await insertStatusChange(tx, { caseId: caseRow.id, status: input.status, staffUserId: scope.staffUserId, at: now });
    await recordAudit(tx, { at: now, actorKind: 'staff', actorId: scope.staffUserId, action: 'case.status_changed', subjectKind: 'case', subjectId: caseRow.id, ip: input.ip, details: { number: caseRow.number, from: caseRow.status, to: input.status } });
  });
}
