// What a run for a period makes of each lease, and why it skips one (server/usecases/billing/run-plan.ts).
import { describe, expect, it } from 'vitest';
import { endedSince, periodKeysOf, planRun, refuseEmptyRun, runPeriod, type PlannedRentRow } from '../../server/usecases/billing/run-plan.ts';
import type { RunLease } from '../../server/repositories/invoice-runs.ts';
import { AppError } from '../../server/errors.ts';

const lease = (number: string, over: Partial<RunLease> = {}): RunLease => ({
  id: `lease-${number}`, number, customerId: `customer-${number}`, customerName: `Kund ${number}`,
  startDate: '2024-01-01', endDate: null, billingPeriod: 'quarterly', ...over,
});
const row = (leaseId: string, over: Partial<PlannedRentRow> = {}): PlannedRentRow => ({
  id: `row-${leaseId}-${over.kind ?? 'base_rent'}`, leaseId, kind: 'base_rent', description: 'Grundhyra', amountOre: 120_000_00, per: 'year',
  vatRatePercent: 25, validFrom: null, validTo: null, ...over,
});

describe('planRun', () => {
  const q2 = runPeriod('2026-Q2');

  it('bills a quarterly lease once and a monthly lease for each month of a quarter run', () => {
    const leases = [lease('1'), lease('2', { billingPeriod: 'monthly' })];
    const plan = planRun(q2, leases, [row('lease-1'), row('lease-2', { amountOre: 1_000_00, per: 'month' })], new Set());
    expect(plan.invoices.map((i) => [i.lease.number, i.period.key, i.dueDate, i.totals.totalOre])).toEqual([
      ['1', '2026-Q2', '2026-03-31', 37_500_00],
      ['2', '2026-04', '2026-03-31', 1_250_00],
      ['2', '2026-05', '2026-04-30', 1_250_00],
      ['2', '2026-06', '2026-05-29', 1_250_00],
    ]);
    expect(plan.leaseIds).toEqual(['lease-1', 'lease-2']);
    expect(plan.skipped).toEqual([]);
  });

  it('skips, with the reason: ended, not started, no rent rows, already invoiced', () => {
    const leases = [
      lease('ended', { startDate: '2020-01-01', endDate: '2026-03-31' }),
      lease('later', { startDate: '2026-07-01' }),
      lease('norows'),
      lease('done'),
      lease('expired', { startDate: '2024-01-01', endDate: '2026-05-31' }),
    ];
    const rows = [row('lease-ended'), row('lease-later'), row('lease-done'), row('lease-expired'), row('lease-norows', { validTo: '2026-03-31' })];
    const plan = planRun(q2, leases, rows, new Set(['lease-done|2026-Q2']));
    expect(plan.skipped.map((s) => [s.leaseNumber, s.reason])).toEqual([
      ['ended', 'ended'], ['later', 'not_started'], ['norows', 'no_rent_rows'], ['done', 'already_invoiced'],
    ]);
    // A lease that ends inside the quarter is billed to its last day: 61 of the quarter's 91 days of 30 000 kr.
    expect(plan.invoices.map((i) => [i.lease.number, i.rows[0]!.periodTo, i.totals.netOre])).toEqual([['expired', '2026-05-31', 20_109_89]]);
  });

  it('does not list a quarterly lease in a month run that is not its turn', () => {
    const plan = planRun(runPeriod('2026-05'), [lease('1'), lease('2', { billingPeriod: 'monthly' })], [row('lease-1'), row('lease-2')], new Set());
    expect(plan.invoices.map((i) => i.period.key)).toEqual(['2026-05']);
    expect(plan.skipped).toEqual([]);
  });

  it('keys, and where ended leases stop being listed', () => {
    expect(periodKeysOf(q2).sort()).toEqual(['2026-04', '2026-05', '2026-06', '2026-Q2']);
    expect(periodKeysOf(runPeriod('2026-04')).sort()).toEqual(['2026-04', '2026-Q2']);
    expect(endedSince(q2)).toBe('2025-04-01');
  });
});

describe('refusals', () => {
  const refusal = (fn: () => unknown) => { try { fn(); } catch (e) { return e as AppError; } return null; };

  it('refuses a period key that is not a month or a quarter, naming the field', () => {
    for (const key of ['2026-13', '2026-Q0', '2026-4', 'Q2-2026', '']) {
      expect(refusal(() => runPeriod(key))).toMatchObject({ code: 'INVALID_PERIOD', details: { field: 'period' } });
    }
    expect(runPeriod(' 2026-04 ').key).toBe('2026-04');
  });

  it('says a period was run already when all it would bill exists, else that there is nothing to invoice', () => {
    const q2 = runPeriod('2026-Q2');
    const done = planRun(q2, [lease('1')], [row('lease-1')], new Set(['lease-1|2026-Q2']));
    expect(refusal(() => refuseEmptyRun(q2, done))).toMatchObject({ code: 'PERIOD_ALREADY_RUN', params: { period: '2026-Q2' } });
    const empty = planRun(q2, [lease('1')], [], new Set());
    expect(refusal(() => refuseEmptyRun(q2, empty))).toMatchObject({ code: 'NOTHING_TO_INVOICE' });
    expect(refusal(() => refuseEmptyRun(q2, planRun(q2, [lease('1')], [row('lease-1')], new Set())))).toBeNull();
  });
});
