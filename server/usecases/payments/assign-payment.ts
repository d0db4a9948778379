// Staff give what is left of a queued payment to a customer (a payment_assignments row; the payment
// itself is never changed): the customer's tenants then see it under Inbetalningar, and it pays the
// customer's open invoices at once, oldest due first (decision 0018); what is still left is its credit.
import { AppError } from '../../errors.ts';
import { recordAudit } from '../../repositories/audit.ts';
import { insertPaymentAssignment } from '../../repositories/payments.ts';
import { customerExists } from '../../repositories/payment-queue.ts';
import { planAssignment } from '../../domain/payments/handling.ts';
import { refusalError, applyCreditNow, withLockedPayment, type HandlingDeps, type HandlingInput } from './handle-payment.ts';
import type { UsedCredit } from './apply-credit.ts';

export interface AssignInput extends HandlingInput {
  customerId: string;
}

export async function assignPayment(deps: HandlingDeps, input: AssignInput): Promise<{ creditOre: number; creditUsed: UsedCredit[] }> {
  if (!await customerExists(deps.db, input.customerId)) throw new AppError('UNKNOWN_CUSTOMER', {}, { details: { field: 'customerId' } });
  return withLockedPayment(deps, input, async (tx, payment, now) => {
    const plan = planAssignment(payment, input.customerId);
    if (!plan.ok) throw refusalError(plan.refusal);
    await insertPaymentAssignment(tx, { paymentId: payment.id, customerId: input.customerId, createdBy: input.staffId, createdAt: now });
    await recordAudit(tx, {
      at: now, actorKind: 'staff', actorId: input.staffId, action: 'payment.assigned', subjectKind: 'payment', subjectId: payment.id, ip: input.ip,
      details: { customerId: input.customerId, creditOre: payment.leftOre },
    });
    const creditUsed = await applyCreditNow(tx, input.customerId, input, now);
    return { creditOre: payment.leftOre, creditUsed };
  }, async () => [input.customerId]);
}
