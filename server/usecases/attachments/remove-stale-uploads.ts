// The daily tidy-up of uploads that were never sent.
import { ATTACHMENT_LIMITS } from '../../domain/attachments.ts';
import { deleteStaleUploads } from '../../repositories/attachments.ts';
import { removeFiles, type FileDeps } from './files.ts';

/** Uploads nobody sent within a day: rows first (so no one can claim them meanwhile), then bytes. */
export async function removeStaleUploads(deps: FileDeps, now: Date): Promise<number> {
  const rows = await deleteStaleUploads(deps.db, new Date(now.getTime() - ATTACHMENT_LIMITS.pendingHours * 3600_000));
  await removeFiles(deps.files, rows);
  return rows.length;
}
