// Rate-limit counters whose window has passed.
import { deleteExpiredRateLimits } from '../repositories/sessions.ts';
import { cleanupJob } from './cleanup.ts';
import type { JobDeps } from './deps.ts';

export const deleteExpiredRateLimitsJob = (deps: JobDeps) =>
  cleanupJob('delete-expired-rate-limits', () => deleteExpiredRateLimits(deps.db, deps.clock.now().getTime()));
