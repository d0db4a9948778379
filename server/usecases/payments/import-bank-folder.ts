// The watched folder (BANK_FILES_DIR), looked in every minute by the jobs: each file there is received
// like an upload (source 'folder', no staff member) and moved to processed/, or to refused/ when it is
// no bank file at all (a PDF, an empty or a too large file). A malformed bank file is kept as a refused
// file with the reasons, which the back office lists beside the imports; it goes to processed/ too.
import type { Logger } from 'pino';
import { AppError } from '../../errors.ts';
import { bankFileSize, moveBankFile, readBankFileFrom, waitingBankFiles } from '../../files/bank-folder.ts';
import { BANK_FILE_MAX_BYTES, bankFileTooLarge, receiveBankFile, type BankFileDeps } from './receive-bank-file.ts';

export interface FolderResult { name: string; outcome: 'processed' | 'refused'; bankFileId: string | null; alreadyImported: boolean; reason: string | null }

export async function importBankFolder(deps: BankFileDeps & { logger: Logger }, dir: string): Promise<FolderResult[]> {
  const results: FolderResult[] = [];
  for (const name of await waitingBankFiles(dir)) {
    let result: FolderResult;
    try {
      if ((await bankFileSize(dir, name)) > BANK_FILE_MAX_BYTES) throw bankFileTooLarge();
      const received = await receiveBankFile(deps, { bytes: await readBankFileFrom(dir, name), fileName: name, source: 'folder', staffId: null, ip: null });
      result = { name, outcome: 'processed', bankFileId: received.id, alreadyImported: received.alreadyImported, reason: received.refused ? 'BANK_FILE_REFUSED' : null };
    } catch (error) {
      if (!(error instanceof AppError) || error.status >= 500) throw error;
      result = { name, outcome: 'refused', bankFileId: null, alreadyImported: false, reason: error.code };
    }
    const movedTo = await moveBankFile(dir, name, result.outcome);
    if (result.outcome === 'refused') deps.logger.warn({ file: name, movedTo, reason: result.reason }, 'bank folder: not a bank file, moved aside');
    else if (result.reason) deps.logger.warn({ file: name, movedTo, bankFileId: result.bankFileId, reason: result.reason }, 'bank folder: malformed bank file refused, see the back office');
    else deps.logger.info({ file: name, movedTo, bankFileId: result.bankFileId, alreadyImported: result.alreadyImported }, 'bank folder: file received');
    results.push(result);
  }
  return results;
}
