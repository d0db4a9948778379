import { describe, expect, it } from 'vitest';
import { ageBucket, daysOverdue, debtExceeds, debtOf, hasDebt, type DebtInput } from '../../../server/domain/payments/debt.ts';

describe('age buckets (issue 11: 1-30, 31-60, 61-90, 90+ days)', () => {
  it.each([[0, null], [-3, null], [1, '1-30'], [30, '1-30'], [31, '31-60'], [60, '31-60'], [61, '61-90'], [90, '61-90'], [91, '90+'], [400, '90+']])(
    '%i days → %s', (days, bucket) => expect(ageBucket(days)).toBe(bucket),
  );

  it('counts days from the due date: the day after is 1, the due date itself 0', () => {
    expect(daysOverdue('2026-09-30', '2026-09-30')).toBe(0);
    expect(daysOverdue('2026-09-30', '2026-10-01')).toBe(1);
    expect(daysOverdue('2026-09-30', '2026-12-29')).toBe(90);
    expect(daysOverdue('2026-09-30', '2026-09-01')).toBe(0);
  });
});

describe('debtOf: a customer\'s reskontra on a date (DOMAIN-SE.md §7.5)', () => {
  const input: DebtInput = {
    today: '2026-11-22',
    invoices: [
      { id: 'jul', totalOre: 1000000, dueDate: '2026-06-30' }, // 145 days
      { id: 'sep', totalOre: 1000000, dueDate: '2026-09-30' }, // 53 days, partly paid
      { id: 'okt', totalOre: 1000000, dueDate: '2026-10-30' }, // 23 days, half credited
      { id: 'kredit', totalOre: -500000, dueDate: '2026-11-05', creditsInvoiceId: 'okt' },
      { id: 'aug', totalOre: 1000000, dueDate: '2026-08-31' }, // paid
      { id: 'dec', totalOre: 1000000, dueDate: '2026-11-30' }, // not yet due
    ],
    allocations: [
      { invoiceId: 'sep', amountOre: 400000, paymentId: 'p1' },
      { invoiceId: 'aug', amountOre: 1000000, paymentId: 'p2' },
    ],
    payments: [{ id: 'p1', amountOre: 400000 }, { id: 'p2', amountOre: 1250000 }],
  };
  const debt = debtOf(input);

  it('sums what is left to pay on invoices past their due date, by age', () => {
    expect(debt.buckets).toEqual({ '1-30': 500000, '31-60': 600000, '61-90': 0, '90+': 1000000 });
    expect(debt.overdueOre).toBe(2100000);
  });

  it('lists the overdue invoices oldest first, a credit note counted against the invoice it credits', () => {
    expect(debt.overdueInvoices).toEqual([
      { id: 'jul', remainingOre: 1000000, dueDate: '2026-06-30', daysOverdue: 145, bucket: '90+' },
      { id: 'sep', remainingOre: 600000, dueDate: '2026-09-30', daysOverdue: 53, bucket: '31-60' },
      { id: 'okt', remainingOre: 500000, dueDate: '2026-10-30', daysOverdue: 23, bucket: '1-30' },
    ]);
  });

  it('gives what is not yet due and the money paid in but not allocated', () => {
    expect(debt.notDueOre).toBe(1000000);
    expect(debt.creditOre).toBe(250000);
  });

  it('has nothing overdue for a customer who paid everything', () => {
    expect(debtOf({ today: '2026-11-22', invoices: [{ id: 'a', totalOre: 100, dueDate: '2026-01-30' }], allocations: [{ invoiceId: 'a', amountOre: 100 }] })).toEqual({
      overdueOre: 0, notDueOre: 0, creditOre: 0, buckets: { '1-30': 0, '31-60': 0, '61-90': 0, '90+': 0 }, overdueInvoices: [],
    });
  });
});

describe('hasDebt: the rule the option rules call', () => {
  const base = { today: '2026-11-22', invoices: [{ id: 'a', totalOre: 1000000, dueDate: '2026-11-20' }], allocations: [] };
  it('is true with anything overdue, false on the due date itself', () => {
    expect(hasDebt(base)).toBe(true);
    expect(hasDebt({ ...base, today: '2026-11-20' })).toBe(false);
  });
  it('takes a threshold, and counts unallocated credit against the debt', () => {
    expect(hasDebt(base, 1000000)).toBe(false);
    expect(hasDebt({ ...base, payments: [{ id: 'p', amountOre: 1000000 }] })).toBe(false);
    expect(hasDebt({ ...base, payments: [{ id: 'p', amountOre: 999999 }] })).toBe(true);
  });
  it('is the same rule on sums already made (debtExceeds)', () => {
    expect(debtExceeds({ overdueOre: 100, creditOre: 0 })).toBe(true);
    expect(debtExceeds({ overdueOre: 100, creditOre: 100 })).toBe(false);
    expect(debtExceeds({ overdueOre: 100, creditOre: 0 }, 100)).toBe(false);
  });
});
