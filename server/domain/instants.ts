// Instants (timestamps with time zone) in and out, on the busiest reads: PostgreSQL's text for a
// timestamptz to a Date, and a Date to the ISO 8601 text the API answers. Both give exactly what
// `new Date(text)` and `date.toISOString()` give, without V8's general date parser and formatter
// (which formats through printf), at about two thirds and a third of their cost. Anything unusual goes the
// general way (docs/decisions/0034-rows-and-instants-on-the-hot-reads.md).

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
