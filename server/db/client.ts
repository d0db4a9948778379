// Opens the database: embedded PGlite in DATA_DIR when DATABASE_URL is unset, PostgreSQL when set.
// Both give the same Drizzle API; callers never know which one they have.
import path from 'node:path';
import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import pg from 'pg';
import * as schema from './schema/index.ts';
import { acquireDataDirLock, type DataDirLock } from './lock.ts';
import { retryReadsOnce } from './read-retry.ts';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

/** pg-boss talks to the database through this when it cannot open its own connections (PGlite). */
export type ExecuteSql = (text: string, values?: unknown[]) => Promise<{ rows: unknown[] }>;

export interface Database {
  kind: 'pglite' | 'postgres';
  db: Db;
  /** Set for PostgreSQL: pg-boss opens its own pool with it. */
  connectionString: string | null;
  executeSql: ExecuteSql;
  close(): Promise<void>;
}

export async function openPostgres(connectionString: string, poolSize = 10): Promise<Database> {
  const pool = new pg.Pool({ connectionString, max: poolSize });
  pool.on('error', () => { /* an idle client's lost connection: the pool drops it and opens another */ });
  // A connection lost while checked out (a transaction in flight during a failover) is reported to the
  // query that waits on it; without a listener the client's 'error' event would end the process.
  pool.on('connect', (client) => { client.on('error', () => {}); });
  retryReadsOnce(pool); // a failover ends the connections under running reads: they run once more
  const db = drizzlePg(pool, { schema }) as unknown as Db;
  return {
    kind: 'postgres',
    db,
    connectionString,
    executeSql: async (text, values) => pool.query(text, values as unknown[]),
    close: () => pool.end(),
  };
}

export function pgliteDatabase(client: PGlite, onClose: () => Promise<void> = () => client.close()): Database {
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return {
    kind: 'pglite',
    db,
    connectionString: null,
    // pg-boss sends several statements in one string without parameters: those need exec, not query.
    executeSql: async (text, values) => {
      if (!values || values.length === 0) {
        const results = await client.exec(text);
        return { rows: results.at(-1)?.rows ?? [] };
      }
      return client.query(text, values as unknown[]);
    },
    close: onClose,
  };
}

/** The embedded database, refused with a clear message when another process holds the directory. */
/**
 * PGlite's own start parameters (0.5's defaultStartParams: single user, no fsync of each commit, no
 * parallel workers) and ours (decision 0026): shared_buffers 16 MB instead of 128 MB. The WebAssembly
 * memory that holds them never shrinks, so the default cost ~95 MB of resident memory for a cache the
 * embedded mode's data (a small landlord's) does not need. startParams replaces PGlite's list, so it
 * is repeated here; tests/integration/embedded-memory.pglite.test.ts reads the settings back.
 */
export const PGLITE_START_PARAMS = [
  '--single', '-F', '-O', '-j', '-c', 'search_path=public', '-c', 'exit_on_error=false', '-c', 'log_checkpoints=false',
  '-c', 'max_worker_processes=0', '-c', 'max_parallel_workers=0', '-c', 'max_parallel_workers_per_gather=0', '-c', 'io_method=sync',
  '-c', 'max_parallel_maintenance_workers=0',
  '-c', 'shared_buffers=16MB', '-c', 'work_mem=4MB', '-c', 'maintenance_work_mem=32MB', '-c', 'temp_buffers=4MB',
];

export async function openPglite(dataDir: string): Promise<Database> {
  mkdirSync(dataDir, { recursive: true });
  const lock: DataDirLock = acquireDataDirLock(dataDir);
  try {
    const client = await PGlite.create(path.join(dataDir, 'pglite'), { startParams: PGLITE_START_PARAMS });
    return pgliteDatabase(client, async () => {
      await client.close();
      lock.release();
    });
  } catch (error) {
    lock.release();
    throw error;
  }
}

export function openDatabase(config: { databaseUrl: string | null; databasePoolSize?: number; dataDir: string }): Promise<Database> {
  return config.databaseUrl ? openPostgres(config.databaseUrl, config.databasePoolSize) : openPglite(config.dataDir);
}
