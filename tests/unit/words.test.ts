// Words and numbers as the tenant reads them: mobile numbers the Swedish way, rent per billing period.
import { describe, expect, it } from 'vitest';
import { formatMobile, normalizeMobile } from '../../server/domain/contact.ts';
import { periodAmountOre, yearlyAmountOre } from '../../server/domain/leases.ts';

describe('formatMobile', () => {
  it.each([
    ['+46701234567', '070-123 45 67'],
    ['+46739876543', '073-987 65 43'],
    ['+46761112233', '076-111 22 33'],
  ])('shows the Swedish number %s as %s', (e164, shown) => expect(formatMobile(e164)).toBe(shown));

  it.each(['+4915112345678', '+4712345678', '+358401234567'])('leaves the foreign number %s international', (e164) =>
    expect(formatMobile(e164)).toBe(e164));

  it('shows what is not a Swedish mobile number as it is', () => {
    expect(formatMobile('+46311234500')).toBe('+46311234500');
    expect(formatMobile('')).toBe('');
  });

  it('gives a form the server takes back as the same stored number', () => {
    for (const e164 of ['+46701234567', '+46739876543', '+4915112345678']) expect(normalizeMobile(formatMobile(e164))).toBe(e164);
  });
});

describe('periodAmountOre', () => {
  it('gives a yearly row per month and per quarter', () => {
    expect(periodAmountOre({ amountOre: 342_000_00, per: 'year' }, 'quarterly')).toBe(85_500_00);
    expect(periodAmountOre({ amountOre: 342_000_00, per: 'year' }, 'monthly')).toBe(28_500_00);
  });
  it('gives a monthly row per month and per quarter', () => {
    expect(periodAmountOre({ amountOre: 1_450_00, per: 'month' }, 'monthly')).toBe(1_450_00);
    expect(periodAmountOre({ amountOre: 1_450_00, per: 'month' }, 'quarterly')).toBe(4_350_00);
    expect(yearlyAmountOre({ amountOre: 1_450_00, per: 'month' })).toBe(17_400_00);
  });
  it('rounds to whole öre', () => {
    expect(periodAmountOre({ amountOre: 100_001, per: 'year' }, 'quarterly')).toBe(25_000);
    expect(periodAmountOre({ amountOre: 100, per: 'year' }, 'monthly')).toBe(8);
  });
});
