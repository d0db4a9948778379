// A tenant writes in a case's dialog (a case closed less than 14 days ago opens again); the
// responsible staff member is told, in the same transaction.
import { AppError } from '../../errors.ts';
import { reopensOnTenantMessage, type CaseStatus } from '../../domain/cases.ts';
import type { TenantScope } from '../../policies/tenant.ts';
import { findCase, insertCaseMessage, insertStatusChange, updateCase } from '../../repositories/cases.ts';
import { attachUploads } from '../attachments/attach-uploads.ts';
import { notifyResponsible, type CaseDeps } from './notify.ts';
import { cleanMessage } from './message-input.ts';

export async function tenantWrites(deps: CaseDeps, scope: TenantScope, input: { caseId: string; body: string; attachmentIds?: string[] }) {
  const caseRow = await findCase(deps.db, scope, input.caseId);
  if (!caseRow) throw new AppError('NOT_FOUND');
  if (caseRow.kind === 'related') throw new AppError('FORBIDDEN');
  const { body, attachmentIds } = cleanMessage(input);
  const now = deps.clock.now();
  const reopen = reopensOnTenantMessage(caseRow.status, caseRow.closedAt, now);
  const tenantUserId = scope.tenantUserId;
  await deps.db.transaction(async (tx) => {
    const messageId = await insertCaseMessage(tx, { caseId: caseRow.id, tenantUserId, body, internal: false, createdAt: now });
    await attachUploads(tx, { kind: 'tenant', userId: tenantUserId }, attachmentIds, { caseId: caseRow.id, messageId }, now);
    const status: CaseStatus = reopen || caseRow.status === 'waiting_for_tenant' ? 'in_progress' : caseRow.status;
    await updateCase(tx, caseRow.id, { status, closedAt: status === 'closed' ? caseRow.closedAt : null, waitingSince: status === 'closed' ? null : (caseRow.waitingSince ?? now) }, now);
    if (status !== caseRow.status) await insertStatusChange(tx, { caseId: caseRow.id, status, tenantUserId, at: now });
    await notifyResponsible(deps, tx, caseRow, 'tenant_wrote', now);
  });
}
