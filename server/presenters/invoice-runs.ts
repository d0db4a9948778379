// Invoice runs (Aviseringskörning) as the back office shows them: the preview and the runs.
import { Type } from '@sinclair/typebox';
import { IsoDate, Nullable, StringEnum } from '../http/schemas.ts';
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
