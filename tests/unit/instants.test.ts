import { describe, expect, it } from 'vitest';
import { isoFromPgTimestamptz, isoInstant, parsePgTimestamptz } from '../../server/domain/instants.ts';

// What PostgreSQL prints for a timestamptz (DateStyle ISO), in every form it takes.
const pgTexts = [
  '2026-12-01 10:00:00+00', '2026-12-01 10:00:00.1+00', '2026-12-01 10:00:00.12+00', '2026-12-01 10:00:00.123+00',
  '2026-12-01 10:00:00.123456+00', '2026-12-01 10:00:00.999999+00', '2026-03-29 01:30:00+02', '2026-10-25 02:30:00+01',
  '2024-02-29 23:59:59.5-05', '1999-12-31 23:59:59.999+05:30', '2030-01-01 00:00:00+00:00',
  '2026-06-30 22:00:00-09:30', '1000-01-01 00:00:00+00', '9999-12-31 23:59:59.999+00',
];

describe('parsePgTimestamptz', () => {
  it.each(pgTexts)('%s is the instant new Date gives', (text) => {
    expect(parsePgTimestamptz(text).getTime()).toBe(new Date(text).getTime());
  });

  it("reads an offset with seconds (a zone's local mean time before 1900), which new Date cannot", () => {
    expect(parsePgTimestamptz('1879-01-01 00:00:00+01:12:12').toISOString()).toBe('1878-12-31T22:47:48.000Z');
    expect(Number.isNaN(new Date('1879-01-01 00:00:00+01:12:12').getTime())).toBe(true);
  });

  it('cuts fractions beyond milliseconds, as new Date does', () => {
    expect(parsePgTimestamptz('2026-12-01 10:00:00.123999+00').toISOString()).toBe('2026-12-01T10:00:00.123Z');
  });

  it('leaves what is not ordinary PostgreSQL output to new Date', () => {
    for (const text of ['infinity', '-infinity', '0099-01-01 00:00:00+00', '2026-12-01T10:00:00.000Z', '2026-12-01 10:00:00', '2026-12-01 10:00:00.+00', '2026-12-01 1x:00:00+00', '0044-03-15 12:00:00+00 BC']) {
      const a = parsePgTimestamptz(text).getTime();
      const b = new Date(text).getTime();
      expect(Number.isNaN(a) ? 'NaN' : a, text).toBe(Number.isNaN(b) ? 'NaN' : b);
    }
  });

  it('agrees with new Date over ten thousand random instants and offsets', () => {
    let seed = 13;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let n = 0; n < 10_000; n++) {
      const at = new Date(Math.floor(random() * 4_102_444_800_000));
      const offsetMinutes = Math.round((random() * 28 - 14) * 4) * 15;
      const local = new Date(at.getTime() + offsetMinutes * 60_000).toISOString();
      const sign = offsetMinutes < 0 ? '-' : '+';
      const hh = String(Math.floor(Math.abs(offsetMinutes) / 60)).padStart(2, '0');
      const mm = String(Math.abs(offsetMinutes) % 60).padStart(2, '0');
      const text = `${local.slice(0, 10)} ${local.slice(11, 23)}${String(n % 1000).padStart(3, '0')}${sign}${hh}${mm === '00' ? '' : `:${mm}`}`;
      expect(parsePgTimestamptz(text).getTime(), text).toBe(new Date(text).getTime());
    }
  });
});

describe('isoInstant', () => {
  it('is toISOString', () => {
    for (const text of ['2026-12-01T10:00:00.000Z', '2026-01-09T03:04:05.007Z', '1000-01-01T00:00:00.000Z', '9999-12-31T23:59:59.999Z', '2024-02-29T12:30:45.120Z']) {
      expect(isoInstant(new Date(text))).toBe(text);
    }
    let seed = 7;
    for (let n = 0; n < 10_000; n++) {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      const date = new Date(Math.floor((seed / 2 ** 31) * 4_102_444_800_000));
      expect(isoInstant(date)).toBe(date.toISOString());
    }
  });

  it('goes the general way outside years 1000-9999, and throws as toISOString does on an invalid date', () => {
    expect(isoInstant(new Date('0099-01-01T00:00:00.000Z'))).toBe('0099-01-01T00:00:00.000Z');
    expect(isoInstant(new Date(8.64e15))).toBe(new Date(8.64e15).toISOString());
    expect(() => isoInstant(new Date(NaN))).toThrow(RangeError);
  });
});

