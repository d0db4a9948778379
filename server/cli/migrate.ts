// `npm run db:migrate`: applies pending migrations (the way to migrate in production).
import { loadConfigOrExit } from '../boot.ts';
import { appliedMigrations, runMigrations } from '../db/migrate.ts';
import { withDatabase } from './with-database.ts';

const config = loadConfigOrExit();
await withDatabase(config, async (database) => {
  await runMigrations(database);
  console.log(`Database migrated: ${await appliedMigrations(database)} migrations applied.`);
});
