// An upload: judged by its content, pictures redrawn, the row written before the bytes.
import { randomUUID } from 'node:crypto';
import { AppError } from '../../errors.ts';
import { ATTACHMENT_LIMITS } from '../../domain/attachments.ts';
import { cleanUpload } from '../../files/clean.ts';
import { countPending, deletePending, insertAttachment, type AttachmentRow, type Uploader } from '../../repositories/attachments.ts';
import { removeFiles, type FileDeps } from './files.ts';

export async function uploadFile(deps: FileDeps, uploader: Uploader, file: { data: Buffer; filename: string }): Promise<AttachmentRow> {
  if (file.data.length === 0) throw new AppError('NO_FILE');
  if ((await countPending(deps.db, uploader)) >= ATTACHMENT_LIMITS.pendingPerUser) throw new AppError('TOO_MANY_UPLOADS');
  const clean = await cleanUpload(file.data, file.filename);
  const now = deps.clock.now();
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
