// The daily interest run (server/usecases/payments/charge-late-interest.ts): at 06:30 UTC, after the
// night's bank files and before the reminders. Off unless the landlord turned charging on; a run twice
// charges once; a failed run is retried.
import type { JobDefinition } from './queue.ts';
import type { JobDeps } from './deps.ts';
import { NoPayload } from './cleanup.ts';
import { chargeLateInterest } from '../usecases/payments/charge-late-interest.ts';

export const CHARGE_LATE_INTEREST_JOB = 'charge-late-interest';

export function chargeLateInterestJob(deps: JobDeps): JobDefinition<typeof NoPayload> {
  return {
    name: CHARGE_LATE_INTEREST_JOB,
    payload: NoPayload,
    queue: { retryLimit: 3, retryDelay: 60, retryBackoff: true, expireInSeconds: 30 * 60 },
    cron: '30 6 * * *',
    scheduledOnly: true,
    handler: async () => {
      const { charged, interestOre } = await chargeLateInterest({ db: deps.db, jobs: deps.jobs(), config: deps.config, clock: deps.clock, logger: deps.logger });
      deps.logger.info({ charged, interestOre }, 'late interest charged');
    },
  };
}
