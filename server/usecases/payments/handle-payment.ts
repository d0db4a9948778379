// What every booking staff make on one payment shares (allocate, undo, assign, refund): one transaction
// (decision 0012) that first locks the payment, so two staff at once are one after the other, and that
// books only if the payment still has what the staff member saw left of it. A second submit of the
// same form, or a colleague who booked first, gets PAYMENT_CHANGED with what is left now: one booking.
import type { Clock } from '../../clock.ts';
import type { Db } from '../../db/client.ts';
import type { Tx } from '../../db/tx.ts';
import { AppError } from '../../errors.ts';
import type { HandlingRefusal, PaymentToHandle } from '../../domain/payments/handling.ts';
import { lockPaymentToHandle } from '../../repositories/payment-queue.ts';

export interface HandlingDeps { db: Db; clock: Clock }

export interface HandlingInput {
  staffId: string;
  ip: string | null;
  paymentId: string;
  /** What the staff member saw left of the payment (signed): the booking is refused if it has changed. */
  expectedLeftOre: number;
}

export type LockedPayment = PaymentToHandle & { id: string; amountOre: number };

export async function withLockedPayment<T>(deps: HandlingDeps, input: HandlingInput, work: (tx: Tx, payment: LockedPayment, now: Date) => Promise<T>): Promise<T> {
  return deps.db.transaction(async (tx) => {
    const payment = await lockPaymentToHandle(tx, input.paymentId);
    if (!payment) throw new AppError('NOT_FOUND');
    if (payment.leftOre !== input.expectedLeftOre) {
      throw new AppError('PAYMENT_CHANGED', { leftOre: Math.abs(payment.leftOre) }, { details: { leftOre: payment.leftOre } });
    }
    return work(tx, payment, deps.clock.now());
  });
}

/**
 * A refusal of the handling rules in words; `field` names the form field of a line (`lines.0.amountOre`),
 * or of the whole amount (index -1).
 */
export function refusalError(refusal: HandlingRefusal, field: (index: number, what: 'invoiceId' | 'amountOre') => string = () => 'amountOre'): AppError {
  switch (refusal.kind) {
    case 'refund_row': return new AppError('PAYMENT_IS_REFUND');
    case 'nothing_left': return new AppError('PAYMENT_NOTHING_LEFT');
    case 'rest_of_return': return new AppError('PAYMENT_IS_MONEY_OUT');
    case 'has_customer': return new AppError('PAYMENT_HAS_CUSTOMER');
    case 'no_customer': return new AppError('PAYMENT_WITHOUT_CUSTOMER', {}, { details: { field: 'to' } });
    case 'not_allocated': return new AppError('ALLOCATION_NOT_FOUND', { number: refusal.number }, { details: { field: 'invoiceId' } });
    case 'no_lines': return new AppError('ALLOCATION_LINES_MISSING', {}, { details: { field: 'lines' } });
    case 'several_customers': return new AppError('ALLOCATION_SEVERAL_CUSTOMERS');
    case 'not_positive': return new AppError('PAYMENT_AMOUNT_NOT_POSITIVE', {}, { details: { field: field(refusal.index, 'amountOre') } });
    case 'over_payment': return new AppError('PAYMENT_OVER_LEFT', { leftOre: refusal.leftOre }, { details: { field: field(-1, 'amountOre'), leftOre: refusal.leftOre } });
    case 'unknown_invoice': return new AppError('ALLOCATION_INVOICE_UNKNOWN', {}, { details: { field: field(refusal.index, 'invoiceId') } });
    case 'invoice_twice': return new AppError('ALLOCATION_INVOICE_TWICE', { number: refusal.number }, { details: { field: field(refusal.index, 'invoiceId') } });
    case 'credit_note': return new AppError('ALLOCATION_TO_CREDIT_NOTE', { number: refusal.number }, { details: { field: field(refusal.index, 'invoiceId') } });
    case 'other_customer': return new AppError('ALLOCATION_OTHER_CUSTOMER', { number: refusal.number }, { details: { field: field(refusal.index, 'invoiceId') } });
    case 'over_invoice': return new AppError('ALLOCATION_OVER_INVOICE', { number: refusal.number, maxOre: refusal.maxOre }, { details: { field: field(refusal.index, 'amountOre'), maxOre: refusal.maxOre } });
  }
}
