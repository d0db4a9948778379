// Staff pay back what is left of a payment, or part of it: to the customer (its credit) or to whoever
// paid (a payment nobody could place). A refund is a payment of its own, negative, kind 'refund',
// naming the payment it pays back (decision 0016); the payment itself is never changed. The money
// itself goes out of the bank by the landlord's own payment; this books that it did.
import { randomUUID } from 'node:crypto';
import { swedishDate } from '../../domain/dates.ts';
import { planRefund, type RefundTo } from '../../domain/payments/handling.ts';
import { recordAudit } from '../../repositories/audit.ts';
import { insertPaymentsWithAllocations } from '../../repositories/payments.ts';
import { refusalError, withLockedPayment, type HandlingDeps, type HandlingInput } from './handle-payment.ts';

export interface RefundInput extends HandlingInput {
  /** Positive öre; absent: all that is left. */
  amountOre?: number | null;
  to: RefundTo;
  /** Staff's note: where the money went ("Till bankkonto 1234-5678 90"). Not shown to the tenant. */
  note?: string | null;
}

export async function refundPayment(deps: HandlingDeps, input: RefundInput): Promise<{ refundId: string; amountOre: number; leftOre: number }> {
  const note = input.note?.trim() || null;
  return withLockedPayment(deps, input, async (tx, payment, now) => {
    const plan = planRefund(payment, input.amountOre ?? null, input.to);
    if (!plan.ok) throw refusalError(plan.refusal);
    const refundId = randomUUID();
    await insertPaymentsWithAllocations(tx, {
      payments: [{
        id: refundId, customerId: payment.customerId, amountOre: plan.value.amountOre, paidOn: swedishDate(now), reference: null,
        source: 'manual', kind: 'refund', refundOf: payment.id, details: { to: input.to, ...(note ? { note } : {}) },
        createdBy: input.staffId, createdAt: now,
      }],
      allocations: [],
    });
    await recordAudit(tx, {
      at: now, actorKind: 'staff', actorId: input.staffId, action: 'payment.refunded', subjectKind: 'payment', subjectId: payment.id, ip: input.ip,
      details: { refundId, amountOre: plan.value.amountOre, to: input.to },
    });
    return { refundId, amountOre: plan.value.amountOre, leftOre: payment.leftOre + plan.value.amountOre };
  });
}
