// When a session stops being valid: after idle minutes without a request, or at its absolute end.
export interface SessionTimes { lastSeenAt: Date; expiresAt: Date }

export function isSessionValid(session: SessionTimes, now: Date, idleMinutes: number): boolean {
  if (now.getTime() >= session.expiresAt.getTime()) return false;
  return now.getTime() - session.lastSeenAt.getTime() < idleMinutes * 60_000;
}

/** Writing last-seen on every request would make each page view a write; once a minute is enough. */
export function needsTouch(session: SessionTimes, now: Date): boolean {
  return now.getTime() - session.lastSeenAt.getTime() >= 60_000;
}

export function absoluteExpiry(createdAt: Date, absoluteHours: number): Date {
  return new Date(createdAt.getTime() + absoluteHours * 3_600_000);
}
