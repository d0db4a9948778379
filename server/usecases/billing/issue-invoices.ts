// The one way invoices come to exist (avier from a run, the demo's history, one-off invoices, credit
// notes): numbers from the gap-free series, the OCR from the number, multi-row inserts of invoices
// and rows, an audit event per invoice, the customers' credit used on them; all in the caller's transaction, so a rollback leaves no
// invoice, no row and no used number behind.
import { randomUUID } from 'node:crypto';
import type { Tx } from '../../db/tx.ts';
import { ocrForInvoice, totals, type InvoiceTotals, type ParsedPeriod } from '../../domain/billing/index.ts';
import { existingRentInvoices, insertInvoicesWithRows, lockInvoiceSeries, takeInvoiceNumbers, type InvoiceInsert, type InvoiceRowInsert } from '../../repositories/invoices.ts';
import { rentRowsOf, type RunLease } from '../../repositories/invoice-runs.ts';
import { recordAuditMany } from '../../repositories/audit.ts';
import { applyCredit } from '../payments/apply-credit.ts';
import { periodKeysOf, planRun, type RentInvoicePlan, type RunPlan } from './run-plan.ts';

export interface InvoiceRowDraftIn {
  kind: string;
  description: string;
  periodFrom: string | null;
  periodTo: string | null;
  netOre: number;
  vatRatePercent: number;
  vatOre: number;
  rentRowId?: string | null;
}

export interface InvoiceDraft {
  kind: 'rent' | 'one_off' | 'credit';
  customerId: string;
  leaseId: string | null;
  periodKey: string | null;
  periodFrom: string | null;
  periodTo: string | null;
  issueDate: string;
  dueDate: string;
  text: string | null;
  creditsInvoiceId: string | null;
  rows: InvoiceRowDraftIn[];
}

export interface IssuedInvoice { id: string; number: number; ocr: string | null; draft: InvoiceDraft; totals: InvoiceTotals }

/** Who issues: the staff member (a run's starter) or the system (the demo data). */
export interface Issuer { now: Date; staffId: string | null; runId: string | null; ip: string | null }

export async function issueInvoices(tx: Tx, drafts: InvoiceDraft[], by: Issuer): Promise<IssuedInvoice[]> {
  if (drafts.length === 0) return [];
  const first = await takeInvoiceNumbers(tx, drafts.length);
  const issued = drafts.map((draft, i): IssuedInvoice => {
    const number = first + i;
    // A credit note is not paid, so it has no OCR reference.
    return { id: randomUUID(), number, ocr: draft.kind === 'credit' ? null : ocrForInvoice(number), draft, totals: totals(draft.rows) };
  });
  const invoiceRows: InvoiceRowInsert[] = [];
  const invoiceValues = issued.map(({ id, number, ocr, draft, totals: sum }): InvoiceInsert => {
    draft.rows.forEach((r, position) => invoiceRows.push({
      invoiceId: id, position: position + 1, rentRowId: r.rentRowId ?? null, kind: r.kind, description: r.description,
      periodFrom: r.periodFrom, periodTo: r.periodTo, netOre: r.netOre, vatRatePercent: r.vatRatePercent, vatOre: r.vatOre,
    }));
    return {
      id, number, kind: draft.kind, customerId: draft.customerId, leaseId: draft.leaseId, runId: by.runId, creditsInvoiceId: draft.creditsInvoiceId,
      periodKey: draft.periodKey, periodFrom: draft.periodFrom, periodTo: draft.periodTo, issueDate: draft.issueDate, dueDate: draft.dueDate,
      ocr, text: draft.text, netOre: sum.netOre, vatOre: sum.vatOre, totalOre: sum.totalOre, createdBy: by.staffId, createdAt: by.now,
    };
  });
  await insertInvoicesWithRows(tx, { invoices: invoiceValues, rows: invoiceRows });
  await recordAuditMany(tx, issued.map((i) => ({
    at: by.now, actorKind: by.staffId ? 'staff' : 'system', actorId: by.staffId, action: i.draft.kind === 'credit' ? 'credit_note.issued' : 'invoice.issued',
    subjectKind: 'invoice', subjectId: i.id, ip: by.ip,
    details: { number: i.number, kind: i.draft.kind, totalOre: i.totals.totalOre, ...(i.draft.periodKey ? { period: i.draft.periodKey } : {}), ...(by.runId ? { runId: by.runId } : {}), ...(i.draft.creditsInvoiceId ? { credits: i.draft.creditsInvoiceId } : {}) },
  })));
  // A customer's credit (an earlier overpayment) pays its new invoices at once, oldest due first.
  await applyCredit(tx, issued.filter((i) => i.draft.kind !== 'credit').map((i) => i.draft.customerId), by);
  return issued;
}

export function rentDraft(plan: RentInvoicePlan, issueDate: string): InvoiceDraft {
  return {
    kind: 'rent', customerId: plan.lease.customerId, leaseId: plan.lease.id, periodKey: plan.period.key,
    periodFrom: plan.period.start, periodTo: plan.period.end, issueDate, dueDate: plan.dueDate, text: null, creditsInvoiceId: null,
    rows: plan.rows,
  };
}

/**
 * The avier of a run's period for these leases (one batch of a run, or the demo's history). The series
 * is locked first, so what is found already invoiced is exactly what is committed: a second run of the
 * period, or a resumed one, makes no duplicate and leaves no gap.
 */
export async function issueRentInvoices(tx: Tx, input: { run: ParsedPeriod; leases: RunLease[]; issueDate: string; by: Issuer }): Promise<{ plan: RunPlan; issued: IssuedInvoice[] }> {
  await lockInvoiceSeries(tx);
  const ids = input.leases.map((l) => l.id);
  const [existing, rentRows] = [await existingRentInvoices(tx, ids, periodKeysOf(input.run)), await rentRowsOf(tx, ids, input.run)];
  const plan = planRun(input.run, input.leases, rentRows, existing);
  const issued = await issueInvoices(tx, plan.invoices.map((p) => rentDraft(p, input.issueDate)), input.by);
  return { plan, issued };
}
