// Staff's handling of a payment by hand (issue 11, the unmatched queue; decision 0016): allocating it to
// invoices, giving it to a customer as credit, refunding what is left, undoing a wrong allocation.
// Each rule says what to book (signed öre) or why not; nothing here reads the database or the clock.
//
// Signs: a payment (money in) is positive and its allocations are too. A deduction or a return is
// negative: allocating it takes money off what payments paid on an invoice (a returned payment makes
// the invoice open again), so its allocations are negative. Staff always type amounts as positive
// kronor; the booking takes the payment's sign. What is left of a payment is its amount less its
// allocations, plus its refunds (which are negative): it is never past zero, on either side.

export type HandledKind = 'payment' | 'deduction' | 'return' | 'refund';

export interface PaymentToHandle {
  kind: HandledKind;
  /** Signed: what is left of the payment (ledger.ts paymentLeftOre). */
  leftOre: number;
  /** The payment's customer: found by the import, or assigned by staff. */
  customerId: string | null;
  /** The customers of the invoices this payment has paid so far (net allocation not zero). */
  paidCustomerIds: readonly string[];
}

export interface InvoiceToAllocate {
  id: string;
  number: number;
  customerId: string;
  kind: 'rent' | 'one_off' | 'credit';
  /** What is still to pay on it (total less payments and credit notes); never below 0. */
  remainingOre: number;
  /** What payments have paid on it (their allocations' sum): what a return can take back. */
  paidOre: number;
}

export interface AllocationLine {
  invoiceId: string;
  /** Positive, in öre, whatever the payment's sign. */
  amountOre: number;
}

/** Where what is left of a payment without a customer goes after staff allocate part of it. */
export type RestOfPayment = 'queue' | 'credit';

export type HandlingRefusal =
  | { kind: 'refund_row' }
  | { kind: 'nothing_left' }
  | { kind: 'no_lines' }
  | { kind: 'not_positive'; index: number }
  | { kind: 'unknown_invoice'; index: number }
  | { kind: 'invoice_twice'; index: number; number: number }
  | { kind: 'credit_note'; index: number; number: number }
  | { kind: 'other_customer'; index: number; number: number }
  | { kind: 'over_invoice'; index: number; number: number; maxOre: number }
  | { kind: 'over_payment'; leftOre: number }
  | { kind: 'several_customers' }
  | { kind: 'rest_of_return' }
  | { kind: 'has_customer' }
  | { kind: 'no_customer' }
  | { kind: 'not_allocated'; number: number }
  | { kind: 'same_customer' }
  | { kind: 'refunded' };

export type Handled<T> = { ok: true; value: T } | { ok: false; refusal: HandlingRefusal };

const refuse = <T>(refusal: HandlingRefusal): Handled<T> => ({ ok: false, refusal });

export interface AllocationPlan {
  /** Signed, as booked: the payment's sign. */
  allocations: { invoiceId: string; amountOre: number }[];
  /** Signed: what is left of the payment afterwards. */
  leftOre: number;
  /** The customer to assign the payment to (a payment_assignments row), when it gets one now. */
  assignTo: string | null;
}

/**
 * Staff allocate a payment by hand to one or more invoices: never more than the payment has left, never
 * more than an invoice has left to pay (a return: never more than payments paid on it), never a credit
 * note, never an invoice of another customer than the payment's. A payment without a customer whose
 * rest goes to credit, or that is used up on one customer's invoices, becomes that customer's.
 */
export function planAllocation(payment: PaymentToHandle, invoices: readonly InvoiceToAllocate[], lines: readonly AllocationLine[], rest: RestOfPayment): Handled<AllocationPlan> {
  if (payment.kind === 'refund') return refuse({ kind: 'refund_row' });
  if (payment.leftOre === 0) return refuse({ kind: 'nothing_left' });
  if (lines.length === 0) return refuse({ kind: 'no_lines' });
  const sign = payment.leftOre > 0 ? 1 : -1;
  if (sign < 0 && rest === 'credit') return refuse({ kind: 'rest_of_return' });
  const byId = new Map(invoices.map((i) => [i.id, i]));
  const seen = new Set<string>();
  let total = 0;
  for (const [index, line] of lines.entries()) {
    if (!Number.isSafeInteger(line.amountOre) || line.amountOre <= 0) return refuse({ kind: 'not_positive', index });
    const invoice = byId.get(line.invoiceId);
    if (!invoice) return refuse({ kind: 'unknown_invoice', index });
    if (seen.has(invoice.id)) return refuse({ kind: 'invoice_twice', index, number: invoice.number });
    seen.add(invoice.id);
    if (invoice.kind === 'credit') return refuse({ kind: 'credit_note', index, number: invoice.number });
    if (payment.customerId !== null && invoice.customerId !== payment.customerId) return refuse({ kind: 'other_customer', index, number: invoice.number });
    const maxOre = sign > 0 ? invoice.remainingOre : invoice.paidOre;
    if (line.amountOre > maxOre) return refuse({ kind: 'over_invoice', index, number: invoice.number, maxOre: Math.max(0, maxOre) });
    total += line.amountOre;
  }
  if (total > Math.abs(payment.leftOre)) return refuse({ kind: 'over_payment', leftOre: Math.abs(payment.leftOre) });

  const leftOre = payment.leftOre - sign * total;
  let assignTo: string | null = null;
  if (payment.customerId === null) {
    const customers = new Set([...payment.paidCustomerIds, ...lines.map((l) => byId.get(l.invoiceId)!.customerId)]);
    if (rest === 'credit' && leftOre !== 0 && customers.size > 1) return refuse({ kind: 'several_customers' });
    if ((rest === 'credit' || leftOre === 0) && customers.size === 1) assignTo = [...customers][0]!;
  }
  return { ok: true, value: { allocations: lines.map((l) => ({ invoiceId: l.invoiceId, amountOre: sign * l.amountOre })), leftOre, assignTo } };
}

