// A digitally signed lease's document: staff upload the signed PDF (POST /api/backoffice/uploads) and
// attach it to the lease, which makes the lease digitally signed; the customer's tenants then download
// it from the lease's page. A later document replaces the earlier one on the page (both are kept).
import { eq } from 'drizzle-orm';
import { AppError } from '../../errors.ts';
import type { Db } from '../../db/client.ts';
import type { Clock } from '../../clock.ts';
import { leases, attachments } from '../../db/schema/index.ts';
import { recordAudit } from '../../repositories/audit.ts';
import { attachUploads } from '../attachments/attach-uploads.ts';

export async function attachLeaseDocument(deps: { db: Db; clock: Clock }, staff: { staffId: string; ip: string }, input: { leaseId: string; attachmentId: string }) {
  const [lease] = await deps.db.select({ id: leases.id, number: leases.number, signing: leases.signing }).from(leases).where(eq(leases.id, input.leaseId));
  if (!lease) throw new AppError('NOT_FOUND');
  const [upload] = await deps.db.select({ contentType: attachments.contentType, filename: attachments.filename }).from(attachments).where(eq(attachments.id, input.attachmentId));
  if (upload && upload.contentType !== 'application/pdf') throw new AppError('LEASE_DOCUMENT_NOT_PDF', {}, { details: { field: 'attachmentId' } });
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    // Only the staff member's own upload, not yet attached: anything else is NOT_FOUND on attachmentId.
    await attachUploads(tx, { kind: 'staff', userId: staff.staffId }, [input.attachmentId], { leaseId: lease.id }, now);
    if (lease.signing !== 'digital') await tx.update(leases).set({ signing: 'digital' }).where(eq(leases.id, lease.id));
    await recordAudit(tx, {
      at: now, actorKind: 'staff', actorId: staff.staffId, action: 'lease.document_attached', subjectKind: 'lease', subjectId: lease.id, ip: staff.ip,
      details: { number: lease.number, filename: upload?.filename ?? null, signingBefore: lease.signing },
    });
  });
}
