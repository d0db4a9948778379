import { describe, expect, it } from 'vitest';
import {
  dueDateForPeriod, easterSunday, isBankingDay, lastBankingDayBefore, swedishHolidayNames, swedishPublicHolidays,
} from '../../server/domain/billing/holidays.ts';

describe('Swedish holidays for banks (DOMAIN-SE.md §7.2)', () => {
  it('computes Easter Sunday', () => {
    expect(easterSunday(2025)).toBe('2025-04-20');
    expect(easterSunday(2026)).toBe('2026-04-05');
    expect(easterSunday(2027)).toBe('2027-03-28');
    expect(easterSunday(2029)).toBe('2029-04-01');
    expect(easterSunday(2038)).toBe('2038-04-25');
  });
  it('holds the Easter days of 2026 and 2027', () => {
    const h2026 = swedishPublicHolidays(2026);
    for (const d of ['2026-04-03', '2026-04-05', '2026-04-06', '2026-05-14']) expect(h2026.has(d)).toBe(true);
    expect(h2026.has('2026-04-02')).toBe(false);
    const h2027 = swedishPublicHolidays(2027);
    for (const d of ['2027-03-26', '2027-03-28', '2027-03-29', '2027-05-06']) expect(h2027.has(d)).toBe(true);
  });
  it('holds the fixed days, midsummer, All Saints and the three eves', () => {
    const names = swedishHolidayNames(2026);
    expect(names.get('2026-01-01')).toBe('nyårsdagen');
    expect(names.get('2026-01-06')).toBe('trettondedag jul');
    expect(names.get('2026-05-01')).toBe('första maj');
    expect(names.get('2026-06-06')).toBe('nationaldagen');
    expect(names.get('2026-06-19')).toBe('midsommarafton');
    expect(names.get('2026-06-20')).toBe('midsommardagen');
    expect(names.get('2026-10-31')).toBe('alla helgons dag');
    expect(names.get('2026-12-24')).toBe('julafton');
    expect(names.get('2026-12-25')).toBe('juldagen');
    expect(names.get('2026-12-26')).toBe('annandag jul');
    expect(names.get('2026-12-31')).toBe('nyårsafton');
    expect(swedishHolidayNames(2027).get('2027-06-25')).toBe('midsommarafton');
    expect(swedishHolidayNames(2025).get('2025-06-20')).toBe('midsommarafton');
    expect(swedishHolidayNames(2025).get('2025-11-01')).toBe('alla helgons dag');
  });
  it('a copy of the set does not change the next answer', () => {
    swedishPublicHolidays(2026).add('2026-03-03');
    expect(swedishPublicHolidays(2026).has('2026-03-03')).toBe(false);
  });
});

describe('isBankingDay and lastBankingDayBefore', () => {
  it('weekends, holidays and eves are not banking days', () => {
    expect(isBankingDay('2026-11-23')).toBe(true);
    expect(isBankingDay('2026-11-21')).toBe(false);
    expect(isBankingDay('2026-11-22')).toBe(false);
    expect(isBankingDay('2026-04-03')).toBe(false);
    expect(isBankingDay('2026-04-06')).toBe(false);
    expect(isBankingDay('2026-06-19')).toBe(false);
    expect(isBankingDay('2025-12-31')).toBe(false);
    expect(isBankingDay('2025-12-24')).toBe(false);
    expect(isBankingDay('2025-12-30')).toBe(true);
  });
  it('steps back over Easter and midsummer', () => {
    expect(lastBankingDayBefore('2026-04-07')).toBe('2026-04-02');
    expect(lastBankingDayBefore('2027-03-30')).toBe('2027-03-25');
    expect(lastBankingDayBefore('2026-06-22')).toBe('2026-06-18');
  });
});

describe('dueDateForPeriod: the last banking day before the period starts', () => {
  it.each([
    ['2025-04-01', '2025-03-31'], ['2025-05-01', '2025-04-30'], ['2025-06-01', '2025-05-30'], ['2025-07-01', '2025-06-30'],
    ['2025-10-01', '2025-09-30'], ['2025-12-01', '2025-11-28'], ['2026-01-01', '2025-12-30'], ['2026-04-01', '2026-03-31'],
    ['2026-06-01', '2026-05-29'], ['2027-01-01', '2026-12-30'], ['2029-04-01', '2029-03-29'], ['2026-01-07', '2026-01-05'],
  ])('§7.2: period from %s is due %s', (start, due) => expect(dueDateForPeriod(start)).toBe(due));
  it('a month starting on a Sunday (2026-03-01) is due the Friday before', () => expect(dueDateForPeriod('2026-03-01')).toBe('2026-02-27'));
  it('a month starting on a Monday (2026-06-01) is due the Friday before', () => expect(dueDateForPeriod('2026-06-01')).toBe('2026-05-29'));
  it('the quarter after Easter 2027 (2027-04-01) is due 2027-03-31', () => expect(dueDateForPeriod('2027-04-01')).toBe('2027-03-31'));
  it('July after midsummer is due on the last day of June when it is a banking day', () => expect(dueDateForPeriod('2026-07-01')).toBe('2026-06-30'));
  it('January after New Year\'s Eve on a Thursday (2027): due 2026-12-30', () => expect(dueDateForPeriod('2027-01-01')).toBe('2026-12-30'));
});
