// Staff handle a case in one go: a new status, another responsible (or the shared queue) and a reply or
// internal note, any of them, saved in one transaction with their history, audit events and e-mails.
import { AppError } from '../../errors.ts';
import { waitsForLandlord, type CaseStatus } from '../../domain/cases.ts';
import type { StaffScope } from '../../policies/tenant.ts';
import { activeStaffId, findCase, insertCaseMessage, insertStatusChange, updateCase } from '../../repositories/cases.ts';
import { recordAudit } from '../../repositories/audit.ts';
import { attachUploads, checkAttachmentIds } from '../attachments/attach-uploads.ts';
import { notifyResponsible, notifyTenant, type CaseDeps } from './notify.ts';

export interface HandleCaseInput {
  caseId: string;
  status: CaseStatus;
  /** The responsible staff member; null is the shared queue. */
  assigneeId: string | null;
  /** A reply (or, with `internal`, a note); empty when only status or responsible change. */
  body: string;
  internal: boolean;
  attachmentIds?: string[];
  ip: string;
}

export interface HandleCaseResult {
  statusChanged: boolean;
  assigneeChanged: boolean;
  wrote: 'reply' | 'note' | null;
}

export async function staffHandlesCase(deps: CaseDeps, scope: StaffScope, input: HandleCaseInput): Promise<HandleCaseResult> {
  const caseRow = await findCase(deps.db, scope, input.caseId);
  if (!caseRow) throw new AppError('NOT_FOUND');
  const body = input.body.trim();
  const attachmentIds = checkAttachmentIds(input.attachmentIds);
  const writes = body !== '' || attachmentIds.length > 0;
  const assigneeChanged = input.assigneeId !== caseRow.responsibleStaffId;
  const assignee = assigneeChanged && input.assigneeId ? await activeStaffId(deps.db, input.assigneeId) : input.assigneeId;
  if (assigneeChanged && input.assigneeId && !assignee) throw new AppError('NOT_FOUND', {}, { details: { field: 'staffId' } });
  const statusAsked = input.status !== caseRow.status;
  if (!statusAsked && !assigneeChanged && !writes) throw new AppError('NOTHING_CHANGED');

  const reply = writes && !input.internal;
  // An answer to a new case starts its handling, unless the status is chosen in the same save.
  const status: CaseStatus = statusAsked ? input.status : reply && caseRow.status === 'registered' ? 'in_progress' : caseRow.status;
  const statusChanged = status !== caseRow.status;
  // An answer means the case no longer waits for us; otherwise the status decides.
  const waitingSince = reply ? null : statusChanged ? (waitsForLandlord(status) ? (caseRow.waitingSince ?? deps.clock.now()) : null) : caseRow.waitingSince;
  const now = deps.clock.now();
  const staffUserId = scope.staffUserId;

  await deps.db.transaction(async (tx) => {
    if (statusChanged || assigneeChanged || reply) {
      await updateCase(tx, caseRow.id, {
        status, waitingSince, responsibleStaffId: assignee,
        ...(statusChanged ? { closedAt: status === 'closed' ? now : null } : {}),
      }, now);
    }
    if (statusChanged) {
      await insertStatusChange(tx, { caseId: caseRow.id, status, staffUserId, at: now });
      if (statusAsked) {
        await recordAudit(tx, { at: now, actorKind: 'staff', actorId: staffUserId, action: 'case.status_changed', subjectKind: 'case', subjectId: caseRow.id, ip: input.ip, details: { number: caseRow.number, from: caseRow.status, to: status } });
      }
    }
    if (assigneeChanged) {
      await recordAudit(tx, { at: now, actorKind: 'staff', actorId: staffUserId, action: 'case.assigned', subjectKind: 'case', subjectId: caseRow.id, ip: input.ip, details: { number: caseRow.number, to: assignee } });
      if (assignee && assignee !== staffUserId) await notifyResponsible(deps, tx, { ...caseRow, responsibleStaffId: assignee }, 'assigned', now);
    }
    if (writes) {
      const messageId = await insertCaseMessage(tx, { caseId: caseRow.id, staffUserId, body, internal: input.internal, createdAt: now });
      await attachUploads(tx, { kind: 'staff', userId: staffUserId }, attachmentIds, { caseId: caseRow.id, messageId }, now);
      if (reply) await notifyTenant(deps, tx, caseRow, 'staff_wrote', now);
    }
  });
  return { statusChanged, assigneeChanged, wrote: writes ? (input.internal ? 'note' : 'reply') : null };
}
