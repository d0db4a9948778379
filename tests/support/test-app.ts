// An app on its own copy of the template database, for one test file.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import { PGlite } from '@electric-sql/pglite';
import type { FastifyInstance } from 'fastify';
import pino from 'pino';
import { buildApp } from '../../server/app.ts';
import { parseConfig, type Config } from '../../server/config.ts';
import { openPostgres, pgliteDatabase, type Database } from '../../server/db/client.ts';
import { startJobs, type Jobs } from '../../server/jobs/queue.ts';
import { jobDefinitions } from '../../server/jobs/index.ts';
import { createFileStore, type FileStore } from '../../server/files/store.ts';
import type { Transports } from '../../server/messaging/transport.ts';
import { adminUrl, withAdminClient } from './templates.ts';
import { systemClock, type Clock } from '../../server/clock.ts';

export const backend = (process.env.TEST_BACKEND ?? 'pglite') as 'pglite' | 'postgres';

export async function openTestDatabase(): Promise<Database> {
  if (backend === 'postgres') {
    const url = process.env.TEST_DATABASE_URL!;
    const template = inject('postgresTemplate');
    const name = `${template}_t_${randomBytes(4).toString('hex')}`;
    await withAdminClient(url, (c) => c.query(`create database ${name} template ${template}`));
    const database = await openPostgres(adminUrl(url, name), 4);
    return {
      ...database,
      close: async () => {
        await database.close();
        await withAdminClient(url, (c) => c.query(`drop database if exists ${name} with (force)`));
      },
    };
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'hyresportal-db-'));
  cpSync(inject('pgliteTemplate'), dir, { recursive: true });
  const client = await PGlite.create(dir);
  return pgliteDatabase(client, async () => {
    await client.close();
    rmSync(dir, { recursive: true, force: true });
  });
}

export interface TestApp {
  app: FastifyInstance;
  database: Database;
  jobs: Jobs;
  config: Config;
  files: FileStore;
  clock: Clock;
  close(): Promise<void>;
}

export async function createTestApp(options: { env?: Record<string, string>; worker?: boolean; transports?: Transports; clock?: Clock; logStream?: NodeJS.WritableStream; webRoot?: string } = {}): Promise<TestApp> {
  const clock = options.clock ?? systemClock;
  // Each app keeps its files in a folder of its own, removed when it closes.
  const dataDir = mkdtempSync(path.join(tmpdir(), 'hyresportal-app-'));
  const config = parseConfig({
    NODE_ENV: 'test',
    DATA_DIR: dataDir,
    SESSION_SECRET: 'test-secret-that-is-long-enough-0123456789',
    ...options.env,
  });
  const database = await openTestDatabase();
  let jobs: Jobs | null = null;
  const files = createFileStore(config.files);
  const definitions = jobDefinitions({
    db: database.db,
    config,
    files,
    clock,
    logger: pino({ level: 'silent' }),
    transports: options.transports ?? { email: null, sms: null, devMailbox: true },
    jobs: () => jobs!,
  });
  jobs = await startJobs(database, pino({ level: 'silent' }), { work: options.worker ?? false, definitions, pollingIntervalSeconds: 0.5 });
  const app = await buildApp({ config, database, db: database.db, jobs, files, clock }, { logStream: options.logStream, ...(options.webRoot ? { webRoot: options.webRoot } : {}) });
  await app.ready();
  return {
    app,
    database,
    jobs,
    config,
    files,
    clock,
    async close() {
      await app.close();
      await jobs!.stop();
      await database.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Waits until `check` returns a value (polling), for work that jobs do in the background. */
export async function eventually<T>(check: () => Promise<T | null | undefined | false>, timeoutMs = 15_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 100));
  }
}
