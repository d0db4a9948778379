import { describe, expect, it } from 'vitest';
import { parsePeriodKey, periodKeyOf, periodsOfLeaseIn, periodTitle } from '../../server/domain/billing/periods.ts';

describe('parsePeriodKey', () => {
  it('reads a month and a quarter with inclusive start and end', () => {
    expect(parsePeriodKey('2026-04')).toEqual({ key: '2026-04', kind: 'month', year: 2026, index: 4, start: '2026-04-01', end: '2026-04-30' });
    expect(parsePeriodKey('2028-02')?.end).toBe('2028-02-29');
    expect(parsePeriodKey('2026-Q2')).toEqual({ key: '2026-Q2', kind: 'quarter', year: 2026, index: 2, start: '2026-04-01', end: '2026-06-30' });
    expect(parsePeriodKey('2026-Q4')?.end).toBe('2026-12-31');
    expect(parsePeriodKey('2026-Q1')?.end).toBe('2026-03-31');
  });
  it.each(['2026-13', '2026-00', '2026-4', '2026-Q5', '2026-Q0', '2026-q1', '26-04', '2026-04-01', ''])('refuses %s', (key) => expect(parsePeriodKey(key)).toBeNull());
});

describe('periodKeyOf', () => {
  it('names the month or quarter of a date', () => {
    expect(periodKeyOf('month', '2026-04-15')).toBe('2026-04');
    expect(periodKeyOf('quarter', '2026-04-15')).toBe('2026-Q2');
    expect(periodKeyOf('quarter', '2026-12-31')).toBe('2026-Q4');
    expect(periodKeyOf('quarter', '2026-03-31')).toBe('2026-Q1');
  });
});

describe('periodsOfLeaseIn: what a run bills', () => {
  it('a month run bills a monthly lease for that month', () => {
    expect(periodsOfLeaseIn('monthly', '2026-05')).toEqual([{ key: '2026-05', start: '2026-05-01', end: '2026-05-31' }]);
  });
  it('a month run bills a quarterly lease only when its quarter starts in that month', () => {
    expect(periodsOfLeaseIn('quarterly', '2026-04')).toEqual([{ key: '2026-Q2', start: '2026-04-01', end: '2026-06-30' }]);
    expect(periodsOfLeaseIn('quarterly', '2026-05')).toEqual([]);
    expect(periodsOfLeaseIn('quarterly', '2026-06')).toEqual([]);
    expect(periodsOfLeaseIn('quarterly', '2026-01')[0]?.key).toBe('2026-Q1');
  });
  it('a quarter run bills a quarterly lease for the quarter and a monthly lease for each of its months', () => {
    expect(periodsOfLeaseIn('quarterly', '2026-Q3')).toEqual([{ key: '2026-Q3', start: '2026-07-01', end: '2026-09-30' }]);
    expect(periodsOfLeaseIn('monthly', '2026-Q1')).toEqual([
      { key: '2026-01', start: '2026-01-01', end: '2026-01-31' },
      { key: '2026-02', start: '2026-02-01', end: '2026-02-28' },
      { key: '2026-03', start: '2026-03-01', end: '2026-03-31' },
    ]);
  });
  it('refuses a bad run key', () => expect(() => periodsOfLeaseIn('monthly', '2026-Q7')).toThrow(RangeError));
});

describe('periodTitle', () => {
  it('gives the parts the web labels', () => {
    expect(periodTitle('2026-04')).toEqual({ kind: 'month', year: 2026, month: 4 });
    expect(periodTitle('2026-Q2')).toEqual({ kind: 'quarter', year: 2026, quarter: 2 });
    expect(periodTitle('nonsense')).toBeNull();
  });

  it('takes the keys parsePeriodKey takes, and no others', () => {
    for (const key of ['2026-01', '2026-12', '2026-Q1', '2026-Q4', '1900-06', '1899-06', '2026-13', '2026-00', '2026-Q5', '2026-Q0', '26-01', '2026-1', ' 2026-01', '2026-01 ']) {
      const parsed = parsePeriodKey(key);
      expect(periodTitle(key), key).toEqual(parsed === null ? null : parsed.kind === 'month'
        ? { kind: 'month', year: parsed.year, month: parsed.index }
        : { kind: 'quarter', year: parsed.year, quarter: parsed.index });
    }
  });
});
