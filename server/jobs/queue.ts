// Durable jobs on pg-boss, in the same database as everything else (PGlite or PostgreSQL). A job is
// data (server/jobs/<name>.ts): a name, a payload schema, queue settings and a handler.
import PgBoss from 'pg-boss';
import { sql, type SQL } from 'drizzle-orm';
import type { Logger } from 'pino';
import type { Static, TSchema } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import type { Database, Db } from '../db/client.ts';
import type { Tx } from '../db/tx.ts';
import { loggableError, messageWithoutValues } from '../logging.ts';

export interface JobDefinition<S extends TSchema = TSchema> {
  name: string;
  /** What the job's data must look like; a job whose data does not fit is logged and dropped (no retry
   * would make it fit). */
  payload: S;
  queue: { retryLimit: number; retryDelay: number; retryBackoff: boolean; expireInSeconds: number };
  /** Runs on this schedule (cron, UTC) when set. */
  cron?: string;
  /** Only its schedule puts jobs in this queue (no request sends one): its worker looks every
   * SCHEDULED_POLL_SECONDS instead of every polling interval, since a job made at most once a minute
   * need not be looked for twice a second. */
  scheduledOnly?: boolean;
  /** Jobs fetched at a time by one worker, run side by side; and how many workers poll. Default 1 and 1. */
  batchSize?: number;
  workers?: number;
  /** Called once at start by the process that alone owns the queue (embedded mode), before any work:
   * whatever a killed predecessor left half done is released here. */
  takeOver?(): Promise<void>;
  handler(data: Static<S>, meta: { retryCount: number; retryLimit: number }): Promise<void>;
}

export interface Jobs {
  send<T extends object>(name: string, data: T): Promise<string | null>;
  /** Many jobs in one statement, with ids chosen by the caller, inside the caller's transaction: the jobs
   * exist exactly when the change that made them commits. */
  sendMany<T extends object>(name: string, jobs: { id: string; data: T }[], tx: Tx): Promise<void>;
  stop(): Promise<void>;
}

/** pg-boss's SQL ($1, $2 …) run through Drizzle on a transaction, so its rows commit with ours. */
function executorOf(db: Db) {
  return {
    async executeSql(text: string, values: unknown[] = []) {
      const chunks: SQL[] = [];
      let last = 0;
      for (const m of text.matchAll(/\$(\d+)/g)) {
        chunks.push(sql.raw(text.slice(last, m.index)), sql`${sql.param(values[Number(m[1]) - 1])}`);
        last = m.index + m[0].length;
      }
      chunks.push(sql.raw(text.slice(last)));
      const result = (await db.execute(sql.join(chunks))) as unknown as { rows: unknown[] };
      return { rows: result.rows };
    },
  };
}

/** Seconds between pg-boss's maintenance runs, which give a dead worker's expired jobs back. */
const MAINTENANCE_SECONDS = 5;
/**
 * How often a worker of a scheduled-only queue looks for a job. The schedules are minutes apart at the
 * least, so a job starts at most this late; eight of the twelve workers need no more. Twelve workers
 * looking every 0.5 s were most of what an idle embedded server allocated (decision 0026).
 */
export const SCHEDULED_POLL_SECONDS = 15;

export async function startJobs(
  database: Database,
  logger: Logger,
  options: { work: boolean; definitions: JobDefinition[]; pollingIntervalSeconds?: number; ownsQueue?: boolean },
): Promise<Jobs> {
  const common = { supervise: options.work, schedule: options.work, maintenanceIntervalSeconds: MAINTENANCE_SECONDS };
  const boss = new PgBoss(
    database.connectionString
      ? { connectionString: database.connectionString, max: 4, ...common }
      : { db: { executeSql: database.executeSql }, ...common } as PgBoss.ConstructorOptions,
  );
  boss.on('error', (error) => logger.error({ err: loggableError(error) }, 'job queue error'));
  await boss.start();

  for (const definition of options.definitions) {
    await boss.createQueue(definition.name, { name: definition.name, ...definition.queue });
  }
  if (options.work && options.ownsQueue) {
    // One process owns the queue (embedded mode): a job still active now was cut off when the last
    // process died. Take it back at once rather than waiting for it to expire.
    for (const definition of options.definitions) await definition.takeOver?.();
    const { rows } = await database.executeSql("update pgboss.job set state = 'retry', start_after = now() where state = 'active' returning id");
    if (rows.length) logger.warn({ jobs: rows.length }, 'took back jobs left active by a stopped process');
  }
  if (options.work) {
    for (const definition of options.definitions) {
      await startWorkers(boss, definition, logger, definition.scheduledOnly ? SCHEDULED_POLL_SECONDS : options.pollingIntervalSeconds ?? 1);
    }
  }

  return {
    send: (name, data) => boss.send(name, data),
    sendMany: async (name, jobs, tx) => {
      const db = executorOf(tx as unknown as Db);
      for (let i = 0; i < jobs.length; i += 1000) await boss.insert(jobs.slice(i, i + 1000).map((j) => ({ id: j.id, name, data: j.data })), { db });
    },
    stop: () => boss.stop({ graceful: true, wait: true, timeout: 10_000 }),
  };
}

async function startWorkers(boss: PgBoss, definition: JobDefinition, logger: Logger, pollingIntervalSeconds: number): Promise<void> {
  const batchSize = definition.batchSize ?? 1;
  for (let w = 0; w < (definition.workers ?? 1); w++) {
    let workerId: string | null = null;
    workerId = await boss.work<object>(definition.name, { pollingIntervalSeconds, includeMetadata: true, batchSize }, async (jobs) => {
      // pg-boss completes or fails a whole batch; a job that fails here is failed on its own first
      // (so it is retried alone), and completing the batch then skips it.
      await Promise.all(jobs.map(async (job) => {
        try {
          if (!Value.Check(definition.payload, job.data)) {
            logger.error({ job: job.id, queue: definition.name }, 'job data does not fit its payload schema: dropped');
            return;
          }
          await definition.handler(job.data, { retryCount: job.retryCount, retryLimit: job.retryLimit });
        } catch (error) {
          // Logged and kept with the job (in pgboss.job.output) without a failed query's values.
          logger.warn({ err: loggableError(error), job: definition.name, jobId: job.id, retryCount: job.retryCount }, 'job failed');
          await boss.fail(definition.name, job.id, { message: messageWithoutValues(String((error as Error)?.message ?? error)) });
        }
      }));
      // A full batch means more are waiting: fetch again now instead of after the polling interval.
      if (jobs.length === batchSize && workerId) boss.notifyWorker(workerId);
    });
    if (definition.cron && w === 0) await boss.schedule(definition.name, definition.cron, {});
  }
}
