// Date arithmetic on business dates (the periods and due dates of DOMAIN-SE.md §7.1–7.2), ISO
// 'YYYY-MM-DD' strings without time zone: a date is a day of the calendar, not an instant.
// Internally UTC milliseconds, where no day is 23 or 25 hours long.
const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether the text is a real calendar date in the form YYYY-MM-DD (2026-02-29 is not). */
export function isIsoDate(text: string): boolean {
  const m = ISO_DATE.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

function toUtc(iso: string): number {
  if (!isIsoDate(iso)) throw new RangeError(`Not an ISO date (YYYY-MM-DD): "${iso}"`);
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
}

function fromUtc(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The ISO date of a year, month (1–12) and day. */
export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
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
