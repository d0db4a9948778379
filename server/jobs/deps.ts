import type { Logger } from 'pino';
import type { Config } from '../config.ts';
import type { Db } from '../db/client.ts';
import type { Transports } from '../messaging/transport.ts';
import type { FileStore } from '../files/store.ts';
import type { Clock } from '../clock.ts';
import type { Jobs } from './queue.ts';

/** What job handlers may use. */
export interface JobDeps {
  db: Db;
  config: Config;
  transports: Transports;
  files: FileStore;
  clock: Clock;
  logger: Logger;
  /** The running queue; given as a function because the definitions exist before it starts. */
  jobs: () => Jobs;
}
