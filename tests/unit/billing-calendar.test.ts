import { describe, expect, it } from 'vitest';
import {
  addDays, addMonths, compareDates, daysInclusive, daysInMonth, isIsoDate, lastDayOfMonth, maxDate, minDate, weekday,
} from '../../server/domain/billing/calendar.ts';

describe('calendar on ISO dates', () => {
  it('knows the days of every month, leap years by the Gregorian rule (1900 and 2100 are not, 2000 is)', () => {
    for (let year = 1890; year <= 2110; year++) {
      for (let month = 1; month <= 12; month++) expect(daysInMonth(year, month), `${year}-${month}`).toBe(new Date(Date.UTC(year, month, 0)).getUTCDate());
    }
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(() => daysInMonth(2026, 13)).toThrow(RangeError);
    expect(() => daysInMonth(2026, 0)).toThrow(RangeError);
  });

  it('adds days across months, years and the summer-time change', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(addDays('2026-10-24', 2)).toBe('2026-10-26');
  });
  it('adds months, clamping the day to the month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-11-15', 3)).toBe('2027-02-15');
    expect(addMonths('2026-01-15', -1)).toBe('2025-12-15');
    expect(addMonths('2026-03-31', -13)).toBe('2025-02-28');
  });
  it('counts days inclusively', () => {
    expect(daysInclusive('2026-04-01', '2026-04-01')).toBe(1);
    expect(daysInclusive('2026-04-01', '2026-06-30')).toBe(91);
    expect(daysInclusive('2026-01-01', '2026-12-31')).toBe(365);
    expect(daysInclusive('2028-02-01', '2028-02-29')).toBe(29);
    expect(daysInclusive('2026-03-01', '2026-03-31')).toBe(31);
    expect(daysInclusive('2026-05-02', '2026-05-01')).toBe(0);
  });
  it('compares, picks the earlier and the later', () => {
    expect(compareDates('2026-04-01', '2026-04-02')).toBe(-1);
    expect(compareDates('2026-04-01', '2026-04-01')).toBe(0);
    expect(compareDates('2027-01-01', '2026-12-31')).toBe(1);
    expect(minDate('2026-04-01', '2026-03-31')).toBe('2026-03-31');
    expect(maxDate('2026-04-01', '2026-03-31')).toBe('2026-04-01');
  });
  it('gives the ISO weekday, 1 Monday to 7 Sunday', () => {
    expect(weekday('2026-11-23')).toBe(1);
    expect(weekday('2026-11-22')).toBe(7);
    expect(weekday('2025-12-31')).toBe(3);
    expect(weekday('2026-06-19')).toBe(5);
  });
  it('gives the last day of the month', () => {
    expect(lastDayOfMonth('2026-02-10')).toBe('2026-02-28');
    expect(lastDayOfMonth('2028-02-01')).toBe('2028-02-29');
    expect(lastDayOfMonth('2026-12-01')).toBe('2026-12-31');
    expect(lastDayOfMonth('2026-04-30')).toBe('2026-04-30');
  });
  it('refuses what is not a calendar date', () => {
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-4-1')).toBe(false);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
    expect(() => weekday('tomorrow')).toThrow(RangeError);
  });
});
