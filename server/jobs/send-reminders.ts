// The daily reminder run (server/usecases/payments/send-due-reminders.ts): at 07:00 UTC (08:00 or
// 09:00 in Sweden), after the night's bank files. A failed run is retried; a run twice sends once.
import type { JobDefinition } from './queue.ts';
import type { JobDeps } from './deps.ts';
import { NoPayload } from './cleanup.ts';
import { sendDueReminders } from '../usecases/payments/send-due-reminders.ts';

export const SEND_REMINDERS_JOB = 'send-reminders';

export function sendRemindersJob(deps: JobDeps): JobDefinition<typeof NoPayload> {
  return {
    name: SEND_REMINDERS_JOB,
    payload: NoPayload,
    queue: { retryLimit: 3, retryDelay: 60, retryBackoff: true, expireInSeconds: 30 * 60 },
    cron: '0 7 * * *',
    scheduledOnly: true,
    handler: async () => {
      const { sent, unreachable } = await sendDueReminders({ db: deps.db, jobs: deps.jobs(), config: deps.config, clock: deps.clock, logger: deps.logger });
      deps.logger.info({ sent, unreachable }, 'reminders sent');
    },
  };
}
