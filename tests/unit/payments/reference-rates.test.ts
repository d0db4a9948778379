// The reference rates the late interest is computed from (räntelagen 9 §), as Riksbanken published them:
// its table to 2023-07-01, and after it the policy rate in effect at the end of each half-year, rounded
// up to the nearest half percentage point. A December decision applies from January: the cut to 2.50 %
// of 19 December 2024 applied from 8 January 2025, so 31 December 2024 was still at 2.75 %.
import { describe, expect, it } from 'vitest';
import { REFERENCE_RATES } from '../../../server/domain/payments/reference-rates.ts';
import { referenceRateFromPolicyRate } from '../../../server/domain/payments/interest.ts';

const published: [from: string, percent: number][] = [
  ['2019-01-01', -0.5], ['2019-07-01', 0], ['2020-01-01', 0], ['2020-07-01', 0], ['2021-01-01', 0], ['2021-07-01', 0],
  ['2022-01-01', 0], ['2022-07-01', 0.5], ['2023-01-01', 2.5], ['2023-07-01', 3.5],
];
/** The policy rate in effect on the last day of the half-year before (bp). */
const policyRateBefore: [from: string, policyBp: number][] = [
  ['2024-01-01', 400], ['2024-07-01', 375], ['2025-01-01', 275], ['2025-07-01', 200], ['2026-01-01', 175],
];

/** The rate the table gives on a day: its latest entry from on or before it. */
const rateOn = (day: string) => [...REFERENCE_RATES].sort((a, b) => a.from.localeCompare(b.from)).filter((r) => r.from <= day).at(-1)!.rateBp;

describe('REFERENCE_RATES', () => {
  it.each(published)('gives Riksbanken\'s published rate from %s: %d %%', (from, percent) => {
    expect(rateOn(from)).toBe(Math.round(percent * 100));
  });

  it.each(policyRateBefore)('from %s gives the policy rate before it (%d bp) rounded up to a half point', (from, policyBp) => {
    expect(rateOn(from)).toBe(referenceRateFromPolicyRate(policyBp));
  });

  it('holds 3.00 % for the first half of 2025 and 2.00 % after', () => {
    expect(rateOn('2025-03-15')).toBe(300);
    expect(rateOn('2025-09-15')).toBe(200);
    expect(rateOn('2026-03-15')).toBe(200);
  });
});
