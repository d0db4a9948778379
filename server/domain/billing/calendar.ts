// Date arithmetic on business dates (the periods and due dates of DOMAIN-SE.md §7.1–7.2), ISO
// 'YYYY-MM-DD' strings without time zone: a date is a day of the calendar, not an instant.
// Internally UTC milliseconds, where no day is 23 or 25 hours long.
const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether the text is a real calendar date in the form YYYY-MM-DD (2026-02-29 is not). */
export function isIsoDate(text: string): boolean {
  return !Number.isNaN(utcOf(text));
}

/** The date's UTC midnight in milliseconds, or NaN when it is not a real date in the form YYYY-MM-DD. */
function utcOf(text: string): number {
  const m = ISO_DATE.exec(text);
  if (!m) return NaN;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo) ? Date.UTC(y, mo - 1, d) : NaN;
}

function toUtc(iso: string): number {
  const ms = utcOf(iso);
  if (Number.isNaN(ms)) throw new RangeError(`Not an ISO date (YYYY-MM-DD): "${iso}"`);
  return ms;
}

function fromUtc(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The ISO date of a year, month (1–12) and day. */
export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The days of a month (1–12) of a year of the Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  const days = MONTH_DAYS[month - 1];
  if (days === undefined) throw new RangeError(`Not a month (1–12): ${month}`);
  return days;
}

export function addDays(iso: string, days: number): string {
  return fromUtc(toUtc(iso) + days * DAY_MS);
}

/** Months later (or earlier), the day clamped to the month's end: 2026-01-31 + 1 month = 2026-02-28. */
export function addMonths(iso: string, months: number): string {
  toUtc(iso);
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12 + 1;
  return isoDate(year, month, Math.min(d, daysInMonth(year, month)));
}

/** The number of days from `from` to `to`, both counted: a day to itself is 1; 0 when `to` is before `from`. */
export function daysInclusive(from: string, to: string): number {
  return Math.max(0, Math.round((toUtc(to) - toUtc(from)) / DAY_MS) + 1);
}

/** Negative, zero or positive as a is before, on or after b. */
export function compareDates(a: string, b: string): number {
  return Math.sign(toUtc(a) - toUtc(b));
}

/** ISO weekday: 1 Monday … 7 Sunday. */
export function weekday(iso: string): number {
  const day = new Date(toUtc(iso)).getUTCDay();
  return day === 0 ? 7 : day;
}

/** The last day of the date's month. */
export function lastDayOfMonth(iso: string): string {
  toUtc(iso);
  const [y, m] = iso.split('-').map(Number) as [number, number];
  return isoDate(y, m, daysInMonth(y, m));
}

export function minDate(a: string, b: string): string {
  return compareDates(a, b) <= 0 ? a : b;
}

export function maxDate(a: string, b: string): string {
  return compareDates(a, b) >= 0 ? a : b;
}
