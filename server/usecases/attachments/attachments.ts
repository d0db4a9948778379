// Uploading, attaching, discarding and tidying up files.
import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/client.ts';
import type { FileStore } from '../../files/store.ts';
import { AppError } from '../../errors.ts';
import { ATTACHMENT_LIMITS, attachmentIdsWithinLimit } from '../../domain/attachments.ts';
import { cleanUpload } from '../../files/clean.ts';
import {
  claimAttachments, countPending, deletePending, deleteStaleUploads, insertAttachment, type AttachmentRow, type Uploader,
} from '../../repositories/attachments.ts';

export interface FileDeps { db: Db; files: FileStore }

export async function uploadFile(deps: FileDeps, uploader: Uploader, file: { data: Buffer; filename: string }): Promise<AttachmentRow> {
  if (file.data.length === 0) throw new AppError('NO_FILE');
  if ((await countPending(deps.db, uploader)) >= ATTACHMENT_LIMITS.pendingPerUser) throw new AppError('TOO_MANY_UPLOADS');
  const clean = await cleanUpload(file.data, file.filename);
  const now = new Date();
  const id = randomUUID();
  const storageKey = `${now.toISOString().slice(0, 7).replace('-', '/')}/${id}`;
  const thumbnailKey = clean.thumbnail ? `${storageKey}-thumbnail` : null;
  // The row first, then the bytes: a crash in between leaves an unsent upload that the clean-up (after a day)
  // removes (with whatever bytes made it), never bytes that nothing refers to. Nobody but this request
  // knows the id until it answers, so nobody can attach it before its bytes are there.
  const row = await insertAttachment(deps.db, {
    id, storageKey, thumbnailKey, filename: clean.filename, contentType: clean.contentType, size: clean.data.length, createdAt: now,
    ...(uploader.kind === 'tenant' ? { uploadedByTenantUserId: uploader.userId } : { uploadedByStaffId: uploader.userId }),
  });
  try {
    await deps.files.put(storageKey, clean.data, clean.contentType);
    if (thumbnailKey && clean.thumbnail) await deps.files.put(thumbnailKey, clean.thumbnail, 'image/webp');
    return row;
  } catch (error) {
    await deletePending(deps.db, uploader, id);
    await removeFiles(deps.files, [{ storageKey, thumbnailKey }]).catch(() => undefined);
    throw error;
  }
}

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
  tx: Db, uploader: Uploader, ids: readonly string[], target: { caseId: string; messageId: string | null } | { noticeId: string }, at: Date,
): Promise<void> {
  if ((await claimAttachments(tx, uploader, ids, target, at)) !== ids.length) throw new AppError('NOT_FOUND', {}, { details: { field: 'attachmentIds' } });
}

export async function discardUpload(deps: FileDeps, uploader: Uploader, id: string): Promise<void> {
  const row = await deletePending(deps.db, uploader, id);
  if (!row) throw new AppError('NOT_FOUND');
  await removeFiles(deps.files, [row]);
}

/** Uploads nobody sent within a day: rows first (so no one can claim them meanwhile), then bytes. */
export async function removeStaleUploads(deps: FileDeps, now: Date): Promise<number> {
  const rows = await deleteStaleUploads(deps.db, new Date(now.getTime() - ATTACHMENT_LIMITS.pendingHours * 3600_000));
  await removeFiles(deps.files, rows);
  return rows.length;
}

async function removeFiles(files: FileStore, rows: { storageKey: string; thumbnailKey: string | null }[]): Promise<void> {
  await Promise.all(rows.flatMap((r) => [r.storageKey, ...(r.thumbnailKey ? [r.thumbnailKey] : [])]).map((key) => files.delete(key)));
}
