// A bank file received (uploaded in the browser, posted by a bank integration, or dropped in the
// watched folder): the same bytes again answer with the earlier import (nothing booked twice);
// otherwise the bytes go to the file store, then the file's row, its import job and an audit event
// commit together, and the job reads and books it (import-bank-file.ts).
import { createHash, randomUUID } from 'node:crypto';
import type { Db } from '../../db/client.ts';
import type { Clock } from '../../clock.ts';
import type { Jobs } from '../../jobs/queue.ts';
import type { FileStore } from '../../files/store.ts';
import { AppError } from '../../errors.ts';
import { findBankFileBySha256, insertBankFile } from '../../repositories/bank-files.ts';
import { recordAudit } from '../../repositories/audit.ts';
import { IMPORT_BANK_FILE_JOB } from '../../jobs/import-bank-file.ts';
import { notABankFile } from './read-bank-file.ts';

/** A bank's day of camt.054 is well under this; a larger file is refused before it is read. */
export const BANK_FILE_MAX_BYTES = 20 * 1024 * 1024;

export interface BankFileDeps { db: Db; jobs: Jobs; files: FileStore; clock: Clock }

export interface IncomingFile {
  bytes: Buffer;
  fileName: string;
  source: 'upload' | 'api' | 'folder';
  staffId: string | null;
  ip: string | null;
}

export interface Received { id: string; alreadyImported: boolean }

export async function receiveBankFile(deps: BankFileDeps, file: IncomingFile): Promise<Received> {
  if (file.bytes.length > BANK_FILE_MAX_BYTES) throw new AppError('BANK_FILE_TOO_LARGE');
  const wrong = notABankFile(file.bytes);
  if (wrong === 'empty') throw new AppError('BANK_FILE_EMPTY');
  if (wrong) throw new AppError('NOT_A_BANK_FILE', { looksLike: wrong });
  const sha256 = createHash('sha256').update(file.bytes).digest('hex');
  const earlier = await findBankFileBySha256(deps.db, sha256);
  if (earlier) return { id: earlier.file.id, alreadyImported: true };

  const id = randomUUID();
  const now = deps.clock.now();
  // The bytes first: the job the row commits with must find them. A crash before the commit leaves
  // bytes that nothing refers to, never a row without its file.
  const fileKey = `bank-files/${now.toISOString().slice(0, 7).replace('-', '/')}/${id}`;
  await deps.files.put(fileKey, file.bytes, 'application/octet-stream');
  try {
    await deps.db.transaction(async (tx) => {
      await insertBankFile(tx, {
        id, sha256, fileName: file.fileName.slice(0, 255) || 'bankfil', sizeBytes: file.bytes.length, fileKey, source: file.source,
        status: 'queued', receivedBy: file.staffId, receivedAt: now,
      });
      // The job's id is the file's: one import per file, and its retries are that import's.
      await deps.jobs.sendMany(IMPORT_BANK_FILE_JOB, [{ id, data: { bankFileId: id } }], tx);
      await recordAudit(tx, {
        at: now, actorKind: file.staffId ? 'staff' : 'system', actorId: file.staffId, action: 'bank_file.received', subjectKind: 'bank_file', subjectId: id, ip: file.ip,
        details: { fileName: file.fileName, sizeBytes: file.bytes.length, source: file.source, sha256 },
      });
    });
  } catch (error) {
    await deps.files.delete(fileKey).catch(() => undefined);
    // The same bytes, received at the same moment by another request: that one's import is this one's.
    if ((error as { cause?: { code?: string } }).cause?.code === '23505') {
      const other = await findBankFileBySha256(deps.db, sha256);
      if (other) return { id: other.file.id, alreadyImported: true };
    }
    throw error;
  }
  return { id, alreadyImported: false };
}
