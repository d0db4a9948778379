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
