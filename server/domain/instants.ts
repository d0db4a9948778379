// Instants (timestamps with time zone) in and out, on the busiest reads: PostgreSQL's text for a
// timestamptz to a Date, and a Date to the ISO 8601 text the API answers. Both give exactly what
// `new Date(text)` and `date.toISOString()` give, without V8's general date parser and formatter
// (which formats through printf), at about two thirds and a third of their cost. Anything unusual goes the
// general way (docs/decisions/0034-rows-and-instants-on-the-hot-reads.md). A read that only shows an
// instant takes PostgreSQL's text straight to the API's (isoFromPgTimestamptz), with no Date between.

const digit = (text: string, at: number): number => {
  const d = text.charCodeAt(at) - 48;
  return d >= 0 && d <= 9 ? d : NaN;
};
const number = (text: string, from: number, to: number): number => {
  let n = 0;
  for (let i = from; i < to; i++) n = n * 10 + digit(text, i);
  return n;
};

/**
 * PostgreSQL's output of a timestamptz (DateStyle ISO): `2026-12-01 10:00:00[.ffffff]+HH[:MM[:SS]]`.
 * Fractions beyond milliseconds are cut, as `new Date` cuts them. Years before 1000 or after 9999, BC,
 * `infinity` and anything else are left to `new Date`.
 */
export function parsePgTimestamptz(text: string): Date {
  const length = text.length;
  if (length < 22 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45 || text.charCodeAt(10) !== 32
    || text.charCodeAt(13) !== 58 || text.charCodeAt(16) !== 58) return new Date(text);
  let i = 19;
  let ms = 0;
  if (text.charCodeAt(i) === 46) {
    i++;
    let digits = 0;
    while (i < length && digit(text, i) >= 0) {
      if (digits < 3) ms = ms * 10 + digit(text, i);
      digits++;
      i++;
    }
    if (digits === 0) return new Date(text);
    for (; digits < 3; digits++) ms *= 10;
  }
  const sign = text.charCodeAt(i);
  if ((sign !== 43 && sign !== 45) || i + 3 > length) return new Date(text);
  let offset = number(text, i + 1, i + 3) * 3600;
  let end = i + 3;
  if (end < length) {
    if (text.charCodeAt(end) !== 58 || end + 3 > length) return new Date(text);
    offset += number(text, end + 1, end + 3) * 60;
    end += 3;
    if (end < length) {
      if (text.charCodeAt(end) !== 58 || end + 3 !== length) return new Date(text);
      offset += number(text, end + 1, end + 3);
      end += 3;
    }
  }
  const year = number(text, 0, 4);
  const utc = Date.UTC(year, number(text, 5, 7) - 1, number(text, 8, 10), number(text, 11, 13), number(text, 14, 16), number(text, 17, 19), ms);
  const time = utc - (sign === 45 ? -offset : offset) * 1000;
  // A stray character anywhere made a NaN above.
  if (Number.isNaN(time) || year < 1000) return new Date(text);
  return new Date(time);
}

const two = (n: number): string => (n < 10 ? `0${n}` : `${n}`);
const three = (n: number): string => (n < 10 ? `00${n}` : n < 100 ? `0${n}` : `${n}`);

/** `date.toISOString()` for years 1000-9999 (`2026-12-01T10:00:00.123Z`); other years and invalid dates go the general way. */
export function isoInstant(date: Date): string {
  const year = date.getUTCFullYear();
  if (!(year >= 1000 && year <= 9999)) return date.toISOString();
  return `${year}-${two(date.getUTCMonth() + 1)}-${two(date.getUTCDate())}T${two(date.getUTCHours())}:${two(date.getUTCMinutes())}:${two(date.getUTCSeconds())}.${three(date.getUTCMilliseconds())}Z`;
}

/** An instant as the API answers it: `date.toISOString()`'s text, `2026-12-01T10:00:00.123Z`. */
export type IsoInstant = string;

const isDigit = (text: string, at: number): boolean => {
  const c = text.charCodeAt(at);
  return c >= 48 && c <= 57;
};

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The days of the month of `YYYY-MM…` (Gregorian, a leap year's February 29). */
function daysInMonth(text: string, month: number): number {
  if (month !== 2) return MONTH_DAYS[month - 1]!;
  const year = number(text, 0, 4);
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
}

/**
 * PostgreSQL's text of a timestamptz to the API's ISO 8601 text: the same as
 * `isoInstant(parsePgTimestamptz(text))`. PostgreSQL in UTC (`2026-12-01 10:00:00[.ffffff]+00`) is
 * rewritten as it is, in a third of the time or less; another offset, or anything else, goes by a Date.
 */
export function isoFromPgTimestamptz(text: string): IsoInstant {
  const length = text.length;
  // `YYYY-MM-DD HH:MM:SS` then `+00`, or `.` and 1 to 6 digits then `+00`.
  if ((length === 22 || (length >= 24 && length <= 29)) && text.charCodeAt(length - 3) === 43 && text.charCodeAt(length - 2) === 48
    && text.charCodeAt(length - 1) === 48 && text.charCodeAt(4) === 45 && text.charCodeAt(7) === 45 && text.charCodeAt(10) === 32
    && text.charCodeAt(13) === 58 && text.charCodeAt(16) === 58 && text.charCodeAt(0) !== 48
    && isDigit(text, 0) && isDigit(text, 1) && isDigit(text, 2) && isDigit(text, 3) && isDigit(text, 5) && isDigit(text, 6)
    && isDigit(text, 8) && isDigit(text, 9) && isDigit(text, 11) && isDigit(text, 12) && isDigit(text, 14) && isDigit(text, 15)
    && isDigit(text, 17) && isDigit(text, 18)) {
    let fraction = '000';
    if (length > 22) {
      if (text.charCodeAt(19) !== 46) return isoInstant(parsePgTimestamptz(text));
      for (let i = 20; i < length - 3; i++) if (!isDigit(text, i)) return isoInstant(parsePgTimestamptz(text));
      fraction = length >= 26 ? text.slice(20, 23) : length === 25 ? `${text.slice(20, 22)}0` : `${text[20]}00`;
    }
    // The fields must be a real time of a real day: what new Date would refuse goes its way.
    const month = (text.charCodeAt(5) - 48) * 10 + text.charCodeAt(6) - 48;
    const day = (text.charCodeAt(8) - 48) * 10 + text.charCodeAt(9) - 48;
    if (month >= 1 && month <= 12 && day >= 1 && (day <= 28 || day <= daysInMonth(text, month)) && text.charCodeAt(11) <= 50 && (text.charCodeAt(11) < 50 || text.charCodeAt(12) <= 51)
      && text.charCodeAt(14) <= 53 && text.charCodeAt(17) <= 53) {
      return `${text.slice(0, 10)}T${text.slice(11, 19)}.${fraction}Z`;
    }
  }
  return isoInstant(parsePgTimestamptz(text));
}
