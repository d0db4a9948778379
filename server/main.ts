// The web server. In embedded mode (no DATABASE_URL) it also runs the jobs: PGlite belongs to one process.
import { buildApp } from './app.ts';
import { createFileStore } from './files/store.ts';
import { BootError, clockFrom, createLogger, loadConfigOrExit, onShutdown, openAndPrepareDatabase, startJobQueue } from './boot.ts';

const config = loadConfigOrExit();
const logger = createLogger(config);

try {
  const clock = clockFrom(config, logger);
  const { database, seeded } = await openAndPrepareDatabase(config, logger, { seed: true, clock });
  // One file store (and S3 client) for the web and the jobs it runs.
  const files = createFileStore(config.files);
  if (seeded) {
    // Loaded only for a first start: they draw PDFs and pictures (pdfkit, sharp), which a server that
    // has its data need not hold in memory (decision 0026).
    const [{ seedDemoLeaseDocuments }, { seedDemoOptionPictures }] = await Promise.all([import('./demo/lease-documents.ts'), import('./demo/option-pictures.ts')]);
    await seedDemoLeaseDocuments(database.db, files, clock.now());
    await seedDemoOptionPictures(database.db, files, clock.now());
  }
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
