// Staff undo a wrong allocation (all of it, or part): a reversing allocation of the same payment and
// invoice, never an edit. The money goes back to the payment: to the queue if it has no customer, else
// to its customer's credit, where staff allocate it again. The invoice is open again by as much.
import { AppError } from '../../errors.ts';
import { planUndo } from '../../domain/payments/handling.ts';
import { recordAudit } from '../../repositories/audit.ts';
import { insertPaymentsWithAllocations } from '../../repositories/payments.ts';
import { allocatedOn, lockInvoicesToAllocate } from '../../repositories/payment-queue.ts';
import { refusalError, withLockedPayment, type HandlingDeps, type HandlingInput } from './handle-payment.ts';

export interface UndoInput extends HandlingInput {
  invoiceId: string;
  /** Positive öre; absent: all the payment paid on the invoice. */
  amountOre?: number | null;
}

export async function undoAllocation(deps: HandlingDeps, input: UndoInput): Promise<{ amountOre: number; leftOre: number }> {
  return withLockedPayment(deps, input, async (tx, payment, now) => {
    await lockInvoicesToAllocate(tx, [input.invoiceId]);
    const on = await allocatedOn(tx, payment.id, input.invoiceId);
    if (!on) throw new AppError('ALLOCATION_INVOICE_UNKNOWN', {}, { details: { field: 'invoiceId' } });
    const plan = planUndo(on.allocatedOre, input.amountOre ?? null, on.number);
    if (!plan.ok) throw refusalError(plan.refusal);
    await insertPaymentsWithAllocations(tx, {
      payments: [],
      allocations: [{ paymentId: payment.id, invoiceId: input.invoiceId, amountOre: plan.value.amountOre, createdBy: input.staffId, createdAt: now }],
    });
    await recordAudit(tx, {
      at: now, actorKind: 'staff', actorId: input.staffId, action: 'payment.allocation_undone', subjectKind: 'payment', subjectId: payment.id, ip: input.ip,
      details: { invoiceId: input.invoiceId, number: on.number, amountOre: plan.value.amountOre },
    });
    return { amountOre: plan.value.amountOre, leftOre: payment.leftOre - plan.value.amountOre };
  });
}
