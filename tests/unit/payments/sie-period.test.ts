import { describe, expect, it } from 'vitest';
import { BAS_ACCOUNT_PLAN } from '../../../server/domain/payments/sie.ts';
import { accountPlanWith, financialYearsOf, periodVouchers } from '../../../server/domain/payments/sie-period.ts';

describe('accountPlanWith: the settings over the BAS plan', () => {
  it('is the BAS plan without settings', () => {
    expect(accountPlanWith(null)).toEqual(BAS_ACCOUNT_PLAN);
  });

  it('puts the accounts the settings give in place, with their names', () => {
    const plan = accountPlanWith({ bank: '1940', income: { 25: '3010' }, names: { 1940: 'Övriga bankkonton', 3010: 'Hyror lokaler' } });
    expect(plan.bank).toBe('1940');
    expect(plan.income).toEqual({ 0: '3911', 25: '3010' });
    expect(plan.receivables).toBe('1510');
    expect(plan.names[1940]).toBe('Övriga bankkonton');
    expect(plan.names[1510]).toBe('Kundfordringar');
  });

  it('refuses an account that is not four digits', () => {
    expect(() => accountPlanWith({ bank: '19 30' })).toThrow(/four digits/);
  });
});

describe('financialYearsOf', () => {
  it('gives the calendar years of the period, the latest first', () => {
    expect(financialYearsOf('2026-03-01', '2026-03-31')).toEqual([{ start: '2026-01-01', end: '2026-12-31' }]);
    expect(financialYearsOf('2025-12-01', '2026-01-31')).toEqual([{ start: '2026-01-01', end: '2026-12-31' }, { start: '2025-01-01', end: '2025-12-31' }]);
  });
});

describe('periodVouchers', () => {
  const plan = BAS_ACCOUNT_PLAN;
  const vouchers = periodVouchers({
    invoices: [
      { number: '12', issueDate: '2026-03-10', kind: 'rent', rows: [{ netOre: 10000_00, vatOre: 2500_00, vatRatePercent: 25 }] },
      { number: '11', issueDate: '2026-03-02', kind: 'one_off', rows: [{ netOre: 60_00, vatOre: 0, vatRatePercent: 0, kind: 'reminder_fee' }] },
    ],
    payments: [
      { date: '2026-03-28', text: 'Inbetalning OCR 1234', amountOre: 13000_00, allocatedOre: 12500_00 },
      { date: '2026-03-05', text: 'Återbetalning', amountOre: -100_00, allocatedOre: 0 },
    ],
    laterAllocations: [
      { date: '2026-03-20', text: 'Tillgodo till faktura 12', amountOre: 300_00 },
      { date: '2026-03-21', text: 'Ingenting', amountOre: 0 },
    ],
  }, plan);

  it('numbers invoices as series A by issue date and money as series B by date', () => {
    expect(vouchers.map((v) => `${v.series}${v.number} ${v.date} ${v.text}`)).toEqual([
      'A1 2026-03-02 Faktura 11',
      'A2 2026-03-10 Hyresavi 12',
      'B1 2026-03-05 Återbetalning',
      'B2 2026-03-20 Tillgodo till faktura 12',
      'B3 2026-03-28 Inbetalning OCR 1234',
    ]);
  });

  it('books each voucher balanced: a refund out of advances, credit used from advances to receivables', () => {
    for (const v of vouchers) expect(v.transactions.reduce((s, t) => s + t.amountOre, 0)).toBe(0);
    expect(vouchers[2]!.transactions).toEqual([{ account: '1930', amountOre: -100_00 }, { account: '2420', amountOre: 100_00 }]);
    expect(vouchers[3]!.transactions).toEqual([{ account: '2420', amountOre: 300_00 }, { account: '1510', amountOre: -300_00 }]);
    expect(vouchers[4]!.transactions).toEqual([{ account: '1930', amountOre: 13000_00 }, { account: '1510', amountOre: -12500_00 }, { account: '2420', amountOre: -500_00 }]);
  });
});
