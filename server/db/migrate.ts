import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import type { Database } from './client.ts';
import { fromRoot } from '../paths.ts';

export const migrationsFolder = fromRoot('server/db/migrations');

const journal = JSON.parse(readFileSync(`${migrationsFolder}/meta/_journal.json`, 'utf8')) as { entries: unknown[] };
export const expectedMigrations = journal.entries.length;

// Arbitrary constant: several processes booting against one PostgreSQL migrate one at a time.
const MIGRATION_LOCK = 727_001;

export async function runMigrations(database: Database): Promise<void> {
  if (database.kind === 'pglite') {
    await migratePglite(database.db as unknown as PgliteDatabase, { migrationsFolder });
    return;
  }
  // A session-level lock needs one connection for lock, migration and unlock: not the pool.
  const client = new pg.Client({ connectionString: database.connectionString ?? undefined });
  await client.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await migratePg(drizzlePg(client) as NodePgDatabase, { migrationsFolder });
  } finally {
    await client.end();
  }
}

/** How many migrations the database has applied (0 when none). */
export async function appliedMigrations(database: Database): Promise<number> {
  const result = await database.db.execute(sql`
    select case when to_regclass('drizzle.__drizzle_migrations') is null then 0
                else (select count(*)::int from drizzle.__drizzle_migrations) end as n`);
  return Number(((result as { rows: unknown[] }).rows as { n: number }[])[0]?.n ?? 0);
}
