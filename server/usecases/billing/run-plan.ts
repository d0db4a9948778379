// What a run for a period makes of each lease: its avier (the lease's billing periods that start in
// the run's period, rows prorated by day), or why it gets none. No I/O: the preview, the run's
// batches and the demo data all plan with this, from rows the repositories read.
import type { SkippedLease } from '../../db/schema/index.ts';
import {
  dueDateForPeriod, invoiceRowsForPeriod, parsePeriodKey, periodsOfLeaseIn, totals,
  type InvoiceRowDraft, type InvoiceTotals, type ParsedPeriod, type Period,
} from '../../domain/billing/index.ts';
import { AppError } from '../../errors.ts';
import type { RunLease } from '../../repositories/invoice-runs.ts';

export interface PlannedRentRow {
  id: string; leaseId: string; kind: string; description: string; amountOre: number; per: 'year' | 'month';
  vatRatePercent: number; validFrom: string | null; validTo: string | null;
}

export interface RentInvoicePlan {
  lease: RunLease;
  period: Period;
  dueDate: string;
  rows: InvoiceRowDraft[];
  totals: InvoiceTotals;
}

export interface RunPlan {
  invoices: RentInvoicePlan[];
  skipped: SkippedLease[];
  /** Leases with at least one avi to make. */
  leaseIds: string[];
}

/** The run's period, or a refusal in words (422) for a key that is not 'YYYY-MM' or 'YYYY-QN'. */
export function runPeriod(key: string): ParsedPeriod {
  const parsed = parsePeriodKey(key.trim());
  if (!parsed) throw new AppError('INVALID_PERIOD', { period: key.slice(0, 20) }, { details: { field: 'period' } });
  return parsed;
}

/** The date from which an ended lease is still listed as skipped ("ended"): a year before the run's period. */
export function endedSince(run: ParsedPeriod): string {
  return `${run.year - 1}${run.start.slice(4)}`;
}

export const rentInvoiceKey = (leaseId: string, periodKey: string) => `${leaseId}|${periodKey}`;

/** The leases' periods a run bills (a quarter run bills a monthly lease three times), deduplicated. */
export function periodKeysOf(run: ParsedPeriod): string[] {
  return [...new Set([...periodsOfLeaseIn('monthly', run.key), ...periodsOfLeaseIn('quarterly', run.key)].map((p) => p.key))];
}

export function planRun(run: ParsedPeriod, leases: RunLease[], rentRows: PlannedRentRow[], existing: Set<string>): RunPlan {
  const rowsByLease = new Map<string, PlannedRentRow[]>();
  for (const row of rentRows) {
    const list = rowsByLease.get(row.leaseId);
    if (list) list.push(row); else rowsByLease.set(row.leaseId, [row]);
  }
  const plan: RunPlan = { invoices: [], skipped: [], leaseIds: [] };
  for (const lease of leases) {
    const periods = periodsOfLeaseIn(lease.billingPeriod, run.key);
    // A quarterly lease in a run for February: not its turn, so not listed at all.
    if (periods.length === 0) continue;
    const skip = (reason: SkippedLease['reason']) => plan.skipped.push({ leaseId: lease.id, leaseNumber: lease.number, customerName: lease.customerName, reason });
    if (lease.endDate !== null && lease.endDate < periods[0]!.start) { skip('ended'); continue; }
    if (lease.startDate > periods[periods.length - 1]!.end) { skip('not_started'); continue; }
    let already = 0;
    let made = 0;
    for (const period of periods) {
      if (lease.startDate > period.end || (lease.endDate !== null && lease.endDate < period.start)) continue;
      if (existing.has(rentInvoiceKey(lease.id, period.key))) { already++; continue; }
      const rows = invoiceRowsForPeriod(
        { leaseStart: lease.startDate, leaseEnd: lease.endDate, period, billingPeriod: lease.billingPeriod },
        (rowsByLease.get(lease.id) ?? []).map((r) => ({ ...r, vatRatePercent: r.vatRatePercent === 25 ? 25 as const : 0 as const })),
      );
      if (rows.length === 0) continue;
      plan.invoices.push({ lease, period, dueDate: dueDateForPeriod(period.start), rows, totals: totals(rows) });
      made++;
    }
    if (made > 0) plan.leaseIds.push(lease.id);
    else skip(already > 0 ? 'already_invoiced' : 'no_rent_rows');
  }
  return plan;
}

/** A run that would make nothing is refused: in words, saying whether the period was run already. */
export function refuseEmptyRun(run: ParsedPeriod, plan: RunPlan): void {
  if (plan.invoices.length > 0) return;
  if (plan.skipped.some((s) => s.reason === 'already_invoiced')) throw new AppError('PERIOD_ALREADY_RUN', { period: run.key });
  throw new AppError('NOTHING_TO_INVOICE', { period: run.key });
}
