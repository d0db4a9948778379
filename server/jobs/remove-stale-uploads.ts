// Uploads nobody sent within a day, rows and bytes.
import { removeStaleUploads } from '../usecases/attachments/remove-stale-uploads.ts';
import { cleanupJob } from './cleanup.ts';
import type { JobDeps } from './deps.ts';

export const removeStaleUploadsJob = (deps: JobDeps) =>
  cleanupJob('remove-stale-uploads', () => removeStaleUploads(deps, deps.clock.now()));
