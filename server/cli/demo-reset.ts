// `npm run demo:reset`: empties the database and loads the demo data again. Never in production.
import { rmSync } from 'node:fs';
import { clockFrom, createLogger, loadConfigOrExit } from '../boot.ts';
import { runMigrations } from '../db/migrate.ts';
import { seedDemo } from '../demo/seed.ts';
import { seedDemoLeaseDocuments } from '../demo/lease-documents.ts';
import { seedDemoOptionPictures } from '../demo/option-pictures.ts';
import { createFileStore } from '../files/store.ts';
import { withDatabase } from './with-database.ts';

const config = loadConfigOrExit();
if (config.env === 'production') {
  console.error('demo:reset deletes everything and loads public demo logins: it never runs in production.');
  process.exit(1);
}
await withDatabase(config, async (database) => {
  await database.executeSql('drop schema if exists public cascade; drop schema if exists drizzle cascade; drop schema if exists pgboss cascade; create schema public;');
  // The files of the attachments that were just deleted (on disk; a bucket is left to its owner).
  if (config.files.provider === 'disk') rmSync(config.files.dir, { recursive: true, force: true });
  await runMigrations(database);
  const now = clockFrom(config, createLogger(config)).now();
  await seedDemo(database.db, now);
  const files = createFileStore(config.files);
  await seedDemoLeaseDocuments(database.db, files, now);
  await seedDemoOptionPictures(database.db, files, now);
  console.log('The demo data is loaded again.');
});
