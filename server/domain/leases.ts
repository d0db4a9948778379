// Lease rules without I/O: status by dates, and the yearly rent of its rows.
export type LeaseStatus = 'upcoming' | 'active' | 'terminated';

/** Dates are ISO strings (YYYY-MM-DD) of business meaning; string comparison orders them. */
export function leaseStatus(lease: { startDate: string; endDate: string | null }, today: string): LeaseStatus {
  if (today < lease.startDate) return 'upcoming';
  if (lease.endDate !== null && today > lease.endDate) return 'terminated';
  return 'active';
}

export function yearlyAmountOre(row: { amountOre: number; per: 'year' | 'month' }): number {
  return row.per === 'year' ? row.amountOre : row.amountOre * 12;
}

export function yearlyRentOre(rows: { amountOre: number; per: 'year' | 'month' }[]): number {
  return rows.reduce((sum, row) => sum + yearlyAmountOre(row), 0);
}

export type BillingPeriod = 'monthly' | 'quarterly';

/**
 * A rent row's amount for one billing period (a month or a quarter, billed in advance): a
 * twelfth or a quarter of the yearly amount, rounded to whole öre.
 */
export function periodAmountOre(row: { amountOre: number; per: 'year' | 'month' }, period: BillingPeriod): number {
  if (row.per === 'month') return period === 'monthly' ? row.amountOre : row.amountOre * 3;
  return Math.round(row.amountOre / (period === 'monthly' ? 12 : 4));
}
