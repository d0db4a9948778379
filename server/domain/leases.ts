// Lease rules without I/O: status by dates, the rent rows in force and the yearly rent of its rows,
// whether two leases of an object overlap, and the VAT rate a new rent row starts from.
import { defaultVatRate, type RentalObjectType, type VatRatePercent } from './billing/vat.ts';

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

/**
 * The day a lease's current rent is read at: today, or its first day while it is upcoming, or its
 * last day once it has ended (an ended lease shows the rent it ended with).
 */
export function rentDate(lease: { startDate: string; endDate: string | null }, today: string): string {
  if (today < lease.startDate) return lease.startDate;
  if (lease.endDate !== null && today > lease.endDate) return lease.endDate;
  return today;
}

/** Whether a rent row applies on a day (its validity is inclusive; null is open). */
export function rowInForce(row: { validFrom?: string | null; validTo?: string | null }, date: string): boolean {
  return (!row.validFrom || row.validFrom <= date) && (!row.validTo || row.validTo >= date);
}

/** The rent rows that apply on a day. */
export function rowsInForce<R extends { validFrom?: string | null; validTo?: string | null }>(rows: readonly R[], date: string): R[] {
  return rows.filter((row) => rowInForce(row, date));
}

/** Two periods of inclusive dates overlap; an end of null runs until further notice. */
export function periodsOverlap(a: { startDate: string; endDate: string | null }, b: { startDate: string; endDate: string | null }): boolean {
  return (a.endDate === null || a.endDate >= b.startDate) && (b.endDate === null || b.endDate >= a.startDate);
}

const OBJECT_ORDER: readonly RentalObjectType[] = ['premises', 'apartment', 'parking', 'storage'];

/**
 * The VAT rate a new rent row of a lease starts from: that of the lease's main object (premises,
 * else an apartment, else parking or storage), with the lease's voluntary VAT (DOMAIN-SE.md §7.1):
 * a lokal with voluntary VAT 25 %, housing 0 %. Staff may change it per row.
 */
export function leaseVatRate(objectTypes: readonly RentalObjectType[], voluntaryVat: boolean): VatRatePercent {
  const main = [...objectTypes].sort((a, b) => OBJECT_ORDER.indexOf(a) - OBJECT_ORDER.indexOf(b))[0];
  return main === undefined ? 0 : defaultVatRate(main, voluntaryVat);
}

/** Housing is let without VAT: a lease of apartments alone takes no 25 % row. */
export function vatRateAllowed(objectTypes: readonly RentalObjectType[], ratePercent: number): boolean {
  if (ratePercent === 0) return true;
  return ratePercent === 25 && objectTypes.some((type) => type !== 'apartment');
}
