// Starting and stopping the process's parts, shared by the web server (main.ts) and the worker.
import pino, { type Logger } from 'pino';
import { ConfigError, parseConfig, type Config } from './config.ts';
import { openDatabase, type Database } from './db/client.ts';
import { DataDirLockedError } from './db/lock.ts';
import { appliedMigrations, expectedMigrations, runMigrations } from './db/migrate.ts';
import { startJobs, type Jobs } from './jobs/queue.ts';
import { jobDefinitions } from './jobs/index.ts';
import { transportsFrom } from './messaging/transport.ts';
import type { FileStore } from './files/store.ts';
import { demoLoginsPresent } from './demo/guard.ts';
import { isEmpty, seedDemo } from './demo/seed.ts';
import { offsetClock, systemClock, type Clock } from './clock.ts';
import { logOutput, logSerializers } from './logging.ts';

export class BootError extends Error {}

export function loadConfigOrExit(): Config {
  try {
    return parseConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}

export function createLogger(config: Config): Logger {
  const { transport, stream } = logOutput(config);
  return pino({ level: config.logLevel, serializers: logSerializers, ...(transport ? { transport } : {}) }, stream);
}

export async function openAndPrepareDatabase(
  config: Config, logger: Logger, options: { seed: boolean; clock: Clock; reopenAfterSeed?: boolean },
): Promise<{ database: Database; seeded: boolean }> {
  let database: Database;
  try {
    database = await openDatabase(config);
  } catch (error) {
    if (error instanceof DataDirLockedError) throw new BootError(error.message);
    throw error;
  }
  try {
    if (config.env === 'production') {
      const applied = await appliedMigrations(database);
      if (applied < expectedMigrations) {
        throw new BootError(`The database has ${applied} of ${expectedMigrations} migrations: run \`npm run db:migrate\` first.`);
      }
      const demo = await demoLoginsPresent(database.db);
      if (demo.length) throw new BootError(`Refusing to start in production: demo logins still work (${demo.join(', ')}). Remove them or change their passwords.`);
    } else {
      await runMigrations(database);
    }
    let seeded = false;
    if (options.seed && config.demoData && (await isEmpty(database.db))) {
      logger.info('empty database: loading the demo data');
      await seedDemo(database.db, options.clock.now());
      seeded = true;
      if (!config.databaseUrl && options.reopenAfterSeed !== false) {
        // The embedded database's memory grew for the seed's bulk inserts and never shrinks (WebAssembly
        // memory): opened afresh, the server idles at what a second start uses (decision 0026).
        await database.close();
        database = await openDatabase(config);
      }
    }
    return { database, seeded };
  } catch (error) {
    await database.close();
    throw error;
  }
}

/** The real clock, or in a demo one that started at CLOCK_START. */
export function clockFrom(config: Config, logger: Logger): Clock {
  if (!config.clockStart) return systemClock;
  logger.warn({ clockStart: config.clockStart.toISOString() }, 'the clock runs from CLOCK_START, not from now');
  return offsetClock(config.clockStart);
}

export async function startJobQueue(
  { config, database, logger, work, files, clock }: { config: Config; database: Database; logger: Logger; work: boolean; files: FileStore; clock: Clock },
): Promise<Jobs> {
  let jobs: Jobs | null = null;
  const definitions = jobDefinitions({ db: database.db, config, transports: transportsFrom(config), files, clock, logger, jobs: () => jobs! });
  // The embedded database belongs to this one process, so whatever is still active in its queue was
  // cut off when the last process died, and is taken back at once.
  jobs = await startJobs(database, logger, { work, definitions, pollingIntervalSeconds: config.env === 'production' ? 1 : 0.5, ownsQueue: database.kind === 'pglite' });
  return jobs;
}

export function onShutdown(logger: Logger, stop: () => Promise<void>): void {
  let stopping = false;
  const handler = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    stop()
      .then(() => process.exit(0))
      .catch((error) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      });
  };
  process.on('SIGINT', () => handler('SIGINT'));
  process.on('SIGTERM', () => handler('SIGTERM'));
}
