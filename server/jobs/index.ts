// Every job the system runs, one file each: a name, a payload schema, queue settings and a handler.
import type { JobDefinition } from './queue.ts';
import type { JobDeps } from './deps.ts';
import { sendMessageJob } from './send-message.ts';
import { deleteExpiredSessionsJob } from './delete-expired-sessions.ts';
import { deleteExpiredRateLimitsJob } from './delete-expired-rate-limits.ts';
import { deleteExpiredFlowsJob } from './delete-expired-flows.ts';
import { deleteAbandonedRegistrationsJob } from './delete-abandoned-registrations.ts';
import { removeStaleUploadsJob } from './remove-stale-uploads.ts';
import { performInvoiceRunJob } from './perform-invoice-run.ts';
import { importBankFileJob } from './import-bank-file.ts';
import { watchBankFilesJob } from './watch-bank-files.ts';
import { sendRemindersJob } from './send-reminders.ts';
import { chargeLateInterestJob } from './charge-late-interest.ts';

export type { JobDeps } from './deps.ts';

export function jobDefinitions(deps: JobDeps): JobDefinition[] {
  return [
    sendMessageJob(deps),
    deleteExpiredSessionsJob(deps),
    deleteExpiredRateLimitsJob(deps),
    deleteExpiredFlowsJob(deps),
    deleteAbandonedRegistrationsJob(deps),
    removeStaleUploadsJob(deps),
    performInvoiceRunJob(deps),
    importBankFileJob(deps),
    watchBankFilesJob(deps),
    sendRemindersJob(deps),
    chargeLateInterestJob(deps),
  ] as JobDefinition[];
}
