// Imports one received bank file (server/usecases/payments/import-bank-file.ts). A retry starts the
// import again from nothing (its transaction rolled back); the last failure marks the file failed.
import { Type } from '@sinclair/typebox';
import type { JobDefinition } from './queue.ts';
import type { JobDeps } from './deps.ts';
import { importBankFile, recordBankFileFailure } from '../usecases/payments/import-bank-file.ts';

export const IMPORT_BANK_FILE_JOB = 'import-bank-file';
const Payload = Type.Object({ bankFileId: Type.String({ pattern: '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' }) });

export function importBankFileJob(deps: JobDeps): JobDefinition<typeof Payload> {
  const importDeps = () => ({ db: deps.db, files: deps.files, clock: deps.clock });
  return {
    name: IMPORT_BANK_FILE_JOB,
    payload: Payload,
    // 50,000 payments take seconds; 15 minutes is an import that hangs. Retries 10 s, 20 s, 40 s …
    queue: { retryLimit: 5, retryDelay: 10, retryBackoff: true, expireInSeconds: 15 * 60 },
    handler: async (data, meta) => {
      try {
        await importBankFile(importDeps(), data.bankFileId);
      } catch (error) {
        await recordBankFileFailure(importDeps(), data.bankFileId, error, meta.retryCount >= meta.retryLimit);
        throw error;
      }
    },
  };
}
