import { describe, expect, it } from 'vitest';
import { lockSecondsAfterFailure, lockedUntilAfter, secondsLocked } from '../../server/domain/login-throttle.ts';

describe('login throttle', () => {
  it('slows down from the fifth failure, doubling, and locks for 15 minutes from the tenth', () => {
    expect([1, 4, 5, 6, 7, 8, 9, 10, 25].map(lockSecondsAfterFailure)).toEqual([0, 0, 30, 60, 120, 240, 480, 900, 900]);
  });

  it('counts the wait from the last failure', () => {
    const last = new Date('2026-03-01T10:00:00Z');
    expect(lockedUntilAfter(4, last)).toBeNull();
    expect(lockedUntilAfter(6, last)).toEqual(new Date('2026-03-01T10:01:00Z'));
    expect(secondsLocked(lockedUntilAfter(6, last), new Date('2026-03-01T10:00:20.5Z'))).toBe(40);
    expect(secondsLocked(lockedUntilAfter(6, last), new Date('2026-03-01T10:02:00Z'))).toBe(0);
  });
});
