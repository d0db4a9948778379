// Banking days and the avi's due date (DOMAIN-SE.md §7.2). Not a banking day: Saturday, Sunday,
// the Swedish public holidays (lag 1989:253) and the eves that banks and lag 1930:173 treat like
// them: midsommarafton, julafton and nyårsafton. Due date = the last banking day strictly before
// the period starts (rent is paid in advance).
import { addDays, isoDate, weekday } from './calendar.ts';

/** Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return isoDate(year, month, day);
}

/** The first date from `from` on (up to six days later) that falls on the ISO weekday. */
function firstWeekdayFrom(from: string, isoWeekday: number): string {
  return addDays(from, (isoWeekday - weekday(from) + 7) % 7);
}

/** Each non-banking holiday of the year with its Swedish name, by date. */
export function swedishHolidayNames(year: number): Map<string, string> {
  const easter = easterSunday(year);
  const days: [string, string][] = [
    [isoDate(year, 1, 1), 'nyårsdagen'],
    [isoDate(year, 1, 6), 'trettondedag jul'],
    [addDays(easter, -2), 'långfredagen'],
    [easter, 'påskdagen'],
    [addDays(easter, 1), 'annandag påsk'],
    [isoDate(year, 5, 1), 'första maj'],
    [addDays(easter, 39), 'Kristi himmelsfärds dag'],
    [addDays(easter, 49), 'pingstdagen'],
    [isoDate(year, 6, 6), 'nationaldagen'],
    [firstWeekdayFrom(isoDate(year, 6, 19), 5), 'midsommarafton'],
    [firstWeekdayFrom(isoDate(year, 6, 20), 6), 'midsommardagen'],
    [firstWeekdayFrom(isoDate(year, 10, 31), 6), 'alla helgons dag'],
    [isoDate(year, 12, 24), 'julafton'],
    [isoDate(year, 12, 25), 'juldagen'],
    [isoDate(year, 12, 26), 'annandag jul'],
    [isoDate(year, 12, 31), 'nyårsafton'],
  ];
  return new Map(days);
}

const byYear = new Map<number, Set<string>>();

/** The dates of the year that are holidays for banks (public holidays and the three eves). */
export function swedishPublicHolidays(year: number): Set<string> {
  let set = byYear.get(year);
  if (!set) {
    set = new Set(swedishHolidayNames(year).keys());
    byYear.set(year, set);
  }
  return new Set(set);
}

export function isBankingDay(iso: string): boolean {
  if (weekday(iso) >= 6) return false;
  const year = Number(iso.slice(0, 4));
  let set = byYear.get(year);
  if (!set) {
    swedishPublicHolidays(year);
    set = byYear.get(year)!;
  }
  return !set.has(iso);
}

/** The last banking day strictly before the date. */
export function lastBankingDayBefore(iso: string): string {
  let day = addDays(iso, -1);
  while (!isBankingDay(day)) day = addDays(day, -1);
  return day;
}

/** An avi's due date (§7.2): the last banking day before its period starts. */
export function dueDateForPeriod(periodStart: string): string {
  return lastBankingDayBefore(periodStart);
}
