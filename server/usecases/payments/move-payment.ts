// Staff move a payment to the customer it really came from (decision 0025): a tenant paid with another
// customer's OCR, or staff gave it to the wrong customer. In one transaction: what it paid on invoices
// is undone (reversing allocations: those invoices are open again), a payment_assignments row makes it
// the other customer's (the payment itself is never changed), and that customer's credit, now holding
// it, pays its open invoices at once (decision 0018). Both customers are locked first, then the
// payment and the invoices, in the order every booking on a payment takes them.
import { AppError } from '../../errors.ts';
import { planMove } from '../../domain/payments/handling.ts';
import { recordAudit } from '../../repositories/audit.ts';
import { insertAllocations, insertPaymentAssignment } from '../../repositories/payments.ts';
import { customerExists, lockInvoicesToAllocate, netAllocationsOf, paymentOwner } from '../../repositories/payment-queue.ts';
import { refusalError, applyCreditNow, withLockedPayment, type HandlingDeps, type HandlingInput } from './handle-payment.ts';
import type { UsedCredit } from './apply-credit.ts';

export interface MoveInput extends HandlingInput {
  customerId: string;
}

export interface Moved {
  movedOre: number;
  /** What it had paid on the first customer's invoices, now undone. */
  undone: { invoiceId: string; number: number; amountOre: number }[];
  creditUsed: UsedCredit[];
}

export async function movePayment(deps: HandlingDeps, input: MoveInput): Promise<Moved> {
  if (!await customerExists(deps.db, input.customerId)) throw new AppError('UNKNOWN_CUSTOMER', {}, { details: { field: 'customerId' } });
  return withLockedPayment(deps, input, async (tx, payment, now) => {
    const paid = await netAllocationsOf(tx, payment.id);
    const allocatedOre = paid.reduce((sum, p) => sum + p.amountOre, 0);
    const plan = planMove({ ...payment, allocatedOre }, input.customerId);
    if (!plan.ok) throw refusalError(plan.refusal);
    await lockInvoicesToAllocate(tx, paid.map((p) => p.invoiceId));
    await insertAllocations(tx, paid.map((p) => ({ paymentId: payment.id, invoiceId: p.invoiceId, amountOre: -p.amountOre, createdBy: input.staffId, createdAt: now })));
    await insertPaymentAssignment(tx, { paymentId: payment.id, customerId: input.customerId, createdBy: input.staffId, createdAt: now });
    await recordAudit(tx, {
      at: now, actorKind: 'staff', actorId: input.staffId, action: 'payment.moved', subjectKind: 'payment', subjectId: payment.id, ip: input.ip,
      details: { fromCustomerId: payment.customerId, toCustomerId: input.customerId, amountOre: plan.value.movedOre, undone: paid },
    });
    const creditUsed = await applyCreditNow(tx, input.customerId, input, now);
    return { movedOre: plan.value.movedOre, undone: paid, creditUsed };
  }, async (tx) => [await paymentOwner(tx, input.paymentId), input.customerId]);
}
