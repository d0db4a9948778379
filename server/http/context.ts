import type { Config } from '../config.ts';
import type { Database, Db } from '../db/client.ts';
import type { Jobs } from '../jobs/queue.ts';
import type { FileStore } from '../files/store.ts';
import type { Clock } from '../clock.ts';

/** What route plugins get: configuration and the shared resources; nothing else is global. */
export interface AppContext {
  config: Config;
  database: Database;
  db: Db;
  jobs: Jobs;
  /** Where attachments are kept (disk or S3). */
  files: FileStore;
  /** The only source of "now" (server/clock.ts). */
  clock: Clock;
}
