// The uploader takes back an upload before sending it.
import { AppError } from '../../errors.ts';
import { deletePending, type Uploader } from '../../repositories/attachments.ts';
import { removeFiles, type FileDeps } from './files.ts';

export async function discardUpload(deps: FileDeps, uploader: Uploader, id: string): Promise<void> {
  const row = await deletePending(deps.db, uploader, id);
  if (!row) throw new AppError('NOT_FOUND');
  await removeFiles(deps.files, [row]);
}
