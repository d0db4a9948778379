// Staff give what is left of a queued payment to a customer as its credit (a payment_assignments row;
// the payment itself is never changed): the customer's tenants then see it under Inbetalningar.
import { AppError } from '../../errors.ts';
import { recordAudit } from '../../repositories/audit.ts';
import { insertPaymentAssignment } from '../../repositories/payments.ts';
import { customerExists } from '../../repositories/payment-queue.ts';
import { planAssignment } from '../../domain/payments/handling.ts';
import { refusalError, withLockedPayment, type HandlingDeps, type HandlingInput } from './handle-payment.ts';

export interface AssignInput extends HandlingInput {
  customerId: string;
}

export async function assignPayment(deps: HandlingDeps, input: AssignInput): Promise<{ creditOre: number }> {
  if (!await customerExists(deps.db, input.customerId)) throw new AppError('UNKNOWN_CUSTOMER', {}, { details: { field: 'customerId' } });
  return withLockedPayment(deps, input, async (tx, payment, now) => {
    const plan = planAssignment(payment, input.customerId);
    if (!plan.ok) throw refusalError(plan.refusal);
    await insertPaymentAssignment(tx, { paymentId: payment.id, customerId: input.customerId, createdBy: input.staffId, createdAt: now });
    await recordAudit(tx, {
      at: now, actorKind: 'staff', actorId: input.staffId, action: 'payment.assigned', subjectKind: 'payment', subjectId: payment.id, ip: input.ip,
      details: { customerId: input.customerId, creditOre: payment.leftOre },
    });
    // The credit this leaves is used by the customer's next invoice (issueInvoices applies credit), not
    // on the invoices open now: staff chose where this money goes. See issue 11's note.
    return { creditOre: payment.leftOre };
  });
}
