// An avi's rows for one billing period (issue 10, DOMAIN-SE.md §7.3): each rent row's amount for
// the period (a year row: 1/12 a month, 1/4 a quarter; a month row: itself a month, ×3 a quarter),
// prorated by day when the lease or the row's validity starts or ends inside the period (days
// covered / days in the period), rounded to öre half away from zero once per row, and its VAT
// rounded per row. A row whose validity misses the period is skipped.
import { daysInclusive, maxDate, minDate } from './calendar.ts';
import { divideRounded } from './rounding.ts';
import { vatOre } from './vat.ts';

export interface RentRowInput<K extends string = string> {
  id: string;
  kind: K;
  description: string;
  /** Excluding VAT, per `per`. */
  amountOre: number;
  per: 'year' | 'month';
  vatRatePercent: 0 | 25;
  /** Inclusive ISO dates; null or absent for open-ended. */
  validFrom?: string | null;
  validTo?: string | null;
}

export interface InvoiceRowDraft<K extends string = string> {
  rentRowId: string;
  kind: K;
  description: string;
  periodFrom: string;
  periodTo: string;
  netOre: number;
  vatRatePercent: 0 | 25;
  vatOre: number;
}

export interface LeasePeriodInput {
  leaseStart: string;
  leaseEnd: string | null;
  period: { start: string; end: string };
  billingPeriod: 'monthly' | 'quarterly';
}

/** A row's full amount for one period as a fraction: [numerator, denominator] in öre. */
function periodAmount(row: { amountOre: number; per: 'year' | 'month' }, billingPeriod: 'monthly' | 'quarterly'): [number, number] {
  if (row.per === 'month') return [row.amountOre * (billingPeriod === 'monthly' ? 1 : 3), 1];
  return [row.amountOre, billingPeriod === 'monthly' ? 12 : 4];
}

export function invoiceRowsForPeriod<K extends string>(lease: LeasePeriodInput, rentRows: RentRowInput<K>[]): InvoiceRowDraft<K>[] {
  const { period, billingPeriod } = lease;
  const periodDays = daysInclusive(period.start, period.end);
  if (periodDays === 0) throw new RangeError(`A period ends on or after its start: ${period.start}–${period.end}`);
  const rows: InvoiceRowDraft<K>[] = [];
  for (const row of rentRows) {
    let from = maxDate(period.start, lease.leaseStart);
    let to = lease.leaseEnd ? minDate(period.end, lease.leaseEnd) : period.end;
    if (row.validFrom) from = maxDate(from, row.validFrom);
    if (row.validTo) to = minDate(to, row.validTo);
    const covered = daysInclusive(from, to);
    if (covered === 0) continue;
    const [numerator, denominator] = periodAmount(row, billingPeriod);
    const netOre = divideRounded(numerator * covered, denominator * periodDays);
    rows.push({
      rentRowId: row.id, kind: row.kind, description: row.description, periodFrom: from, periodTo: to,
      netOre, vatRatePercent: row.vatRatePercent, vatOre: vatOre(netOre, row.vatRatePercent),
    });
  }
  return rows;
}

export interface InvoiceTotals {
  netOre: number;
  vatOre: number;
  totalOre: number;
  /** One entry per rate that occurs, highest rate first. */
  vatByRate: { ratePercent: number; netOre: number; vatOre: number }[];
}

/** Sums of an invoice's rows: VAT is the sum of the rows' rounded VAT, never recomputed on the total. */
export function totals(rows: { netOre: number; vatOre: number; vatRatePercent: number }[]): InvoiceTotals {
  const byRate = new Map<number, { ratePercent: number; netOre: number; vatOre: number }>();
  let netOre = 0;
  let vat = 0;
  for (const row of rows) {
    netOre += row.netOre;
    vat += row.vatOre;
    const entry = byRate.get(row.vatRatePercent) ?? { ratePercent: row.vatRatePercent, netOre: 0, vatOre: 0 };
    entry.netOre += row.netOre;
    entry.vatOre += row.vatOre;
    byRate.set(row.vatRatePercent, entry);
  }
  return { netOre, vatOre: vat, totalOre: netOre + vat, vatByRate: [...byRate.values()].sort((a, b) => b.ratePercent - a.ratePercent) };
}
