// Staff credit all or part of an invoice with a credit note (kreditfaktura). The invoice itself is never
// edited (the bookings trigger refuses it): the credit note has kind 'credit', credits_invoice_id, a
// number of the same gap-free series, no OCR (nothing to pay) and negative rows, so what is settled on
// the invoice (payments + credit notes) grows by what it credits. It never credits more than is still
// uncredited (domain/billing/credit-note.ts): CREDIT_TOO_LARGE, naming the field. The series is locked
// first, so two credits of one invoice at once are one after the other and the second sees the first.
// A credit of an invoice that was paid leaves it settled past its total: what is past goes back to the
// payments that paid it (reversing allocations, newest first) and so becomes the customer's credit,
// which pays its open invoices at once (decision 0018) or is refunded from the payment (decision 0023).
import { AppError } from '../../errors.ts';
import { swedishDate } from '../../domain/dates.ts';
import { creditNoteRows, uncreditedByRate, type CreditPart, type CreditRefusal } from '../../domain/billing/credit-note.ts';
import { releaseOverSettled } from '../../domain/payments/handling.ts';
import { lockInvoiceSeries } from '../../repositories/invoices.ts';
import { lockCustomerCredit } from '../../repositories/ledger.ts';
import { overSettlement } from '../../repositories/payment-queue.ts';
import { insertAllocations } from '../../repositories/payments.ts';
import { recordAudit } from '../../repositories/audit.ts';
import { applyCredit, type UsedCredit } from '../payments/apply-credit.ts';
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

export interface CreditedInvoice extends IssuedInvoice {
  /** What the credit freed of payments on a paid invoice (positive öre): now the customer's credit. */
  releasedOre: number;
  /** What of that credit paid the customer's open invoices at once. */
  creditUsed: UsedCredit[];
}

export async function creditInvoice(deps: Pick<BillingDeps, 'db' | 'clock'>, input: CreditInput): Promise<CreditedInvoice> {
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

    // The customer before the invoices, as an invoice run and staff's bookings lock (decision 0018).
    await lockCustomerCredit(tx, [invoice.customerId]);
    const now = deps.clock.now();
    const today = swedishDate(now);
    const [issued] = await issueInvoices(tx, [{
      kind: 'credit', customerId: invoice.customerId, leaseId: invoice.leaseId, creditsInvoiceId: invoice.id,
      periodKey: null, periodFrom: invoice.periodFrom, periodTo: invoice.periodTo,
      // Nothing is paid on a credit note: it is due the day it is issued, and has no OCR.
      issueDate: today, dueDate: today, text: reason,
      rows: result.rows,
    }], { now, staffId: input.staffId, runId: null, ip: input.ip });

    const { overOre, paid } = await overSettlement(tx, invoice.id);
    const released = releaseOverSettled(paid, overOre);
    if (released.length === 0) return { ...issued!, releasedOre: 0, creditUsed: [] };
    await insertAllocations(tx, released.map((r) => ({ paymentId: r.paymentId, invoiceId: invoice.id, amountOre: r.amountOre, createdBy: input.staffId, createdAt: now })));
    const releasedOre = -released.reduce((sum, r) => sum + r.amountOre, 0);
    await recordAudit(tx, {
      at: now, actorKind: 'staff', actorId: input.staffId, action: 'payment.released_by_credit', subjectKind: 'invoice', subjectId: invoice.id, ip: input.ip,
      details: { creditNoteId: issued!.id, creditNoteNumber: issued!.number, releasedOre, payments: released },
    });
    // Booked a millisecond later, so each payment's history lists the use after the release.
    const creditUsed = await applyCredit(tx, [invoice.customerId], { now: new Date(now.getTime() + 1), staffId: input.staffId, ip: input.ip });
    return { ...issued!, releasedOre, creditUsed };
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
