// The one source of "now". Production reads the system clock; tests fix it or move it by hand, and the
// demo can start at another instant (CLOCK_START, never in production) to show due dates and reminders.
// Business dates come from it through server/domain/dates.ts (swedishDate, swedishYear).

export interface Clock {
  now(): Date;
}

// eslint-disable-next-line no-restricted-syntax -- the one place that reads the system clock
export const systemClock: Clock = { now: () => new Date() };

/** A clock that stands still until told otherwise: makes a test reproducible to the millisecond. */
export interface FixedClock extends Clock {
  set(at: Date | string): void;
  advance(ms: number): void;
}

export function fixedClock(at: Date | string): FixedClock {
  let current = new Date(at).getTime();
  return {
    now: () => new Date(current),
    set: (to) => { current = new Date(to).getTime(); },
    advance: (ms) => { current += ms; },
  };
}

/** Runs like the system clock, but started at another instant (the demo's CLOCK_START). */
export function offsetClock(startAt: Date, realStart = systemClock.now().getTime()): Clock {
  const offset = startAt.getTime() - realStart;
  return { now: () => new Date(systemClock.now().getTime() + offset) };
}
