// `npm run db:migrate`: applies pending migrations (the way to migrate in production).
import { loadConfigOrExit } from '../boot.ts';
import { openDatabase } from '../db/client.ts';
import { DataDirLockedError } from '../db/lock.ts';
import { appliedMigrations, runMigrations } from '../db/migrate.ts';

const config = loadConfigOrExit();
try {
  const database = await openDatabase(config);
  await runMigrations(database);
  console.log(`Database migrated: ${await appliedMigrations(database)} migrations applied.`);
  await database.close();
} catch (error) {
  if (error instanceof DataDirLockedError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
