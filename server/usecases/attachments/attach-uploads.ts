// Attaching the uploader's own unsent uploads to what is being sent (a case, a message, a notice).
import type { Tx } from '../../db/tx.ts';
import { AppError } from '../../errors.ts';
import { attachmentIdsWithinLimit } from '../../domain/attachments.ts';
import { claimAttachments, type AttachmentTarget, type Uploader } from '../../repositories/attachments.ts';

/** Checks a list of ids before any work is done: at most 10, none twice. */
export function checkAttachmentIds(ids: readonly string[] | undefined): string[] {
  const list = [...(ids ?? [])];
  if (!attachmentIdsWithinLimit(list)) throw new AppError('TOO_MANY_ATTACHMENTS');
  return list;
}

/**
 * Attaches uploads inside the caller's transaction. An id that is not the uploader's own unclaimed
 * upload (someone else's, or already sent) fails the whole write, so nothing is half-saved.
 */
export async function attachUploads(
  tx: Tx, uploader: Uploader, ids: readonly string[], target: AttachmentTarget, at: Date,
): Promise<void> {
  if ((await claimAttachments(tx, uploader, ids, target, at)) !== ids.length) throw new AppError('NOT_FOUND', {}, { details: { field: 'attachmentIds' } });
}
