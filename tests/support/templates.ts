// Builds the template databases once per test run: migrated, with pg-boss's schema and the demo data.
import { createFileStore } from '../../server/files/store.ts';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import pino from 'pino';
import { openPostgres, pgliteDatabase, type Database } from '../../server/db/client.ts';
import { runMigrations } from '../../server/db/migrate.ts';
import { seedDemo } from '../../server/demo/seed.ts';
import { startJobs } from '../../server/jobs/queue.ts';
import { jobDefinitions } from '../../server/jobs/index.ts';
import { parseConfig } from '../../server/config.ts';
import { systemClock } from '../../server/clock.ts';

async function prepare(database: Database): Promise<void> {
  await runMigrations(database);
  await seedDemo(database.db, new Date());
  const config = parseConfig({ NODE_ENV: 'test', DATA_DIR: tmpdir(), SESSION_SECRET: 'x'.repeat(32) });
  const definitions = jobDefinitions({ db: database.db, config, transports: { email: null, sms: null, devMailbox: true }, files: createFileStore(config.files), clock: systemClock, logger: pino({ level: 'silent' }), jobs: () => { throw new Error('unused'); } });
  const jobs = await startJobs(database, pino({ level: 'silent' }), { work: false, definitions });
  await jobs.stop();
}

export async function buildPgliteTemplate(): Promise<string> {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'hyresportal-test-')), 'template');
  const client = await PGlite.create(dir);
  await prepare(pgliteDatabase(client));
  await client.close();
  return dir;
}

export function adminUrl(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export async function withAdminClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function buildPostgresTemplate(url: string): Promise<string> {
  const name = `hp_template_${process.pid}_${Date.now()}`;
  await withAdminClient(url, (c) => c.query(`create database ${name}`));
  const database = await openPostgres(adminUrl(url, name), 2);
  try {
    await prepare(database);
  } finally {
    await database.close();
  }
  return name;
}
