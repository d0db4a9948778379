// Staff allocate a payment by hand (from the queue, or a customer's credit) to one or more invoices
// (domain/payments/handling.ts planAllocation): allocations are inserted, never changed. A payment
// without a customer that is used up on one customer's invoices, or whose rest staff give to that
// customer as credit, gets a payment_assignments row; otherwise the rest stays in the queue. Money
// given to a customer that way pays the customer's other open invoices at once, oldest due first
// (decision 0018); allocating a customer's credit by hand leaves the rest where staff leave it.
import { recordAuditMany, type AuditEvent } from '../../repositories/audit.ts';
import { insertPaymentAssignment, insertPaymentsWithAllocations } from '../../repositories/payments.ts';
import { customersOfInvoices, lockInvoicesToAllocate } from '../../repositories/payment-queue.ts';
import { planAllocation, type AllocationLine, type RestOfPayment } from '../../domain/payments/handling.ts';
import { refusalError, applyCreditNow, withLockedPayment, type HandlingDeps, type HandlingInput } from './handle-payment.ts';
import type { UsedCredit } from './apply-credit.ts';

export interface AllocateInput extends HandlingInput {
  lines: AllocationLine[];
  /** For a payment without a customer: what is left stays in the queue, or becomes the invoices' customer's credit. */
  rest: RestOfPayment;
}

export interface Allocated { leftOre: number; assignedTo: string | null; creditUsed: UsedCredit[] }

export async function allocatePayment(deps: HandlingDeps, input: AllocateInput): Promise<Allocated> {
  return withLockedPayment(deps, input, async (tx, payment, now) => {
    const invoices = await lockInvoicesToAllocate(tx, input.lines.map((l) => l.invoiceId));
    const plan = planAllocation(payment, invoices, input.lines, input.rest);
    if (!plan.ok) throw refusalError(plan.refusal, (index, what) => (index < 0 ? 'lines' : `lines.${index}.${what}`));
    const { allocations, leftOre, assignTo } = plan.value;

    await insertPaymentsWithAllocations(tx, {
      payments: [],
      allocations: allocations.map((a) => ({ paymentId: payment.id, invoiceId: a.invoiceId, amountOre: a.amountOre, createdBy: input.staffId, createdAt: now })),
    });
    const numbers = new Map(invoices.map((i) => [i.id, i.number]));
    const events: AuditEvent[] = [{
      at: now, actorKind: 'staff', actorId: input.staffId, action: 'payment.allocated', subjectKind: 'payment', subjectId: payment.id, ip: input.ip,
      details: { allocations: allocations.map((a) => ({ invoiceId: a.invoiceId, number: numbers.get(a.invoiceId)!, amountOre: a.amountOre })), leftOre },
    }];
    if (assignTo) {
      await insertPaymentAssignment(tx, { paymentId: payment.id, customerId: assignTo, createdBy: input.staffId, createdAt: now });
      events.push({
        at: now, actorKind: 'staff', actorId: input.staffId, action: 'payment.assigned', subjectKind: 'payment', subjectId: payment.id, ip: input.ip,
        details: { customerId: assignTo, creditOre: leftOre },
      });
    }
    await recordAuditMany(tx, events);
    const creditUsed = assignTo ? await applyCreditNow(tx, assignTo, input, now) : [];
    return { leftOre, assignedTo: assignTo, creditUsed };
  }, (tx) => customersOfInvoices(tx, input.lines.map((l) => l.invoiceId)));
}
