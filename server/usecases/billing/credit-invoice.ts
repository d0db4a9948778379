// Staff credit all or part of an invoice with a credit note (kreditfaktura). The invoice itself is never
// edited (the bookings trigger refuses it): the credit note has kind 'credit', credits_invoice_id, a
// number of the same gap-free series, no OCR (nothing to pay) and negative rows, so what is settled on
// the invoice (payments + credit notes) grows by what it credits. It never credits more than is still
// uncredited (domain/billing/credit-note.ts): CREDIT_TOO_LARGE, naming the field. The series is locked
// first, so two credits of one invoice at once are one after the other and the second sees the first.
import { AppError } from '../../errors.ts';
import { swedishDate } from '../../domain/dates.ts';
import { creditNoteRows, uncreditedByRate, type CreditPart, type CreditRefusal } from '../../domain/billing/credit-note.ts';
import { lockInvoiceSeries } from '../../repositories/invoices.ts';
import { invoiceToCredit } from '../../repositories/invoice-search.ts';
import { issueInvoices, type IssuedInvoice } from './issue-invoices.ts';
import type { BillingDeps } from './issue-invoice.ts';

export interface CreditInput {
  staffId: string;
  ip: string | null;
  invoiceId: string;
  reason: string;
  /** What to credit; absent or empty: all that is left of the invoice. */
  rows?: CreditPart[] | null;
}

export async function creditInvoice(deps: Pick<BillingDeps, 'db' | 'clock'>, input: CreditInput): Promise<IssuedInvoice> {
  const reason = input.reason.trim();
  if (!reason) throw new AppError('VALIDATION', { keyword: 'required', field: 'reason' }, { details: { field: 'reason' } });
  const parts = input.rows && input.rows.length > 0 ? input.rows : 'all';

  return deps.db.transaction(async (tx) => {
    await lockInvoiceSeries(tx);
    const found = await invoiceToCredit(tx, input.invoiceId);
    if (!found) throw new AppError('NOT_FOUND');
    const { invoice } = found;
    if (invoice.kind === 'credit') throw new AppError('CREDIT_OF_CREDIT_NOTE');
    const result = creditNoteRows(found.rows, uncreditedByRate(found.rows, found.creditRows), parts);
    if (!result.ok) throw refusal(result.refusal, invoice.number, parts);

    const now = deps.clock.now();
    const today = swedishDate(now);
    const [issued] = await issueInvoices(tx, [{
      kind: 'credit', customerId: invoice.customerId, leaseId: invoice.leaseId, creditsInvoiceId: invoice.id,
      periodKey: null, periodFrom: invoice.periodFrom, periodTo: invoice.periodTo,
      // Nothing is paid on a credit note: it is due the day it is issued, and has no OCR.
      issueDate: today, dueDate: today, text: reason,
      rows: result.rows,
    }], { now, staffId: input.staffId, runId: null, ip: input.ip });
    return issued!;
  });
}

function refusal(r: CreditRefusal, number: number, parts: CreditPart[] | 'all'): AppError {
  switch (r.kind) {
    case 'nothing_left':
      return new AppError('NOTHING_TO_CREDIT', { number }, parts === 'all' ? {} : { details: { field: 'rows' } });
    case 'unknown_row':
      return new AppError('INVOICE_ROW_UNKNOWN', { number, position: r.position }, { details: { field: `rows.${r.index}.position` } });
    case 'duplicate_row':
      return new AppError('CREDIT_ROW_TWICE', { position: r.position }, { details: { field: `rows.${r.index}.position` } });
    case 'too_large': {
      const position = parts === 'all' ? 0 : parts[r.index]!.position;
      return new AppError('CREDIT_TOO_LARGE', { row: position, maxOre: r.maxNetOre }, { details: { field: `rows.${r.index}.netOre`, maxNetOre: r.maxNetOre } });
    }
  }
}
