// Durable jobs on pg-boss, in the same database as everything else (PGlite or PostgreSQL).
import PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import type { Database } from '../db/client.ts';
import { loggableError, messageWithoutValues } from '../logging.ts';

export interface JobDefinition<T extends object> {
  name: string;
  queue: { retryLimit: number; retryDelay: number; retryBackoff: boolean; expireInSeconds: number };
  /** Runs on this schedule (cron, UTC) when set. */
  cron?: string;
  /** Jobs fetched at a time by one worker, run side by side; and how many workers poll. Default 1 and 1. */
  batchSize?: number;
  workers?: number;
  handler(data: T, meta: { retryCount: number; retryLimit: number }): Promise<void>;
}

export interface Jobs {
  send<T extends object>(name: string, data: T): Promise<string | null>;
  /** Many jobs in one statement, with ids chosen by the caller (queue settings apply as for send). */
  sendMany<T extends object>(name: string, jobs: { id: string; data: T }[]): Promise<void>;
  stop(): Promise<void>;
}

export async function startJobs(
  database: Database,
  logger: Logger,
  options: { work: boolean; definitions: JobDefinition<any>[]; pollingIntervalSeconds?: number },
): Promise<Jobs> {
  const boss = new PgBoss(
    database.connectionString
      ? { connectionString: database.connectionString, max: 4, supervise: options.work, schedule: options.work }
      : { db: { executeSql: database.executeSql }, supervise: options.work, schedule: options.work } as PgBoss.ConstructorOptions,
  );
  boss.on('error', (error) => logger.error({ err: loggableError(error) }, 'job queue error'));
  await boss.start();

  for (const definition of options.definitions) {
    await boss.createQueue(definition.name, { name: definition.name, ...definition.queue });
  }
  if (options.work) {
    for (const definition of options.definitions) {
      for (let w = 0; w < (definition.workers ?? 1); w++) {
        await boss.work<object>(
          definition.name,
          { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 1, includeMetadata: true, batchSize: definition.batchSize ?? 1 },
          async (jobs) => {
            // pg-boss completes or fails a whole batch; a job that fails here is failed on its own first
            // (so it is retried alone), and completing the batch then skips it.
            await Promise.all(jobs.map(async (job) => {
              try {
                await definition.handler(job.data, { retryCount: job.retryCount, retryLimit: job.retryLimit });
              } catch (error) {
                // Logged and kept with the job (in pgboss.job.output) without a failed query's values.
                logger.warn({ err: loggableError(error), job: definition.name, jobId: job.id, retryCount: job.retryCount }, 'job failed');
                await boss.fail(definition.name, job.id, { message: messageWithoutValues(String((error as Error)?.message ?? error)) });
              }
            }));
          },
        );
      }
      if (definition.cron) await boss.schedule(definition.name, definition.cron, {});
    }
  }

  return {
    send: (name, data) => boss.send(name, data),
    sendMany: async (name, jobs) => {
      for (let i = 0; i < jobs.length; i += 1000) await boss.insert(jobs.slice(i, i + 1000).map((j) => ({ id: j.id, name, data: j.data })));
    },
    stop: () => boss.stop({ graceful: true, wait: true, timeout: 10_000 }),
  };
}
