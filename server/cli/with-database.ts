// What each command-line tool shares: open the database, do the work, close it; a database that
// another process holds (the embedded one, while the server runs) ends the tool with its message.
import type { Config } from '../config.ts';
import { openDatabase, type Database } from '../db/client.ts';
import { DataDirLockedError } from '../db/lock.ts';

export async function withDatabase(config: Config, work: (database: Database) => Promise<void>): Promise<void> {
  try {
    const database = await openDatabase(config);
    await work(database);
    await database.close();
  } catch (error) {
    if (error instanceof DataDirLockedError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}
