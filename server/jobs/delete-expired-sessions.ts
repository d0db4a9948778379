// Sessions past their idle or absolute expiry.
import { deleteExpiredSessions } from '../repositories/sessions.ts';
import { cleanupJob } from './cleanup.ts';
import type { JobDeps } from './deps.ts';

export const deleteExpiredSessionsJob = (deps: JobDeps) =>
  cleanupJob('delete-expired-sessions', () => deleteExpiredSessions(deps.db, deps.clock.now(), deps.config.session.idleMinutes));
