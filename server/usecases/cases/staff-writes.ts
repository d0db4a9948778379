// Staff answer the tenant (who is told by e-mail, in the same transaction) or write an internal note.
import { AppError } from '../../errors.ts';
import type { CaseStatus } from '../../domain/cases.ts';
import type { StaffScope } from '../../policies/tenant.ts';
import { findCase, insertCaseMessage, insertStatusChange, updateCase } from '../../repositories/cases.ts';
import { attachUploads } from '../attachments/attach-uploads.ts';
import { notifyTenant, type CaseDeps } from './notify.ts';
import { cleanMessage } from './message-input.ts';

export async function staffWrites(deps: CaseDeps, scope: StaffScope, input: { caseId: string; body: string; internal: boolean; attachmentIds?: string[] }) {
  const caseRow = await findCase(deps.db, scope, input.caseId);
  if (!caseRow) throw new AppError('NOT_FOUND');
  const { body, attachmentIds } = cleanMessage(input);
  const now = deps.clock.now();
  const staffUserId = scope.staffUserId;
  await deps.db.transaction(async (tx) => {
    const messageId = await insertCaseMessage(tx, { caseId: caseRow.id, staffUserId, body, internal: input.internal, createdAt: now });
    await attachUploads(tx, { kind: 'staff', userId: staffUserId }, attachmentIds, { caseId: caseRow.id, messageId }, now);
    if (input.internal) return;
    // An answer to the tenant: the case no longer waits for us, and a new case is now being handled.
    const status: CaseStatus = caseRow.status === 'registered' ? 'in_progress' : caseRow.status;
    await updateCase(tx, caseRow.id, { status, waitingSince: null }, now);
    if (status !== caseRow.status) await insertStatusChange(tx, { caseId: caseRow.id, status, staffUserId, at: now });
    await notifyTenant(deps, tx, caseRow, 'staff_wrote', now);
  });
}