/**
 * Staff give what is left of a payment without a customer to a customer, as its credit. Only money in
 * (a return or a deduction is allocated to the invoices it concerns), and never to another customer
 * than the one whose invoices it already paid: that customer would see the other's invoice in its list.
 */
export function planAssignment(payment: PaymentToHandle, customerId: string): Handled<{ customerId: string }> {
  if (payment.kind === 'refund') return refuse({ kind: 'refund_row' });
  if (payment.kind !== 'payment' || payment.leftOre < 0) return refuse({ kind: 'rest_of_return' });
  if (payment.customerId !== null) return refuse({ kind: 'has_customer' });
  if (payment.leftOre === 0) return refuse({ kind: 'nothing_left' });
  if (payment.paidCustomerIds.some((id) => id !== customerId)) return refuse({ kind: 'several_customers' });
  return { ok: true, value: { customerId } };
}

/** Refunded to the customer (its credit paid back) or to whoever paid (a payment nobody could place). */
export type RefundTo = 'customer' | 'payer';

/**
 * Staff pay back what is left of a payment, or part of it: a refund is a payment of its own, negative,
 * naming the payment. Never more than is left; only money in; to the customer only if it has one.
 */
export function planRefund(payment: PaymentToHandle, amountOre: number | null, to: RefundTo): Handled<{ amountOre: number }> {
  if (payment.kind === 'refund') return refuse({ kind: 'refund_row' });
  if (payment.kind !== 'payment' || payment.leftOre < 0) return refuse({ kind: 'rest_of_return' });
  if (payment.leftOre === 0) return refuse({ kind: 'nothing_left' });
  if (to === 'customer' && payment.customerId === null) return refuse({ kind: 'no_customer' });
  const amount = amountOre ?? payment.leftOre;
  if (!Number.isSafeInteger(amount) || amount <= 0) return refuse({ kind: 'not_positive', index: 0 });
  if (amount > payment.leftOre) return refuse({ kind: 'over_payment', leftOre: payment.leftOre });
  return { ok: true, value: { amountOre: -amount } };
}

/**
 * Staff undo a wrong allocation, all of it or part: a reversing allocation of the same payment and
 * invoice, so the money goes back to the payment (its queue, or its customer's credit).
 * `allocatedOre` is the payment's net allocation on the invoice (signed like the payment).
 */
export function planUndo(allocatedOre: number, amountOre: number | null, number: number): Handled<{ amountOre: number }> {
  if (allocatedOre === 0) return refuse({ kind: 'not_allocated', number });
  const amount = amountOre ?? Math.abs(allocatedOre);
  if (!Number.isSafeInteger(amount) || amount <= 0) return refuse({ kind: 'not_positive', index: 0 });
  if (amount > Math.abs(allocatedOre)) return refuse({ kind: 'over_invoice', index: 0, number, maxOre: Math.abs(allocatedOre) });
  return { ok: true, value: { amountOre: allocatedOre > 0 ? -amount : amount } };
}

/** What one payment has paid, net, on an invoice, and when it last did (to release the newest first). */
export interface PaidOnInvoice { paymentId: string; allocatedOre: number; lastAt: Date }

/**
 * A credit note that leaves an invoice settled past its total (it was paid, then credited) frees what
 * is past: reversing allocations of the payments that paid it, the newest first, so the money goes
 * back to them (the customer's credit) and is never lost on a settled invoice. `overOre` is settled
 * less total; only payments (positive net allocations) are released, a return's negative allocation
 * stays. Answers the reversing allocations (negative öre).
 */
export function releaseOverSettled(paid: readonly PaidOnInvoice[], overOre: number): { paymentId: string; amountOre: number }[] {
  let left = Math.max(0, overOre);
  const released: { paymentId: string; amountOre: number }[] = [];
  for (const p of [...paid].sort((a, b) => b.lastAt.getTime() - a.lastAt.getTime() || b.paymentId.localeCompare(a.paymentId))) {
    if (left === 0) break;
    if (p.allocatedOre <= 0) continue;
    const amount = Math.min(p.allocatedOre, left);
    released.push({ paymentId: p.paymentId, amountOre: -amount });
    left -= amount;
  }
  return released;
}

/**
 * Staff move a payment from the customer its OCR (or staff) named to the customer it really came from
 * (a tenant paid with another's OCR; decision 0025): what it paid on the first customer's invoices is
 * undone (they are open again) and all of it becomes the other customer's, paying its open invoices at
 * once. Only money in that has a customer and was never refunded (a refund was paid back to the first).
 * `amountOre` is the payment's amount and `allocatedOre` its net allocations, so what a move gives is the
 * whole amount.
 */
export function planMove(payment: PaymentToHandle & { amountOre: number; allocatedOre: number }, toCustomerId: string): Handled<{ customerId: string; movedOre: number }> {
  if (payment.kind === 'refund') return refuse({ kind: 'refund_row' });
  if (payment.kind !== 'payment') return refuse({ kind: 'rest_of_return' });
  if (payment.customerId === null) return refuse({ kind: 'no_customer' });
  if (payment.customerId === toCustomerId) return refuse({ kind: 'same_customer' });
  if (payment.leftOre + payment.allocatedOre !== payment.amountOre) return refuse({ kind: 'refunded' });
  if (payment.amountOre <= 0) return refuse({ kind: 'nothing_left' });
  return { ok: true, value: { customerId: toCustomerId, movedOre: payment.amountOre } };
}
