import { describe, expect, it } from 'vitest';
import { invoiceRowsForPeriod, totals, type RentRowInput } from '../../server/domain/billing/rows.ts';

const Q2_2022 = { start: '2022-04-01', end: '2022-06-30' };
const Q2_2026 = { start: '2026-04-01', end: '2026-06-30' };

function row(overrides: Partial<RentRowInput> & Pick<RentRowInput, 'amountOre' | 'per'>): RentRowInput {
  return { id: 'r1', kind: 'base_rent', description: 'Bashyra', vatRatePercent: 25, ...overrides };
}

describe('invoiceRowsForPeriod: the worked avi of DOMAIN-SE.md §7.3', () => {
  const rentRows: RentRowInput[] = [
    row({ id: 'base', kind: 'base_rent', description: 'Bashyra kontor 250 m²', amountOre: 375_000_00, per: 'year' }),
    row({ id: 'index', kind: 'index', description: 'Indextillägg (KPI okt 2021 / okt 2019)', amountOre: 11_605_76, per: 'year' }),
    row({ id: 'tax', kind: 'property_tax', description: 'Fastighetsskattetillägg', amountOre: 12_000_00, per: 'year' }),
    row({ id: 'heat', kind: 'heating', description: 'Värme a conto', amountOre: 25_000_00, per: 'year' }),
    row({ id: 'park', kind: 'parking', description: 'Parkering 2 × 750 kr/mån', amountOre: 1_500_00, per: 'month' }),
  ];
  const rows = invoiceRowsForPeriod({ leaseStart: '2020-04-01', leaseEnd: null, period: Q2_2022, billingPeriod: 'quarterly' }, rentRows);

  it('gives each row its quarter, excluding VAT', () => {
    expect(rows.map((r) => [r.rentRowId, r.netOre])).toEqual([
      ['base', 93_750_00], ['index', 2_901_44], ['tax', 3_000_00], ['heat', 6_250_00], ['park', 4_500_00],
    ]);
    expect(rows.every((r) => r.periodFrom === '2022-04-01' && r.periodTo === '2022-06-30')).toBe(true);
  });
  it('sums to 110 401,44 + moms 27 600,36 = 138 001,80', () => {
    expect(totals(rows)).toEqual({
      netOre: 110_401_44, vatOre: 27_600_36, totalOre: 138_001_80,
      vatByRate: [{ ratePercent: 25, netOre: 110_401_44, vatOre: 27_600_36 }],
    });
  });
  it('rounds VAT per row', () => {
    expect(rows.map((r) => r.vatOre)).toEqual([23_437_50, 725_36, 750_00, 1_562_50, 1_125_00]);
  });
});

