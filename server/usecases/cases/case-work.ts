// The dialog and the handling of a case: tenant messages, staff replies and internal notes, status, assignment.
import { AppError } from '../../errors.ts';
import { reopensOnTenantMessage, waitsForLandlord, type CaseStatus } from '../../domain/cases.ts';
import { activeStaffId, findCase, insertCaseMessage, insertStatusChange, updateCase, type CaseRow } from '../../repositories/cases.ts';
import { notifyResponsible, notifyTenant, type CaseDeps } from './notify.ts';
import { attachUploads, checkAttachmentIds } from '../attachments/attachments.ts';

/** A message is text, files or both; never neither. */
function cleanMessage(input: { body: string; attachmentIds?: string[] }): { body: string; attachmentIds: string[] } {
  const body = input.body.trim();
  const attachmentIds = checkAttachmentIds(input.attachmentIds);
  if (!body && attachmentIds.length === 0) throw new AppError('VALIDATION', { keyword: 'required', field: 'body' });
  return { body, attachmentIds };
}

export async function tenantWrites(deps: CaseDeps, input: { caseId: string; customerId: string; tenantUserId: string; body: string; attachmentIds?: string[] }) {
  const caseRow = await findCase(deps.db, input.caseId, input.customerId);
  if (!caseRow) throw new AppError('NOT_FOUND');
  if (caseRow.kind === 'related') throw new AppError('FORBIDDEN');
  const { body, attachmentIds } = cleanMessage(input);
  const now = new Date();
  const reopen = reopensOnTenantMessage(caseRow.status, caseRow.closedAt, now);
  await deps.db.transaction(async (tx) => {
    const messageId = await insertCaseMessage(tx, { caseId: caseRow.id, tenantUserId: input.tenantUserId, body, internal: false, createdAt: now });
    await attachUploads(tx, { kind: 'tenant', userId: input.tenantUserId }, attachmentIds, { caseId: caseRow.id, messageId }, now);
    const status: CaseStatus = reopen || caseRow.status === 'waiting_for_tenant' ? 'in_progress' : caseRow.status;
    await updateCase(tx, caseRow.id, { status, closedAt: status === 'closed' ? caseRow.closedAt : null, waitingSince: status === 'closed' ? null : (caseRow.waitingSince ?? now) });
    if (status !== caseRow.status) await insertStatusChange(tx, { caseId: caseRow.id, status, tenantUserId: input.tenantUserId, at: now });
  });
  await notifyResponsible(deps, caseRow, 'tenant_wrote');
}

async function caseForStaff(deps: CaseDeps, caseId: string): Promise<CaseRow> {
  const caseRow = await findCase(deps.db, caseId);
  if (!caseRow) throw new AppError('NOT_FOUND');
  return caseRow;
}

export async function staffWrites(deps: CaseDeps, input: { caseId: string; staffUserId: string; body: string; internal: boolean; attachmentIds?: string[] }) {
  const caseRow = await caseForStaff(deps, input.caseId);
  const { body, attachmentIds } = cleanMessage(input);
  const now = new Date();
  await deps.db.transaction(async (tx) => {
    const messageId = await insertCaseMessage(tx, { caseId: caseRow.id, staffUserId: input.staffUserId, body, internal: input.internal, createdAt: now });
    await attachUploads(tx, { kind: 'staff', userId: input.staffUserId }, attachmentIds, { caseId: caseRow.id, messageId }, now);
    if (!input.internal) {
      // An answer to the tenant: the case no longer waits for us, and a new case is now being handled.
      const status: CaseStatus = caseRow.status === 'registered' ? 'in_progress' : caseRow.status;
      await updateCase(tx, caseRow.id, { status, waitingSince: null });
      if (status !== caseRow.status) await insertStatusChange(tx, { caseId: caseRow.id, status, staffUserId: input.staffUserId, at: now });
    }
  });
  if (!input.internal) await notifyTenant(deps, caseRow, 'staff_wrote');
}

export async function changeStatus(deps: CaseDeps, input: { caseId: string; staffUserId: string; status: CaseStatus }) {
  const caseRow = await caseForStaff(deps, input.caseId);
  if (caseRow.status === input.status) return;
  const now = new Date();
  await deps.db.transaction(async (tx) => {
    await updateCase(tx, caseRow.id, {
      status: input.status,
      closedAt: input.status === 'closed' ? now : null,
      waitingSince: waitsForLandlord(input.status) ? (caseRow.waitingSince ?? now) : null,
    });
    await insertStatusChange(tx, { caseId: caseRow.id, status: input.status, staffUserId: input.staffUserId, at: now });
  });
}

export async function assignCase(deps: CaseDeps, input: { caseId: string; staffUserId: string; assigneeId: string | null }) {
  const caseRow = await caseForStaff(deps, input.caseId);
  const assignee = input.assigneeId ? await activeStaffId(deps.db, input.assigneeId) : null;
  if (input.assigneeId && !assignee) throw new AppError('NOT_FOUND');
  await updateCase(deps.db, caseRow.id, { responsibleStaffId: assignee });
  if (assignee && assignee !== input.staffUserId) await notifyResponsible(deps, { ...caseRow, responsibleStaffId: assignee }, 'assigned');
}
