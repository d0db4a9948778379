// Invoice runs (Aviseringskörning) as the back office shows them: the preview and the runs.
import { Type, type Static } from '@sinclair/typebox';
import { IsoDate, Nullable, StringEnum } from '../http/schemas.ts';
import { parsePeriodKey, periodTitle, type ParsedPeriod } from '../domain/billing/index.ts';
import type { RunPlan } from '../usecases/billing/run-plan.ts';
import type { InvoiceRunWithCreator } from '../repositories/invoice-runs.ts';
import { PeriodTitleView } from './invoices.ts';

export const SkipReasonView = StringEnum(['ended', 'not_started', 'no_rent_rows', 'already_invoiced'], {
  description: 'ended: the lease ended before the period (in the last year); not_started: it starts after it; no_rent_rows: no rent row applies in the period; already_invoiced: its avi for the period exists',
});

export const SkippedLeaseView = Type.Object({ leaseId: Type.String(), leaseNumber: Type.String(), customerName: Type.String(), reason: SkipReasonView });

export const RunPeriodView = Type.Object({
  key: Type.String({ description: "'2026-04' or '2026-Q2'" }),
  title: PeriodTitleView,
  start: IsoDate,
  end: IsoDate,
});

export const InvoiceRunPreviewView = Type.Object({
  period: RunPeriodView,
  count: Type.Integer({ description: 'How many invoices the run would make' }),
  netOre: Type.Integer(),
  vatOre: Type.Integer(),
  totalOre: Type.Integer(),
  invoices: Type.Array(Type.Object({
    leaseId: Type.String(),
    leaseNumber: Type.String(),
    customerName: Type.String(),
    periodKey: Type.String({ description: "The lease's billing period the avi is for" }),
    dueDate: IsoDate,
    totalOre: Type.Integer(),
  }), { description: 'The would-be invoices, by lease number; at most 200 (count has them all)' }),
  skipped: Type.Array(SkippedLeaseView, { description: 'Leases that get no invoice, and why; at most 200 (skippedCount has them all)' }),
  skippedCount: Type.Integer(),
});

export const InvoiceRunStatusView = StringEnum(['queued', 'running', 'done', 'failed']);

export const InvoiceRunView = Type.Object({
  id: Type.String(),
  period: RunPeriodView,
  status: InvoiceRunStatusView,
  leasesTotal: Type.Integer({ description: 'Leases to invoice: the progress bar is leasesDone / leasesTotal' }),
  leasesDone: Type.Integer(),
  invoiceCount: Type.Integer(),
  totalOre: Type.Integer(),
  skipped: Type.Array(SkippedLeaseView, { description: 'As the preview said when the run started; at most 200' }),
  skippedCount: Type.Integer(),
  error: Nullable(Type.String({ description: 'Why the last attempt failed (the run retries; failed when it gives up)' })),
  createdBy: Nullable(Type.Object({ id: Type.String(), name: Type.String() })),
  createdAt: Type.String({ format: 'date-time' }),
  startedAt: Nullable(Type.String({ format: 'date-time' })),
  finishedAt: Nullable(Type.String({ format: 'date-time' })),
});

export const InvoiceRunListView = Type.Object({ runs: Type.Array(InvoiceRunView) });
export const InvoiceRunResponseView = Type.Object({ run: InvoiceRunView });

const LISTED = 200;

export function presentPeriod(run: ParsedPeriod) {
  return { key: run.key, title: periodTitle(run.key), start: run.start, end: run.end };
}

export function presentPreview(run: ParsedPeriod, plan: RunPlan): Static<typeof InvoiceRunPreviewView> {
  const sum = plan.invoices.reduce((s, i) => ({ net: s.net + i.totals.netOre, vat: s.vat + i.totals.vatOre, total: s.total + i.totals.totalOre }), { net: 0, vat: 0, total: 0 });
  return {
    period: presentPeriod(run),
    count: plan.invoices.length, netOre: sum.net, vatOre: sum.vat, totalOre: sum.total,
    invoices: plan.invoices.slice(0, LISTED).map((i) => ({
      leaseId: i.lease.id, leaseNumber: i.lease.number, customerName: i.lease.customerName, periodKey: i.period.key, dueDate: i.dueDate, totalOre: i.totals.totalOre,
    })),
    skipped: plan.skipped.slice(0, LISTED),
    skippedCount: plan.skipped.length,
  };
}

export function presentRun(found: InvoiceRunWithCreator): Static<typeof InvoiceRunView> {
  const { run } = found;
  const period = parsePeriodKey(run.periodKey);
  return {
    id: run.id,
    period: period ? presentPeriod(period) : { key: run.periodKey, title: null, start: '', end: '' },
    status: run.status,
    leasesTotal: run.leasesTotal, leasesDone: run.leasesDone, invoiceCount: run.invoiceCount, totalOre: run.totalOre,
    skipped: run.skipped.slice(0, LISTED), skippedCount: run.skipped.length,
    error: run.error,
    createdBy: run.createdBy && found.createdByName ? { id: run.createdBy, name: found.createdByName } : null,
    createdAt: run.createdAt.toISOString(),
    startedAt: run.startedAt?.toISOString() ?? null,
    finishedAt: run.finishedAt?.toISOString() ?? null,
  };
}
