// After repeated failed logins a username is first slowed down, then locked for a while. The count is
// kept per username given (e-mail for staff), whether or not an account has it, so the answers do not
// tell which usernames exist; it is forgotten a day after the last failure.
export const SLOW_DOWN_AFTER = 5;
export const LOCK_AFTER = 10;
export const LOCK_MINUTES = 15;
export const FORGET_FAILURES_AFTER_HOURS = 24;

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

/** Until when a username is locked after `failures` failures, the last at `lastFailureAt`; null when it is not. */
export function lockedUntilAfter(failures: number, lastFailureAt: Date): Date | null {
  const seconds = lockSecondsAfterFailure(failures);
  return seconds > 0 ? new Date(lastFailureAt.getTime() + seconds * 1000) : null;
}
