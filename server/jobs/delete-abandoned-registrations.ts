// Registrations never verified within a day free their username again.
import { deleteAbandonedRegistrations } from '../repositories/users.ts';
import { cleanupJob } from './cleanup.ts';
import type { JobDeps } from './deps.ts';

const DAY_MS = 24 * 3600_000;

export const deleteAbandonedRegistrationsJob = (deps: JobDeps) =>
  cleanupJob('delete-abandoned-registrations', () => deleteAbandonedRegistrations(deps.db, new Date(deps.clock.now().getTime() - DAY_MS)));
