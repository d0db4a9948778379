// The web server. In embedded mode (no DATABASE_URL) it also runs the jobs: PGlite belongs to one process.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { buildApp } from './app.ts';
import { createFileStore, type FileStore } from './files/store.ts';
import type { Database } from './db/client.ts';
import type { Clock } from './clock.ts';
import { BootError, clockFrom, createLogger, loadConfigOrExit, onShutdown, openAndPrepareDatabase, startJobQueue } from './boot.ts';

/** Set for the child that prepares a fresh embedded data dir (migrations, the demo and its files), then exits. */
const PREPARE_ONLY = 'HYRESPORTAL_PREPARE_ONLY';

const config = loadConfigOrExit();
const logger = createLogger(config);

/** The demo's PDFs and pictures, drawn after its rows (pdfkit, sharp: loaded only for this). */
async function seedDemoFiles(database: Database, files: FileStore, clock: Clock): Promise<void> {
  const [{ seedDemoLeaseDocuments }, { seedDemoOptionPictures }] = await Promise.all([import('./demo/lease-documents.ts'), import('./demo/option-pictures.ts')]);
  await seedDemoLeaseDocuments(database.db, files, clock.now());
  await seedDemoOptionPictures(database.db, files, clock.now());
}

/**
 * A fresh embedded data dir is prepared by a child process of this same program, which then ends: the
 * memory the seed grew (PGlite's, the heap's, pdfkit and sharp) goes with it, and this process opens a
 * database that is ready, as on any later start (decision 0026).
 */
async function prepareInChild(): Promise<void> {
  console.log(`\n  First start: preparing the embedded database and the demo in ${config.dataDir} (a minute at most) …`);
  const child = spawn(process.execPath, [...process.execArgv, process.argv[1]!, ...process.argv.slice(2)], { env: { ...process.env, [PREPARE_ONLY]: '1' }, stdio: 'inherit' });
  const code = await new Promise<number | null>((resolve, reject) => { child.once('error', reject); child.once('exit', resolve); });
  if (code !== 0) throw new BootError(`Preparing the embedded database in ${config.dataDir} failed (exit code ${code}); see the messages above.`);
}

try {
  const clock = clockFrom(config, logger);
  const embeddedAndFresh = !config.databaseUrl && config.demoData && !existsSync(path.join(config.dataDir, 'pglite'));
  if (process.env[PREPARE_ONLY]) {
    const { database, seeded } = await openAndPrepareDatabase(config, logger, { seed: true, clock, reopenAfterSeed: false });
    if (seeded) await seedDemoFiles(database, createFileStore(config.files), clock);
    await database.close();
    process.exit(0);
  }
  if (embeddedAndFresh) await prepareInChild();
  const { database, seeded } = await openAndPrepareDatabase(config, logger, { seed: true, clock });
  // One file store (and S3 client) for the web and the jobs it runs.
  const files = createFileStore(config.files);
  // Seeded here only when the child did not (PostgreSQL, or an embedded database left empty).
  if (seeded) await seedDemoFiles(database, files, clock);
  const jobs = await startJobQueue({ config, database, logger, work: config.jobsInWeb, files, clock });
  const app = await buildApp({ config, database, db: database.db, jobs, files, clock });
  await app.listen({ port: config.port, host: config.host });
  onShutdown(logger, async () => {
    await app.close();
    await jobs.stop();
    await database.close();
  });
  const where = database.kind === 'pglite' ? `embedded database in ${config.dataDir}` : 'PostgreSQL';
  console.log(`\n  Mina sidor is running at ${config.publicUrl}  (back office: ${config.publicUrl}/admin)\n  Database: ${where}.`);
  if (config.demoData) console.log('  Demo logins are listed in README.md ("Demo logins").');
  if (!config.mail.smtpUrl && config.env !== 'production') console.log(`  E-mail and SMS go to the development mailbox: ${config.publicUrl}/admin/meddelanden\n`);
} catch (error) {
  if (error instanceof BootError) {
    console.error(`\n  ${error.message}\n`);
    process.exit(1);
  }
  throw error;
}
