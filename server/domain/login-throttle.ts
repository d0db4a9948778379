// After repeated failed logins an account is first slowed down, then locked for a while.
export const SLOW_DOWN_AFTER = 5;
export const LOCK_AFTER = 10;
export const LOCK_MINUTES = 15;

/** Seconds the account must wait after its `failedLogins`-th consecutive failure. */
export function lockSecondsAfterFailure(failedLogins: number): number {
  if (failedLogins >= LOCK_AFTER) return LOCK_MINUTES * 60;
  if (failedLogins >= SLOW_DOWN_AFTER) return 30 * 2 ** (failedLogins - SLOW_DOWN_AFTER); // 30 s, 1, 2, 4, 8 min
  return 0;
}

export function secondsLocked(lockedUntil: Date | null, now: Date): number {
  if (!lockedUntil) return 0;
  return Math.max(0, Math.ceil((lockedUntil.getTime() - now.getTime()) / 1000));
}
