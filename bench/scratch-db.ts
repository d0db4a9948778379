// A PostgreSQL database of the bench's own, made for one benchmark and dropped after it; or cloned from
// a template the bench fills once and keeps between runs (a million invoices take a minute to make, a
// clone of them seconds).
import pg from 'pg';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { openPostgres, type Database } from '../server/db/client.ts';

export interface ScratchDatabase {
  database: Database;
  /** Its connection string, for a second client (the floor, a server under load). */
  url: string;
  drop: () => Promise<void>;
}

function urlOf(adminUrl: string, name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function admin<T>(adminUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Creates `<prefix>_<now>` on the server of `adminUrl` (empty, or a copy of `template`) and opens a pool of `poolSize` on it. */
export async function scratchPostgres(adminUrl: string, prefix: string, poolSize: number, template?: string): Promise<ScratchDatabase> {
  const name = `${prefix}_${String(Date.now())}`;
  // FILE_COPY: a large template is copied as files, not written through the WAL block by block.
  await admin(adminUrl, (c) => c.query(template ? `create database ${name} template ${template} strategy = file_copy` : `create database ${name}`));
  const url = urlOf(adminUrl, name);
  const database = await openPostgres(url, poolSize);
  return {
    database,
    url,
    drop: async () => {
      await database.close();
      await admin(adminUrl, (c) => c.query(`drop database if exists ${name} with (force)`));
    },
  };
}

/**
 * A database kept between bench runs (BENCH_KEEP=1), for the big ones that take minutes to fill: `fill`
 * runs only when it does not exist yet or was not filled to the end (the `bench_filled` mark). Remove it
 * with `drop database <name>` when the migrations change.
 */
export async function keptPostgres(adminUrl: string, name: string, poolSize: number, fill: (database: Database) => Promise<void>): Promise<ScratchDatabase> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  const exists = (await admin.query('select 1 from pg_database where datname = $1', [name])).rowCount === 1;
  if (!exists) await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openPostgres(url.toString(), poolSize);
  const filled = exists && (await database.executeSql(`select 1 from pg_tables where tablename = 'bench_filled'`)).rows.length === 1;
  if (!filled) {
    await fill(database);
    await database.executeSql('create table bench_filled (at timestamptz default now())');
  } else {
    console.log(`(kept database ${name} reused: drop it to fill it again)`);
  }
  return { database, url: url.toString(), drop: () => database.close() };
}

/**
 * The name of a template database `<prefix>_<hash>` that `fill` made, made now when missing. The hash
 * covers the migrations and `version` (say what the fill makes), so a changed schema or fill makes a
 * new template and older ones of the prefix are dropped.
 */
export async function benchTemplate(adminUrl: string, prefix: string, version: string, fill: (database: Database) => Promise<void>): Promise<string> {
  const migrations = path.resolve('server/db/migrations');
  const hash = createHash('sha256').update(version);
  for (const file of readdirSync(migrations).filter((f) => f.endsWith('.sql')).sort()) hash.update(file).update(readFileSync(path.join(migrations, file)));
  const name = `${prefix}_${hash.digest('hex').slice(0, 12)}`;
  const existing = await admin(adminUrl, async (c) => (await c.query<{ datname: string }>('select datname from pg_database where datname like $1', [`${prefix}\\_%`])).rows.map((r) => r.datname));
  if (existing.includes(name)) return name;
  for (const old of existing) await admin(adminUrl, (c) => c.query(`drop database if exists ${old} with (force)`));
  // Made under another name and renamed when whole: a fill killed half way leaves no template.
  const making = `${name}_making`;
  await admin(adminUrl, (c) => c.query(`create database ${making}`));
  const database = await openPostgres(urlOf(adminUrl, making), 4);
  try {
    await fill(database);
  } finally {
    await database.close();
  }
  await admin(adminUrl, (c) => c.query(`alter database ${making} rename to ${name}`));
  return name;
}
