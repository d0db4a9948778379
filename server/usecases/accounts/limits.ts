// Limits on one thing (an organisationsnummer, a username) across all IPs, next to the per-IP limits
// of the routes: counted in the same database table.
import type { Db } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import { incrementCounter } from '../../repositories/rate-limits.ts';

export async function limitPerSubject(db: Db, key: string, max: number, windowMinutes: number, now: Date): Promise<void> {
  const { count, ttlMs } = await incrementCounter(db, `subject|${key}`, windowMinutes * 60_000, now.getTime());
  if (count > max) throw new AppError('RATE_LIMITED', { seconds: Math.max(1, Math.ceil(ttlMs / 1000)) });
}
