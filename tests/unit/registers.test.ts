// The lease register's pure rules: the day a lease's rent is read at, rows in force, overlapping
// leases, the VAT a new rent row starts from (DOMAIN-SE.md §7.1), and amounts typed the Swedish way.
import { describe, expect, it } from 'vitest';
import { leaseVatRate, periodsOverlap, rentDate, rowInForce, rowsInForce, vatRateAllowed } from '../../server/domain/leases.ts';
import { kronorInput, parseDecimal, parseKronor } from '../../server/domain/money.ts';

describe('rentDate and rows in force', () => {
  const lease = { startDate: '2026-04-01', endDate: '2026-12-31' };
  it('reads an upcoming lease on its first day, an ended one on its last, a running one today', () => {
    expect(rentDate(lease, '2026-03-10')).toBe('2026-04-01');
    expect(rentDate(lease, '2026-06-15')).toBe('2026-06-15');
    expect(rentDate(lease, '2027-02-01')).toBe('2026-12-31');
    expect(rentDate({ startDate: '2020-01-01', endDate: null }, '2099-01-01')).toBe('2099-01-01');
  });
  it('counts validity inclusively, open ends open', () => {
    const row = { validFrom: '2026-04-01', validTo: '2026-06-30' };
    expect(rowInForce(row, '2026-03-31')).toBe(false);
    expect(rowInForce(row, '2026-04-01')).toBe(true);
    expect(rowInForce(row, '2026-06-30')).toBe(true);
    expect(rowInForce(row, '2026-07-01')).toBe(false);
    expect(rowInForce({ validFrom: null, validTo: null }, '1999-01-01')).toBe(true);
    expect(rowsInForce([row, { validFrom: null, validTo: '2026-03-31' }], '2026-05-01')).toEqual([row]);
  });
});

describe('periodsOverlap', () => {
  it('sees a shared day, and an open end as running on', () => {
    expect(periodsOverlap({ startDate: '2026-01-01', endDate: '2026-06-30' }, { startDate: '2026-06-30', endDate: null })).toBe(true);
    expect(periodsOverlap({ startDate: '2026-01-01', endDate: '2026-06-30' }, { startDate: '2026-07-01', endDate: null })).toBe(false);
    expect(periodsOverlap({ startDate: '2027-01-01', endDate: '2031-12-31' }, { startDate: '2026-04-01', endDate: null })).toBe(true);
    expect(periodsOverlap({ startDate: '2027-01-01', endDate: '2031-12-31' }, { startDate: '2026-04-01', endDate: '2026-12-31' })).toBe(false);
  });
});

describe('leaseVatRate', () => {
  it('charges 25 % on premises with voluntary VAT, 0 % on housing, by the main object', () => {
    expect(leaseVatRate(['premises'], true)).toBe(25);
    expect(leaseVatRate(['premises'], false)).toBe(0);
    expect(leaseVatRate(['apartment'], true)).toBe(0);
    expect(leaseVatRate(['storage', 'premises'], true)).toBe(25);
    expect(leaseVatRate(['parking', 'apartment'], true)).toBe(0);
    expect(leaseVatRate(['parking'], true)).toBe(25);
    expect(leaseVatRate([], true)).toBe(0);
  });
  it('allows 25 % only where something other than housing is let', () => {
    expect(vatRateAllowed(['apartment'], 25)).toBe(false);
    expect(vatRateAllowed(['apartment'], 0)).toBe(true);
    expect(vatRateAllowed(['apartment', 'parking'], 25)).toBe(true);
    expect(vatRateAllowed(['premises'], 12)).toBe(false);
  });
});

describe('amounts typed in kronor', () => {
  it('reads the Swedish comma, spaces between thousands, a point, "kr"', () => {
    expect(parseKronor('1 450,50')).toBe(145050);
    expect(parseKronor('1\u00a0450,5')).toBe(145050);
    expect(parseKronor('375 000')).toBe(37500000);
    expect(parseKronor('1450.05')).toBe(145005);
    expect(parseKronor('14 400 kr')).toBe(1440000);
    expect(parseKronor('0,01')).toBe(1);
  });
  it('refuses what is not an amount in kronor', () => {
    for (const text of ['', ' ', 'abc', '1,234', '1.450,50', '1,4,5', '-5', ',50', '12e3']) expect(parseKronor(text), text).toBeNull();
    expect(parseKronor('-5', { negative: true })).toBe(-500);
  });
  it('shows öre back as an edit field does', () => {
    expect(kronorInput(145050)).toBe('1 450,50');
    expect(kronorInput(145050, 'en')).toBe('1450.50');
    expect(kronorInput(1)).toBe('0,01');
    expect(kronorInput(37500000)).toBe('375 000,00');
  });
  it('reads KPI values with at most two decimals', () => {
    expect(parseDecimal('346,44', 2)).toBe(346.44);
    expect(parseDecimal('336.04', 2)).toBe(336.04);
    expect(parseDecimal('400', 2)).toBe(400);
    expect(parseDecimal('336,045', 2)).toBeNull();
    expect(parseDecimal('', 2)).toBeNull();
    expect(parseDecimal('KPI', 2)).toBeNull();
  });
});
