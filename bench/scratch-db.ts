// A PostgreSQL database of the bench's own, made for one benchmark and dropped after it.
import pg from 'pg';
import { openPostgres, type Database } from '../server/db/client.ts';

export interface ScratchDatabase {
  database: Database;
  /** Its connection string, for a second client (the floor, a server under load). */
  url: string;
  drop: () => Promise<void>;
}

/** Creates `<prefix>_<now>` on the server of `adminUrl` and opens a pool of `poolSize` on it. */
export async function scratchPostgres(adminUrl: string, prefix: string, poolSize: number): Promise<ScratchDatabase> {
  const name = `${prefix}_${String(Date.now())}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openPostgres(url.toString(), poolSize);
  return {
    database,
    url: url.toString(),
    drop: async () => {
      await database.close();
      const again = new pg.Client({ connectionString: adminUrl });
      await again.connect();
      await again.query(`drop database if exists ${name} with (force)`);
      await again.end();
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
