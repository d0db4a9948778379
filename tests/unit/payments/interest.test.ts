import { describe, expect, it } from 'vitest';
import { interestToCharge, lateInterest, referenceRateFromPolicyRate } from '../../../server/domain/payments/interest.ts';

describe('dröjsmålsränta per räntelagen (DOMAIN-SE.md §7.4)', () => {
  const zero = [{ from: '2022-01-01', rateBp: 0 }];

  it('138 001,80 kr paid 20 days late at reference 0 % (8 %) is 604,94 kr', () => {
    expect(lateInterest({ principalOre: 13800180, dueDate: '2022-03-31', paidOn: '2022-04-20', rates: zero })).toEqual({
      interestOre: 60494, periods: [{ from: '2022-04-01', to: '2022-04-20', days: 20, rateBp: 800 }],
    });
  });

  it('is nothing when paid on or before the due date', () => {
    expect(lateInterest({ principalOre: 13800180, dueDate: '2022-03-31', paidOn: '2022-03-31', rates: zero }).interestOre).toBe(0);
    expect(lateInterest({ principalOre: 13800180, dueDate: '2022-03-31', paidOn: '2022-03-01', rates: zero }).interestOre).toBe(0);
  });

  it('splits at 1 July when the reference rate changes, each day at its own rate, rounded once', () => {
    const rates = [{ from: '2026-07-01', rateBp: 200 }, { from: '2026-01-01', rateBp: 250 }];
    const result = lateInterest({ principalOre: 1000000, dueDate: '2026-06-20', paidOn: '2026-07-10', rates });
    expect(result.periods).toEqual([
      { from: '2026-06-21', to: '2026-06-30', days: 10, rateBp: 1050 },
      { from: '2026-07-01', to: '2026-07-10', days: 10, rateBp: 1000 },
    ]);
    // 1 000 000 × (1050 × 10 + 1000 × 10) / (365 × 10 000) = 5616.438… öre
    expect(result.interestOre).toBe(5616);
  });

  it('rounds half away from zero to whole öre', () => {
    // 365 öre × 800 bp × 5 days / 3 650 000 = 0.4 → 0; × 7 days → 0.56 → 1
    expect(lateInterest({ principalOre: 365, dueDate: '2026-01-01', paidOn: '2026-01-06', rates: zero }).interestOre).toBe(0);
    expect(lateInterest({ principalOre: 365, dueDate: '2026-01-01', paidOn: '2026-01-08', rates: zero }).interestOre).toBe(1);
    // 3650 × 800 × 5 / 3 650 000 = 4 exactly; 22 813 × 800 × 1 / 3 650 000 = 5.0001… → 5
    expect(lateInterest({ principalOre: 3650, dueDate: '2026-01-01', paidOn: '2026-01-06', rates: zero }).interestOre).toBe(4);
  });

  it('stays exact for large amounts (BigInt inside)', () => {
    const result = lateInterest({ principalOre: 9_000_000_000_000, dueDate: '2020-01-01', paidOn: '2026-01-01', rates: [{ from: '2020-01-01', rateBp: 0 }] });
    // 2192 days; the product passes 2^53, the quotient does not.
    expect(result.interestOre).toBe(Number((9_000_000_000_000n * 800n * 2192n + 1_825_000n) / 3_650_000n));
  });

  it('refuses a day no reference rate covers', () => {
    expect(() => lateInterest({ principalOre: 100, dueDate: '2021-12-30', paidOn: '2022-01-05', rates: zero })).toThrow(/2021-12-31/);
  });

  it('9 §: the policy rate rounded up to the nearest half percentage point', () => {
    expect(referenceRateFromPolicyRate(175)).toBe(200);
    expect(referenceRateFromPolicyRate(200)).toBe(200);
    expect(referenceRateFromPolicyRate(375)).toBe(400);
    expect(referenceRateFromPolicyRate(-25)).toBe(0);
    expect(referenceRateFromPolicyRate(-50)).toBe(-50);
  });
});

describe('interest to invoice once an invoice is paid (decision 0024)', () => {
  const zero = [{ from: '2022-01-01', rateBp: 0 }];

  it('each late part from the day after the due date to its payment day, at the rate in force', () => {
    // The DOMAIN-SE.md vector: 138 001,80 kr paid 20 days late at 0 % + 8 % is 604,94 kr.
    const charge = interestToCharge({ dueDate: '2022-03-31', paid: [{ amountOre: 13800180, paidOn: '2022-04-20' }], rates: zero, minimumOre: 5000 });
    expect(charge).toEqual({ interestOre: 60494, parts: [{ principalOre: 13800180, paidOn: '2022-04-20', interestOre: 60494, periods: [{ from: '2022-04-01', to: '2022-04-20', days: 20, rateBp: 800 }] }] });
  });

  it('a part paid on time carries none; two late parts are summed', () => {
    const paid = [{ amountOre: 6900090, paidOn: '2022-03-30' }, { amountOre: 6900090, paidOn: '2022-04-20' }, { amountOre: 6900090, paidOn: '2022-04-20' }];
    const charge = interestToCharge({ dueDate: '2022-03-31', paid, rates: zero, minimumOre: 0 })!;
    expect(charge.parts.map((p) => p.principalOre)).toEqual([6900090, 6900090]);
    expect(charge.interestOre).toBe(2 * lateInterest({ principalOre: 6900090, dueDate: '2022-03-31', paidOn: '2022-04-20', rates: zero }).interestOre);
  });

  it('nothing below the minimum, nothing for a return or an undone part, nothing when paid on the due date', () => {
    expect(interestToCharge({ dueDate: '2022-03-31', paid: [{ amountOre: 1_000_00, paidOn: '2022-04-05' }], rates: zero, minimumOre: 5000 })).toBeNull();
    expect(interestToCharge({ dueDate: '2022-03-31', paid: [{ amountOre: 1_000_00, paidOn: '2022-04-05' }], rates: zero, minimumOre: 0 })!.interestOre).toBe(110);
    expect(interestToCharge({ dueDate: '2022-03-31', paid: [{ amountOre: -5_000_00, paidOn: '2022-05-01' }, { amountOre: 0, paidOn: '2022-05-01' }], rates: zero, minimumOre: 0 })).toBeNull();
    expect(interestToCharge({ dueDate: '2022-03-31', paid: [{ amountOre: 13800180, paidOn: '2022-03-31' }], rates: zero, minimumOre: 0 })).toBeNull();
  });
});
