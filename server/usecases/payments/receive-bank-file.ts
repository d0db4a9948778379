// A bank file received (uploaded in the browser, posted by a bank integration, or dropped in the
// watched folder) is read and checked whole at once (read-bank-file.ts), so a malformed file is
// refused in the answer with every error (issue 11: "a 4xx with the reason"), books nothing, and is
// kept as a refused file with an audit event. The same bytes again answer with the earlier file:
// an import (nothing booked twice) or its refusal. A good file's bytes go to the file store, then its
// row, its import job and an audit event commit together, and the job books it (import-bank-file.ts):
// the file is parsed once here to check it and once by the job to book it, never more.
import { createHash, randomUUID } from 'node:crypto';
import type { Db } from '../../db/client.ts';
import type { Clock } from '../../clock.ts';
import type { Jobs } from '../../jobs/queue.ts';
import type { FileStore } from '../../files/store.ts';
import { AppError } from '../../errors.ts';
import { findBankFileBySha256, insertBankFile } from '../../repositories/bank-files.ts';
import { recordAudit } from '../../repositories/audit.ts';
import { IMPORT_BANK_FILE_JOB } from '../../jobs/import-bank-file.ts';
import type { BankFileError } from '../../db/schema/index.ts';
import { notABankFile, readBankFile } from './read-bank-file.ts';
import { keepReading } from './read-once.ts';

/**
 * A bank's day of camt.054 is well under this (50,000 payments are about 38 MB); a larger file is
 * refused before it is read.
 */
export const BANK_FILE_MAX_MB = 64;
export const BANK_FILE_MAX_BYTES = BANK_FILE_MAX_MB * 1024 * 1024;
/** The refusal of a file above the limit, which names the limit. */
export const bankFileTooLarge = () => new AppError('BANK_FILE_TOO_LARGE', { mb: BANK_FILE_MAX_MB });

export interface BankFileDeps { db: Db; jobs: Jobs; files: FileStore; clock: Clock }

export interface IncomingFile {
  bytes: Buffer;
  fileName: string;
  source: 'upload' | 'api' | 'folder';
  staffId: string | null;
  ip: string | null;
}

/**
 * What became of the file: queued for its import, the same bytes as an earlier import, or refused
 * (`refused` lists why; nothing is booked, the file is kept as refused).
 */
export interface Received { id: string; alreadyImported: boolean; refused: BankFileError[] | null }

type Earlier = NonNullable<Awaited<ReturnType<typeof findBankFileBySha256>>>;

const actorOf = (file: IncomingFile) => ({ actorKind: file.staffId ? 'staff' : 'system', actorId: file.staffId, ip: file.ip });

/** The same bytes as an earlier file: its import, or, when it was refused, that refusal again (audited: someone tried). */
async function answerEarlier(deps: BankFileDeps, file: IncomingFile, earlier: Earlier): Promise<Received> {
  const { id, status, errors } = earlier.file;
  if (status !== 'refused') return { id, alreadyImported: true, refused: null };
  await deps.db.transaction((tx) => recordAudit(tx, {
    at: deps.clock.now(), ...actorOf(file), action: 'bank_file.refused', subjectKind: 'bank_file', subjectId: id,
    details: { fileName: file.fileName, source: file.source, again: true, errors: errors.length, codes: [...new Set(errors.map((e) => e.code))] },
  }));
  return { id, alreadyImported: false, refused: errors };
}

export async function receiveBankFile(deps: BankFileDeps, file: IncomingFile): Promise<Received> {
  if (file.bytes.length > BANK_FILE_MAX_BYTES) throw bankFileTooLarge();
  const wrong = notABankFile(file.bytes);
  if (wrong === 'empty') throw new AppError('BANK_FILE_EMPTY');
  if (wrong) throw new AppError('NOT_A_BANK_FILE', { looksLike: wrong });
  const sha256 = createHash('sha256').update(file.bytes).digest('hex');
  const earlier = await findBankFileBySha256(deps.db, sha256);
  if (earlier) return answerEarlier(deps, file, earlier);
  const read = readBankFile(file.bytes);

  const id = randomUUID();
  const now = deps.clock.now();
  // The bytes first: the job the row commits with must find them. A crash before the commit leaves
  // bytes that nothing refers to, never a row without its file. A refused file's bytes are kept too.
  const fileKey = `bank-files/${now.toISOString().slice(0, 7).replace('-', '/')}/${id}`;
  await deps.files.put(fileKey, file.bytes, 'application/octet-stream');
  const row = { id, sha256, fileName: file.fileName.slice(0, 255) || 'bankfil', sizeBytes: file.bytes.length, fileKey, source: file.source, receivedBy: file.staffId, receivedAt: now };
  const about = { fileName: file.fileName, sizeBytes: file.bytes.length, source: file.source, sha256 };
  // Kept before the commit, as the job may start the moment it is committed. A reading is of the bytes
  // alone, so one left by a failed transaction is still right for the same bytes sent again.
  if (read.ok) keepReading(sha256, read, now);
  try {
    await deps.db.transaction(async (tx) => {
      if (!read.ok) {
        await insertBankFile(tx, { ...row, status: 'refused', format: read.format, errors: read.errors, finishedAt: now });
        await recordAudit(tx, {
          at: now, ...actorOf(file), action: 'bank_file.refused', subjectKind: 'bank_file', subjectId: id,
          details: { ...about, format: read.format, errors: read.errors.length, codes: [...new Set(read.errors.map((e) => e.code))] },
        });
        return;
      }
      await insertBankFile(tx, { ...row, status: 'queued', format: read.format, paymentsTotal: read.payments.length });
      // The job's id is the file's: one import per file, and its retries are that import's.
      await deps.jobs.sendMany(IMPORT_BANK_FILE_JOB, [{ id, data: { bankFileId: id } }], tx);
      await recordAudit(tx, {
        at: now, ...actorOf(file), action: 'bank_file.received', subjectKind: 'bank_file', subjectId: id,
        details: { ...about, format: read.format, payments: read.payments.length },
      });
    });
  } catch (error) {
    await deps.files.delete(fileKey).catch(() => undefined);
    // The same bytes, received at the same moment by another request: that one's answer is this one's.
    if ((error as { cause?: { code?: string } }).cause?.code === '23505') {
      const other = await findBankFileBySha256(deps.db, sha256);
      if (other) return answerEarlier(deps, file, other);
    }
    throw error;
  }
  return { id, alreadyImported: false, refused: read.ok ? null : read.errors };
}
