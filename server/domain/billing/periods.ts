// Billing periods (DOMAIN-SE.md §7.1 "Payment period": monthly or quarterly, in advance). A period
// key is 'YYYY-MM' (a month) or 'YYYY-QN' (a quarter).
// Which lease periods an invoice run bills (decided here, used by the run and its preview):
// - a run for a month bills monthly leases for that month, and quarterly leases whose quarter
//   starts in that month (January, April, July, October);
// - a run for a quarter bills quarterly leases for that quarter, and monthly leases for each of
//   the quarter's three months (three avier each).
import { isoDate, lastDayOfMonth } from './calendar.ts';

export type PeriodKind = 'month' | 'quarter';
export type LeaseBillingPeriod = 'monthly' | 'quarterly';

export interface Period { key: string; start: string; end: string }

export interface ParsedPeriod extends Period {
  kind: PeriodKind;
  year: number;
  /** The month (1–12) or the quarter (1–4). */
  index: number;
}

const KEY = /^(\d{4})-(?:(0[1-9]|1[0-2])|Q([1-4]))$/;

export function parsePeriodKey(key: string): ParsedPeriod | null {
  const m = KEY.exec(key);
  if (!m) return null;
  const year = Number(m[1]);
  if (year < 1900) return null;
  if (m[2]) {
    const month = Number(m[2]);
    const start = isoDate(year, month, 1);
    return { key, kind: 'month', year, index: month, start, end: lastDayOfMonth(start) };
  }
  const quarter = Number(m[3]);
  const start = isoDate(year, quarter * 3 - 2, 1);
  return { key, kind: 'quarter', year, index: quarter, start, end: lastDayOfMonth(isoDate(year, quarter * 3, 1)) };
}

/** The key of the month or quarter a date lies in. */
export function periodKeyOf(kind: PeriodKind, date: string): string {
  const year = date.slice(0, 4);
  const month = Number(date.slice(5, 7));
  return kind === 'month' ? `${year}-${String(month).padStart(2, '0')}` : `${year}-Q${Math.ceil(month / 3)}`;
}

function period(key: string): Period {
  const parsed = parsePeriodKey(key)!;
  return { key, start: parsed.start, end: parsed.end };
}

/** The lease periods a run for `runKey` bills for a lease with this billing period (see the header). */
export function periodsOfLeaseIn(billingPeriod: LeaseBillingPeriod, runKey: string): Period[] {
  const run = parsePeriodKey(runKey);
  if (!run) throw new RangeError(`Not a billing period key (YYYY-MM or YYYY-QN): "${runKey}"`);
  if (run.kind === 'month') {
    if (billingPeriod === 'monthly') return [period(runKey)];
    return run.index % 3 === 1 ? [period(periodKeyOf('quarter', run.start))] : [];
  }
  if (billingPeriod === 'quarterly') return [period(runKey)];
  const first = run.index * 3 - 2;
  return [first, first + 1, first + 2].map((month) => period(`${run.year}-${String(month).padStart(2, '0')}`));
}

export type PeriodTitle =
  | { kind: 'month'; year: number; month: number }
  | { kind: 'quarter'; year: number; quarter: number };

/** What the web needs to label a period ("April 2026", "Kvartal 2 2026"), or null for a bad key. */
export function periodTitle(key: string): PeriodTitle | null {
  // Read off the key alone (every row of an invoice list asks): the same keys as parsePeriodKey takes.
  const m = KEY.exec(key);
  if (!m) return null;
  const year = Number(m[1]);
  if (year < 1900) return null;
  return m[2] ? { kind: 'month', year, month: Number(m[2]) } : { kind: 'quarter', year, quarter: Number(m[3]) };
}