describe('invoiceRowsForPeriod: amounts and proration', () => {
  it('a full quarter: a year row is a quarter of it, a month row three months', () => {
    const rows = invoiceRowsForPeriod({ leaseStart: '2026-01-01', leaseEnd: null, period: Q2_2026, billingPeriod: 'quarterly' }, [
      row({ id: 'a', amountOre: 120_000_00, per: 'year' }), row({ id: 'b', amountOre: 1_000_00, per: 'month' }),
    ]);
    expect(rows.map((r) => r.netOre)).toEqual([30_000_00, 3_000_00]);
  });
  it('a full month: a year row is a twelfth, rounded once', () => {
    const rows = invoiceRowsForPeriod({ leaseStart: '2026-01-01', leaseEnd: null, period: { start: '2026-04-01', end: '2026-04-30' }, billingPeriod: 'monthly' }, [
      row({ amountOre: 100_000_00, per: 'year' }),
    ]);
    expect(rows[0]!.netOre).toBe(8_333_33);
  });
  it('a lease starting on the 15th of a month inside the quarter pays the days it covers', () => {
    const rows = invoiceRowsForPeriod({ leaseStart: '2026-05-15', leaseEnd: null, period: Q2_2026, billingPeriod: 'quarterly' }, [
      row({ amountOre: 120_000_00, per: 'year' }),
    ]);
    // 30 000,00 × 47/91 = 15 494,505… → 15 494,51
    expect(rows[0]).toMatchObject({ periodFrom: '2026-05-15', periodTo: '2026-06-30', netOre: 15_494_51, vatOre: 3_873_63 });
  });
  it('a lease ending inside the period pays up to and including its last day', () => {
    const rows = invoiceRowsForPeriod({ leaseStart: '2025-01-01', leaseEnd: '2026-04-10', period: { start: '2026-04-01', end: '2026-04-30' }, billingPeriod: 'monthly' }, [
      row({ amountOre: 10_000_00, per: 'month' }),
    ]);
    // 10 000,00 × 10/30 = 3 333,333… → 3 333,33; moms 833,3325 → 833,33
    expect(rows[0]).toMatchObject({ periodFrom: '2026-04-01', periodTo: '2026-04-10', netOre: 3_333_33, vatOre: 833_33 });
  });
  it('leap-year February: a full month is a twelfth, a part is by its 29 days', () => {
    const feb = { start: '2028-02-01', end: '2028-02-29' };
    expect(invoiceRowsForPeriod({ leaseStart: '2027-01-01', leaseEnd: null, period: feb, billingPeriod: 'monthly' }, [row({ amountOre: 120_000_00, per: 'year' })])[0]!.netOre).toBe(10_000_00);
    const part = invoiceRowsForPeriod({ leaseStart: '2028-02-15', leaseEnd: null, period: feb, billingPeriod: 'monthly' }, [row({ amountOre: 120_000_00, per: 'year' })])[0]!;
    // 10 000,00 × 15/29 = 5 172,413… → 5 172,41
    expect(part).toMatchObject({ periodFrom: '2028-02-15', periodTo: '2028-02-29', netOre: 5_172_41 });
  });
  it('a lease both starting and ending inside the period', () => {
    const rows = invoiceRowsForPeriod({ leaseStart: '2026-04-11', leaseEnd: '2026-04-20', period: { start: '2026-04-01', end: '2026-04-30' }, billingPeriod: 'monthly' }, [
      row({ amountOre: 3_000_00, per: 'month' }),
    ]);
    expect(rows[0]).toMatchObject({ periodFrom: '2026-04-11', periodTo: '2026-04-20', netOre: 1_000_00 });
  });
  it('rounds halves away from zero, for a charge and for a discount', () => {
    const april = { start: '2026-04-01', end: '2026-04-30' };
    const lease = { leaseStart: '2026-04-16', leaseEnd: null, period: april, billingPeriod: 'monthly' as const };
    const [plus, minus] = invoiceRowsForPeriod(lease, [row({ id: 'p', amountOre: 15, per: 'month' }), row({ id: 'm', amountOre: -15, per: 'month' })]);
    expect(plus!.netOre).toBe(8);
    expect(minus!.netOre).toBe(-8);
    expect(plus!.vatOre).toBe(2);
    expect(minus!.vatOre).toBe(-2);
  });
  it('a row valid from inside the period is prorated from then; a row no longer valid is skipped', () => {
    const rows = invoiceRowsForPeriod({ leaseStart: '2020-01-01', leaseEnd: null, period: Q2_2026, billingPeriod: 'quarterly' }, [
      row({ id: 'new', amountOre: 9_100_00, per: 'month', validFrom: '2026-05-01' }),
      row({ id: 'old', amountOre: 1_000_00, per: 'month', validTo: '2026-03-31' }),
      row({ id: 'later', amountOre: 1_000_00, per: 'month', validFrom: '2026-07-01' }),
      row({ id: 'until', amountOre: 9_100_00, per: 'month', validFrom: null, validTo: '2026-04-30' }),
    ]);
    // 27 300,00 × 61/91 = 18 300,00; 27 300,00 × 30/91 = 9 000,00
    expect(rows.map((r) => [r.rentRowId, r.periodFrom, r.periodTo, r.netOre])).toEqual([
      ['new', '2026-05-01', '2026-06-30', 18_300_00],
      ['until', '2026-04-01', '2026-04-30', 9_000_00],
    ]);
  });
  it('a lease that has ended before the period, or starts after it, gets no rows', () => {
    expect(invoiceRowsForPeriod({ leaseStart: '2020-01-01', leaseEnd: '2026-03-31', period: Q2_2026, billingPeriod: 'quarterly' }, [row({ amountOre: 100, per: 'month' })])).toEqual([]);
    expect(invoiceRowsForPeriod({ leaseStart: '2026-07-01', leaseEnd: null, period: Q2_2026, billingPeriod: 'quarterly' }, [row({ amountOre: 100, per: 'month' })])).toEqual([]);
  });
});

describe('totals with 25 % and 0 % rows', () => {
  it('sums per rate, highest rate first, and VAT only on the taxed rows', () => {
    const rows = invoiceRowsForPeriod({ leaseStart: '2020-01-01', leaseEnd: null, period: Q2_2026, billingPeriod: 'quarterly' }, [
      row({ id: 'office', amountOre: 200_000_00, per: 'year', vatRatePercent: 25 }),
      row({ id: 'flat', kind: 'base_rent', description: 'Lägenhet', amountOre: 8_000_00, per: 'month', vatRatePercent: 0 }),
      row({ id: 'park', kind: 'parking', description: 'Parkering', amountOre: 333_33, per: 'month', vatRatePercent: 25 }),
    ]);
    expect(rows.map((r) => [r.netOre, r.vatOre])).toEqual([[50_000_00, 12_500_00], [24_000_00, 0], [999_99, 250_00]]);
    expect(totals(rows)).toEqual({
      netOre: 74_999_99, vatOre: 12_750_00, totalOre: 87_749_99,
      vatByRate: [{ ratePercent: 25, netOre: 50_999_99, vatOre: 12_750_00 }, { ratePercent: 0, netOre: 24_000_00, vatOre: 0 }],
    });
  });
  it('an empty invoice sums to zero', () => expect(totals([])).toEqual({ netOre: 0, vatOre: 0, totalOre: 0, vatByRate: [] }));
});
