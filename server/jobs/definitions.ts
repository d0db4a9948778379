// Every job the system runs: a name, queue settings and a handler.
import type { Config } from '../config.ts';
import type { Db } from '../db/client.ts';
import type { Transports } from '../messaging/transport.ts';
import type { FileStore } from '../files/store.ts';
import { removeStaleUploads } from '../usecases/attachments/attachments.ts';
import type { JobDefinition, Jobs } from './queue.ts';
import { deliverMessage } from '../usecases/messages/deliver-message.ts';
import { SEND_MESSAGE_JOB, enqueueDelivery } from '../usecases/messages/queue-messages.ts';
import { orphanedMessageIds } from '../repositories/messages.ts';
import { deleteExpiredRateLimits, deleteExpiredSessions } from '../repositories/sessions.ts';
import { deleteExpiredFlows } from '../repositories/flows.ts';
import { deleteAbandonedRegistrations } from '../repositories/users.ts';

export interface JobDeps {
  db: Db;
  config: Config;
  transports: Transports;
  files: FileStore;
  /** The running queue; given as a function because the definitions exist before it starts. */
  jobs: () => Jobs;
}

export function jobDefinitions(deps: JobDeps): JobDefinition<any>[] {
  const sendMessage: JobDefinition<{ messageId: string }> = {
    name: SEND_MESSAGE_JOB,
    // 8 retries with doubling delays from 10 s: the last one about 40 minutes after the first try.
    queue: { retryLimit: 8, retryDelay: 10, retryBackoff: true, expireInSeconds: 300 },
    // A notice to thousands must not trickle out one message per poll.
    batchSize: 100,
    workers: 2,
    handler: (data, meta) => deliverMessage(deps, data.messageId, meta),
  };
  const maintenance: JobDefinition<object> = {
    name: 'maintenance',
    queue: { retryLimit: 0, retryDelay: 0, retryBackoff: false, expireInSeconds: 300 },
    cron: '*/5 * * * *',
    handler: async () => {
      const now = new Date();
      await deleteExpiredSessions(deps.db, now, deps.config.session.idleMinutes);
      await deleteExpiredRateLimits(deps.db, now.getTime());
      await deleteExpiredFlows(deps.db, now);
      await deleteAbandonedRegistrations(deps.db, new Date(now.getTime() - 24 * 3600_000));
      await removeStaleUploads(deps, now);
      const orphans = await orphanedMessageIds(deps.db, new Date(now.getTime() - 120_000));
      await enqueueDelivery({ db: deps.db, jobs: deps.jobs() }, orphans);
    },
  };
  return [sendMessage, maintenance];
}
