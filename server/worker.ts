// A separate job worker for PostgreSQL installations (several web processes + workers).
// With the embedded database the web process runs the jobs itself, so this refuses to start.
import { createFileStore } from './files/store.ts';
import { BootError, clockFrom, createLogger, loadConfigOrExit, onShutdown, openAndPrepareDatabase, startJobQueue } from './boot.ts';

const config = loadConfigOrExit();
const logger = createLogger(config);
if (!config.databaseUrl) {
  console.error('\n  `npm run worker` needs DATABASE_URL. With the embedded database, `npm start` runs the jobs itself.\n');
  process.exit(1);
}
try {
  const clock = clockFrom(config, logger);
  const { database } = await openAndPrepareDatabase(config, logger, { seed: false, clock });
  const jobs = await startJobQueue({ config, database, logger, work: true, files: createFileStore(config.files), clock });
  logger.info('worker started');
  onShutdown(logger, async () => {
    await jobs.stop();
    await database.close();
  });
} catch (error) {
  if (error instanceof BootError) {
    console.error(`\n  ${error.message}\n`);
    process.exit(1);
  }
  throw error;
}