describe('isoFromPgTimestamptz', () => {
  /** What a conversion gives for a text: its result, or the kind of error it throws. */
  const outcome = (convert: (text: string) => string) => (text: string) => {
    try {
      return convert(text);
    } catch (error) {
      return error instanceof RangeError ? 'RangeError' : 'other error';
    }
  };
  const byDate = outcome((text) => isoInstant(parsePgTimestamptz(text)));
  const direct = outcome(isoFromPgTimestamptz);

  it.each(pgTexts)('%s is the text by a Date', (text) => {
    expect(isoFromPgTimestamptz(text)).toBe(byDate(text));
  });

  it('rewrites PostgreSQL in UTC with every length of fraction', () => {
    expect(isoFromPgTimestamptz('2026-12-01 10:00:00+00')).toBe('2026-12-01T10:00:00.000Z');
    expect(isoFromPgTimestamptz('2026-12-01 10:00:00.1+00')).toBe('2026-12-01T10:00:00.100Z');
    expect(isoFromPgTimestamptz('2026-12-01 10:00:00.12+00')).toBe('2026-12-01T10:00:00.120Z');
    expect(isoFromPgTimestamptz('2026-12-01 10:00:00.1234+00')).toBe('2026-12-01T10:00:00.123Z');
    expect(isoFromPgTimestamptz('2024-02-29 23:59:59.999999+00')).toBe('2024-02-29T23:59:59.999Z');
  });

  it('gives what the way by a Date gives for anything unusual: other offsets, impossible days and times, no digits, other forms', () => {
    for (const text of ['infinity', '-infinity', '0099-01-01 00:00:00+00', '2026-12-01T10:00:00.000Z', '2026-12-01 10:00:00', '2026-12-01 10:00:00.+00',
      '2026-12-01 1x:00:00+00', '2026-12-01 10:00:00.12x+00', '0044-03-15 12:00:00+00 BC', '2026-02-29 10:00:00+00', '2026-02-30 10:00:00+00',
      '2026-04-31 10:00:00+00', '2026-13-01 10:00:00+00', '2026-00-10 10:00:00+00', '2026-12-00 10:00:00+00', '2026-12-01 24:00:00+00',
      '2026-12-01 10:60:00+00', '2026-12-01 10:00:60+00', '2026-12-01 10:00:00+01', '2026-12-01 10:00:00+00:30', '2026-12-01 10:00:00.1234567+00',
      '1900-02-29 10:00:00+00', '2000-02-29 10:00:00+00', '2100-02-29 10:00:00+00', '2026-12-31 23:59:59.999+00', '2026-11-31 10:00:00+00']) {
      expect(direct(text), text).toBe(byDate(text));
    }
  });

  it('agrees with the way by a Date over ten thousand random instants, in UTC and at offsets', () => {
    let seed = 29;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let n = 0; n < 10_000; n++) {
      const at = new Date(Math.floor(random() * 4_102_444_800_000));
      const offsetMinutes = n % 3 === 0 ? Math.round((random() * 28 - 14) * 4) * 15 : 0;
      const local = new Date(at.getTime() + offsetMinutes * 60_000).toISOString();
      const sign = offsetMinutes < 0 ? '-' : '+';
      const hh = String(Math.floor(Math.abs(offsetMinutes) / 60)).padStart(2, '0');
      const mm = String(Math.abs(offsetMinutes) % 60).padStart(2, '0');
      const digits = n % 7; // PostgreSQL leaves out trailing zeros of the fraction, and the point with them
      const fraction = digits === 0 ? '' : `.${`${local.slice(20, 23)}${String(n % 1000).padStart(3, '0')}`.slice(0, digits)}`;
      const text = `${local.slice(0, 10)} ${local.slice(11, 19)}${fraction}${sign}${hh}${mm === '00' ? '' : `:${mm}`}`;
      expect(isoFromPgTimestamptz(text), text).toBe(byDate(text));
    }
  });
});
