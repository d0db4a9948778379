// The import job's work: a received bank file read whole (read-bank-file.ts); a malformed one is
// refused with every error and books nothing; otherwise its payments are booked in ONE transaction
// (book-bank-payments.ts), imports one at a time (an advisory lock), with the report, status 'done'
// and an audit event. A crash rolls it all back and the job's retry starts again; a retry of an
// import that committed finds it done and books nothing twice.
import type { Db } from '../../db/client.ts';
import { withoutJit } from '../../db/tx.ts';
import type { Clock } from '../../clock.ts';
import type { FileStore } from '../../files/store.ts';
import type { FileError } from '../../domain/payments/index.ts';
import { bankFileStatus, findBankFile, reportBankFileProgress, updateBankFile, type BankFileRow } from '../../repositories/bank-files.ts';
import { lockBankImports } from '../../repositories/booking-locks.ts';
import { recordAudit } from '../../repositories/audit.ts';
import { bookBankPayments, type BookingOptions } from './book-bank-payments.ts';
import { readBankFile, type BankFileFormat } from './read-bank-file.ts';
import { takeReading } from './read-once.ts';

export interface ImportDeps { db: Db; files: FileStore; clock: Clock }

const actor = (row: BankFileRow) => ({ actorKind: row.receivedBy ? 'staff' : 'system', actorId: row.receivedBy });

async function refuse(deps: ImportDeps, row: BankFileRow, format: BankFileFormat | null, errors: FileError[]): Promise<void> {
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    await updateBankFile(tx, row.id, { status: 'refused', format, errors, paymentsDone: 0, failure: null, finishedAt: now });
    await recordAudit(tx, {
      at: now, ...actor(row), action: 'bank_file.refused', subjectKind: 'bank_file', subjectId: row.id, ip: null,
      details: { fileName: row.fileName, errors: errors.length, codes: [...new Set(errors.map((e) => e.code))] },
    });
  });
}

async function storedBytes(deps: ImportDeps, fileKey: string, id: string): Promise<Buffer> {
  const stored = await deps.files.bytes(fileKey);
  if (!stored) throw new Error(`the bytes of bank file ${id} are not in the file store`);
  return stored;
}

export async function importBankFile(deps: ImportDeps, id: string, options: Omit<BookingOptions, 'onProgress'> = {}): Promise<void> {
  const found = await findBankFile(deps.db, id);
  if (!found || found.file.status === 'done' || found.file.status === 'refused') return;
  const row = found.file;
  await updateBankFile(deps.db, id, { status: 'importing', startedAt: row.startedAt ?? deps.clock.now(), paymentsDone: 0, failure: null });

  const read = takeReading(row.sha256, deps.clock.now()) ?? readBankFile(await storedBytes(deps, row.fileKey, id));
  if (!read.ok) return refuse(deps, row, read.format, read.errors);
  // Handed to the booking, which lets them go as it books them: only their number is kept here.
  const { format, messageId, payments } = read;
  const total = payments.length;
  await updateBankFile(deps.db, id, { format, messageId, paymentsTotal: total });

  // Progress goes on its own connection, not awaited: PostgreSQL shows it while the transaction runs;
  // PGlite, one query at a time, writes it after the commit, when it no longer applies (see the repository).
  const onProgress = (done: number) => { void reportBankFileProgress(deps.db, id, done).catch(() => undefined); };
  const by = { now: deps.clock.now(), staffId: row.receivedBy, ip: null };
  const refused = await deps.db.transaction(async (tx) => {
    await lockBankImports(tx);
    await withoutJit(tx);
    // Under the lock every committed import is seen: a retry of one that committed stops here.
    if ((await bankFileStatus(tx, id)) !== 'importing') return null;
    const booking = await bookBankPayments(tx, { bankFileId: id, format, payments, by }, { ...options, onProgress });
    if (!booking.ok) return booking.errors;
    const finishedAt = deps.clock.now();
    const { report } = booking;
    await updateBankFile(tx, id, { status: 'done', report, paymentsDone: total, failure: null, finishedAt });
    await recordAudit(tx, {
      at: finishedAt, ...actor(row), action: 'bank_file.imported', subjectKind: 'bank_file', subjectId: id, ip: null,
      details: {
        fileName: row.fileName, format, payments: report.payments, matched: report.matched, split: report.split, credit: report.credit,
        unmatched: report.unmatched, duplicates: report.duplicates, bookedOre: report.bookedOre, creditUsedOre: report.creditUsedOre,
      },
    });
    return null;
  });
  if (refused) await refuse(deps, row, format, refused);
}

/** A failed attempt: its reason on the file; on the last attempt the import has failed. */
export async function recordBankFileFailure(deps: ImportDeps, id: string, error: unknown, final: boolean): Promise<void> {
  const message = String((error as Error)?.message ?? error).slice(0, 500);
  if (!final) return updateBankFile(deps.db, id, { failure: message });
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    await updateBankFile(tx, id, { status: 'failed', failure: message, finishedAt: now });
    await recordAudit(tx, { at: now, actorKind: 'system', actorId: null, action: 'bank_file.failed', subjectKind: 'bank_file', subjectId: id, ip: null, details: { error: message } });
  });
}
