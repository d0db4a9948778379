import { describe, expect, it } from 'vitest';
import { languageFrom } from '../../server/i18n/language.ts';
import { leaseStatus, yearlyRentOre } from '../../server/domain/leases.ts';
import { absoluteExpiry, isSessionValid, needsTouch } from '../../server/domain/session-expiry.ts';
import { normalizeEmail, normalizeMobile } from '../../server/domain/contact.ts';
import { addMonths, swedishDate, swedishYear } from '../../server/domain/dates.ts';

describe('languageFrom', () => {
  it.each([
    [undefined, 'sv'], ['en', 'en'], ['en-GB,en;q=0.9', 'en'], ['sv-SE,sv;q=0.9,en;q=0.8', 'sv'],
    ['de-DE,en;q=0.5', 'en'], ['fr', 'sv'], ['en;q=0.2,sv;q=0.8', 'sv'], ['en;q=0', 'sv'],
  ])('%s gives %s', (header, lang) => expect(languageFrom(header)).toBe(lang));
});

describe('leaseStatus', () => {
  const lease = { startDate: '2026-01-01', endDate: '2026-12-31' };
  it('is upcoming before the start, active through the end date, terminated after it', () => {
    expect(leaseStatus(lease, '2025-12-31')).toBe('upcoming');
    expect(leaseStatus(lease, '2026-01-01')).toBe('active');
    expect(leaseStatus(lease, '2026-12-31')).toBe('active');
    expect(leaseStatus(lease, '2027-01-01')).toBe('terminated');
    expect(leaseStatus({ startDate: '2020-01-01', endDate: null }, '2099-01-01')).toBe('active');
  });
  it('sums rent rows per year in öre', () => {
    expect(yearlyRentOre([{ amountOre: 100_00, per: 'month' }, { amountOre: 5000_00, per: 'year' }])).toBe(6200_00);
  });
});

describe('session expiry', () => {
  const created = new Date('2026-11-22T08:00:00Z');
  const session = { lastSeenAt: created, expiresAt: absoluteExpiry(created, 12) };
  it('is valid until idle too long or past the absolute expiry', () => {
    expect(isSessionValid(session, new Date('2026-11-22T08:29:59Z'), 30)).toBe(true);
    expect(isSessionValid(session, new Date('2026-11-22T08:30:00Z'), 30)).toBe(false);
    expect(isSessionValid({ ...session, lastSeenAt: new Date('2026-11-22T19:59:00Z') }, new Date('2026-11-22T20:00:00Z'), 30)).toBe(false);
  });
  it('writes last-seen at most once a minute', () => {
    expect(needsTouch(session, new Date('2026-11-22T08:00:59Z'))).toBe(false);
    expect(needsTouch(session, new Date('2026-11-22T08:01:00Z'))).toBe(true);
  });
});

describe('contact details', () => {
  it.each([
    ['070-123 45 67', '+46701234567'], ['0701234567', '+46701234567'], ['+46 70 123 45 67', '+46701234567'],
    ['0046701234567', '+46701234567'], ['073-987 65 43', '+46739876543'], ['+4915112345678', '+4915112345678'],
  ])('normalizes the mobile number %s', (input, e164) => expect(normalizeMobile(input)).toBe(e164));
  it.each(['031-123 45 00', '08-123 456', '07012345', 'abc', '+46 31 123 45 00', ''])('refuses %s as a mobile number', (input) =>
    expect(normalizeMobile(input)).toBeNull());
  it('normalizes e-mail and refuses what is not one', () => {
    expect(normalizeEmail(' Lisa@CafeLunden.se ')).toBe('lisa@cafelunden.se');
    for (const bad of ['lisa', 'lisa@', '@x.se', 'a b@x.se', 'a@x', 'a@@x.se']) expect(normalizeEmail(bad)).toBeNull();
  });
});

describe('dates', () => {
  it('gives the Swedish calendar date whatever the clock zone', () => {
    expect(swedishDate(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    expect(swedishDate(new Date('2026-06-30T21:59:00Z'))).toBe('2026-06-30');
  });
  it('is formatted once a minute, yet turns at midnight to the millisecond', () => {
    expect(swedishDate(new Date('2026-06-30T21:59:00.000Z'))).toBe('2026-06-30');
    expect(swedishDate(new Date('2026-06-30T21:59:59.999Z'))).toBe('2026-06-30');
    expect(swedishDate(new Date('2026-06-30T22:00:00.000Z'))).toBe('2026-07-01');
    expect(swedishDate(new Date('2026-06-30T21:59:30.000Z'))).toBe('2026-06-30');
    expect(() => swedishDate(new Date(NaN))).toThrow(RangeError);
  });
  it('knows midnight on both sides of the summer-time change (CET +01:00, CEST +02:00)', () => {
    // Winter: midnight is 23:00 UTC.
    expect(swedishDate(new Date('2026-03-28T22:59:59Z'))).toBe('2026-03-28');
    expect(swedishDate(new Date('2026-03-28T23:00:00Z'))).toBe('2026-03-29');
    // 29 March 2026, 01:00 UTC: 02:00 becomes 03:00; from then on midnight is 22:00 UTC.
    expect(swedishDate(new Date('2026-03-29T21:59:59Z'))).toBe('2026-03-29');
    expect(swedishDate(new Date('2026-03-29T22:00:00Z'))).toBe('2026-03-30');
    // 25 October 2026, 01:00 UTC: 03:00 becomes 02:00 again; that evening midnight is 23:00 UTC.
    expect(swedishDate(new Date('2026-10-24T21:59:59Z'))).toBe('2026-10-24');
    expect(swedishDate(new Date('2026-10-24T22:00:00Z'))).toBe('2026-10-25');
    expect(swedishDate(new Date('2026-10-25T22:59:59Z'))).toBe('2026-10-25');
    expect(swedishDate(new Date('2026-10-25T23:00:00Z'))).toBe('2026-10-26');
  });
  it('gives the Swedish year: 23:30 UTC on New Year\'s Eve is already next year', () => {
    expect(swedishYear(new Date('2026-12-31T22:59:59Z'))).toBe(2026);
    expect(swedishYear(new Date('2026-12-31T23:30:00Z'))).toBe(2027);
  });
  it('adds months, clamping to the end of the month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-11-15', 3)).toBe('2027-02-15');
  });
});
