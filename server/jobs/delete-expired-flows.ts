// Codes, links and login challenges (flows) past their expiry.
import { deleteExpiredFlows } from '../repositories/flows.ts';
import { cleanupJob } from './cleanup.ts';
import type { JobDeps } from './deps.ts';

export const deleteExpiredFlowsJob = (deps: JobDeps) =>
  cleanupJob('delete-expired-flows', () => deleteExpiredFlows(deps.db, deps.clock.now()));
