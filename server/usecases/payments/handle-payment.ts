// What every booking staff make on one payment shares (allocate, undo, assign, refund): one transaction
// (decision 0012) that first locks the payment, so two staff at once are one after the other, and that
// books only if the payment still has what the staff member saw left of it. A second submit of the
// same form, or a colleague who booked first, gets PAYMENT_CHANGED with what is left now: one booking.
// A booking that gives money to a customer uses the customer's credit at once (decision 0018), so it
// locks first (lockCreditFirst): a running import's turn, then that customer, then the payment and
// the invoices. An invoice run locks customers before the invoices it allocates to as well; an import
// allocates first, so staff's bookings wait for it (a shared advisory lock) rather than meet it.
import type { Clock } from '../../clock.ts';
import type { Db } from '../../db/client.ts';
import type { Tx } from '../../db/tx.ts';
import { AppError } from '../../errors.ts';
import type { HandlingRefusal, PaymentToHandle } from '../../domain/payments/handling.ts';
import { lockPaymentToHandle } from '../../repositories/payment-queue.ts';
import { lockCustomerCredit } from '../../repositories/ledger.ts';
import { shareBankImportLock } from '../../repositories/booking-locks.ts';
import { applyCredit, type UsedCredit } from './apply-credit.ts';

export interface HandlingDeps { db: Db; clock: Clock }

export interface HandlingInput {
  staffId: string;
  ip: string | null;
  paymentId: string;
  /** What the staff member saw left of the payment (signed): the booking is refused if it has changed. */
  expectedLeftOre: number;
}

export type LockedPayment = PaymentToHandle & { id: string; amountOre: number };

/** The lock order of a booking that may use credit: a running import first, then the customers (in id order). */
export async function lockCreditFirst(tx: Tx, customerIds: (string | null)[]): Promise<void> {
  const ids = [...new Set(customerIds.filter((id): id is string => id !== null))];
  if (ids.length === 0) return;
  await shareBankImportLock(tx);
  await lockCustomerCredit(tx, ids);
}

/**
 * Runs `work` on the payment, locked, in one transaction. `customersFirst` names the customers whose
 * credit the booking may use (read before any lock): they are locked first.
 */
export async function withLockedPayment<T>(
  deps: HandlingDeps, input: HandlingInput, work: (tx: Tx, payment: LockedPayment, now: Date) => Promise<T>,
  customersFirst: (tx: Tx) => Promise<(string | null)[]> = async () => [],
): Promise<T> {
  return deps.db.transaction(async (tx) => {
    await lockCreditFirst(tx, await customersFirst(tx));
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
    case 'same_customer': return new AppError('PAYMENT_SAME_CUSTOMER', {}, { details: { field: 'customerId' } });
    case 'refunded': return new AppError('PAYMENT_REFUNDED_NOT_MOVED');
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

/**
 * Money a booking gave a customer pays its open invoices at once, oldest due first (decision 0018).
 * The use is booked a millisecond after the booking that gave the money, so the payment's history
 * lists it after that booking.
 */
export function applyCreditNow(tx: Tx, customerId: string, by: { staffId: string; ip: string | null }, now: Date): Promise<UsedCredit[]> {
  return applyCredit(tx, [customerId], { now: new Date(now.getTime() + 1), staffId: by.staffId, ip: by.ip });
}
