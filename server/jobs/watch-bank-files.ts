// Every minute: the files waiting in BANK_FILES_DIR are received and moved aside
// (server/usecases/payments/import-bank-folder.ts). Without BANK_FILES_DIR it does nothing.
import type { JobDefinition } from './queue.ts';
import type { JobDeps } from './deps.ts';
import { NoPayload } from './cleanup.ts';
import { importBankFolder } from '../usecases/payments/import-bank-folder.ts';

export const WATCH_BANK_FILES_JOB = 'watch-bank-files';

export function watchBankFilesJob(deps: JobDeps): JobDefinition<typeof NoPayload> {
  return {
    name: WATCH_BANK_FILES_JOB,
    payload: NoPayload,
    // No retry: the next minute looks again.
    queue: { retryLimit: 0, retryDelay: 0, retryBackoff: false, expireInSeconds: 300 },
    cron: '* * * * *',
    scheduledOnly: true,
    handler: async () => {
      if (!deps.config.bankFilesDir) return;
      await importBankFolder({ db: deps.db, jobs: deps.jobs(), files: deps.files, clock: deps.clock, logger: deps.logger }, deps.config.bankFilesDir);
    },
  };
}
