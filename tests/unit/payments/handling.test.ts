import { describe, expect, it } from 'vitest';
import { planAllocation, planAssignment, planRefund, planMove, planUndo, releaseOverSettled, type InvoiceToAllocate, type PaymentToHandle } from '../../../server/domain/payments/handling.ts';

const invoice = (n: number, customerId: string, remainingOre: number, paidOre = 0, kind: InvoiceToAllocate['kind'] = 'rent'): InvoiceToAllocate =>
  ({ id: `inv-${n}`, number: n, customerId, kind, remainingOre, paidOre });
const queued = (leftOre: number, kind: PaymentToHandle['kind'] = 'payment', paidCustomerIds: string[] = []): PaymentToHandle =>
  ({ kind, leftOre, customerId: null, paidCustomerIds });
const ofCustomer = (leftOre: number, customerId = 'lunden'): PaymentToHandle => ({ kind: 'payment', leftOre, customerId, paidCustomerIds: [] });

const invoices = [
  invoice(101, 'lunden', 12_500_00),
  invoice(102, 'lunden', 5_000_00, 7_500_00),
  invoice(103, 'bygg', 10_000_00, 2_000_00),
  invoice(104, 'lunden', 0, 0, 'credit'),
  invoice(105, 'lunden', 0, 12_500_00),
];

describe('planAllocation: a payment allocated by hand', () => {
  it('allocates a queued payment to an invoice and leaves the rest in the queue', () => {
    expect(planAllocation(queued(15_000_00), invoices, [{ invoiceId: 'inv-101', amountOre: 12_500_00 }], 'queue')).toEqual({
      ok: true, value: { allocations: [{ invoiceId: 'inv-101', amountOre: 12_500_00 }], leftOre: 2_500_00, assignTo: null },
    });
  });

  it("gives the rest to the invoices' customer as credit when staff choose so", () => {
    const plan = planAllocation(queued(15_000_00), invoices, [{ invoiceId: 'inv-101', amountOre: 12_500_00 }], 'credit');
    expect(plan).toEqual({ ok: true, value: { allocations: [{ invoiceId: 'inv-101', amountOre: 12_500_00 }], leftOre: 2_500_00, assignTo: 'lunden' } });
  });

  it('makes a payment used up on one customer\'s invoices that customer\'s', () => {
    const plan = planAllocation(queued(17_500_00), invoices, [{ invoiceId: 'inv-101', amountOre: 12_500_00 }, { invoiceId: 'inv-102', amountOre: 5_000_00 }], 'queue');
    expect(plan).toMatchObject({ ok: true, value: { leftOre: 0, assignTo: 'lunden' } });
  });

  it('splits a queued payment over invoices of two customers, and keeps it without a customer', () => {
    const plan = planAllocation(queued(11_000_00), invoices, [{ invoiceId: 'inv-101', amountOre: 1_000_00 }, { invoiceId: 'inv-103', amountOre: 10_000_00 }], 'queue');
    expect(plan).toMatchObject({ ok: true, value: { leftOre: 0, assignTo: null } });
  });

  it('refuses the rest as credit over invoices of two customers (whose would it be?)', () => {
    expect(planAllocation(queued(12_000_00), invoices, [{ invoiceId: 'inv-101', amountOre: 1_000_00 }, { invoiceId: 'inv-103', amountOre: 10_000_00 }], 'credit'))
      .toEqual({ ok: false, refusal: { kind: 'several_customers' } });
    // Earlier allocations count too: the payment already paid Byggvaruhuset's invoice.
    expect(planAllocation(queued(5_000_00, 'payment', ['bygg']), invoices, [{ invoiceId: 'inv-101', amountOre: 1_000_00 }], 'credit'))
      .toEqual({ ok: false, refusal: { kind: 'several_customers' } });
  });

  it('allocates a customer\'s payment only to its own invoices', () => {
    expect(planAllocation(ofCustomer(5_000_00), invoices, [{ invoiceId: 'inv-101', amountOre: 5_000_00 }], 'queue')).toMatchObject({ ok: true, value: { leftOre: 0, assignTo: null } });
    expect(planAllocation(ofCustomer(5_000_00), invoices, [{ invoiceId: 'inv-103', amountOre: 1_00 }], 'queue'))
      .toEqual({ ok: false, refusal: { kind: 'other_customer', index: 0, number: 103 } });
  });

  it('never allocates more than the payment has left', () => {
    expect(planAllocation(queued(10_000_00), invoices, [{ invoiceId: 'inv-101', amountOre: 8_000_00 }, { invoiceId: 'inv-102', amountOre: 2_000_01 }], 'queue'))
      .toEqual({ ok: false, refusal: { kind: 'over_payment', leftOre: 10_000_00 } });
  });

  it('never allocates more than the invoice has left to pay', () => {
    expect(planAllocation(queued(20_000_00), invoices, [{ invoiceId: 'inv-102', amountOre: 5_000_01 }], 'queue'))
      .toEqual({ ok: false, refusal: { kind: 'over_invoice', index: 0, number: 102, maxOre: 5_000_00 } });
    expect(planAllocation(queued(20_000_00), invoices, [{ invoiceId: 'inv-105', amountOre: 1 }], 'queue'))
      .toEqual({ ok: false, refusal: { kind: 'over_invoice', index: 0, number: 105, maxOre: 0 } });
  });

  it('refuses a credit note, an invoice twice, an unknown invoice, zero and negative amounts, no lines', () => {
    expect(planAllocation(queued(100_00), invoices, [{ invoiceId: 'inv-104', amountOre: 100_00 }], 'queue')).toEqual({ ok: false, refusal: { kind: 'credit_note', index: 0, number: 104 } });
    expect(planAllocation(queued(300_00), invoices, [{ invoiceId: 'inv-101', amountOre: 100_00 }, { invoiceId: 'inv-101', amountOre: 100_00 }], 'queue'))
      .toEqual({ ok: false, refusal: { kind: 'invoice_twice', index: 1, number: 101 } });
    expect(planAllocation(queued(100_00), invoices, [{ invoiceId: 'inv-999', amountOre: 100_00 }], 'queue')).toEqual({ ok: false, refusal: { kind: 'unknown_invoice', index: 0 } });
    for (const amountOre of [0, -100, 0.5]) {
      expect(planAllocation(queued(100_00), invoices, [{ invoiceId: 'inv-101', amountOre }], 'queue')).toEqual({ ok: false, refusal: { kind: 'not_positive', index: 0 } });
    }
    expect(planAllocation(queued(100_00), invoices, [], 'queue')).toEqual({ ok: false, refusal: { kind: 'no_lines' } });
  });

  it('refuses a payment with nothing left, and a refund', () => {
    expect(planAllocation(queued(0), invoices, [{ invoiceId: 'inv-101', amountOre: 1 }], 'queue')).toEqual({ ok: false, refusal: { kind: 'nothing_left' } });
    expect(planAllocation(queued(-100_00, 'refund'), invoices, [{ invoiceId: 'inv-101', amountOre: 1 }], 'queue')).toEqual({ ok: false, refusal: { kind: 'refund_row' } });
  });

  it('allocates a return negatively, up to what payments paid on the invoice', () => {
    expect(planAllocation(queued(-2_000_00, 'return'), invoices, [{ invoiceId: 'inv-102', amountOre: 2_000_00 }], 'queue')).toEqual({
      ok: true, value: { allocations: [{ invoiceId: 'inv-102', amountOre: -2_000_00 }], leftOre: 0, assignTo: 'lunden' },
    });
    expect(planAllocation(queued(-3_000_00, 'deduction'), invoices, [{ invoiceId: 'inv-103', amountOre: 2_000_01 }], 'queue'))
      .toEqual({ ok: false, refusal: { kind: 'over_invoice', index: 0, number: 103, maxOre: 2_000_00 } });
    expect(planAllocation(queued(-3_000_00, 'return'), invoices, [{ invoiceId: 'inv-103', amountOre: 1_000_00 }], 'credit')).toEqual({ ok: false, refusal: { kind: 'rest_of_return' } });
  });

  it('keeps every öre: allocated plus left is what was left before', () => {
    for (let left = 1; left < 3000; left += 7) {
      const amount = Math.ceil(left / 3);
      const plan = planAllocation(queued(left), invoices, [{ invoiceId: 'inv-101', amountOre: amount }], 'queue');
      if (!plan.ok) throw new Error('refused');
      expect(plan.value.allocations[0]!.amountOre + plan.value.leftOre).toBe(left);
    }
  });
});

describe('planAssignment: a queued payment given to a customer as credit', () => {
  it('assigns what is left of a payment without a customer', () => {
    expect(planAssignment(queued(100_00), 'lunden')).toEqual({ ok: true, value: { customerId: 'lunden' } });
    expect(planAssignment(queued(100_00, 'payment', ['lunden']), 'lunden')).toEqual({ ok: true, value: { customerId: 'lunden' } });
  });

  it('refuses a payment that has a customer, has nothing left, paid another customer\'s invoice, or is money out', () => {
    expect(planAssignment(ofCustomer(100_00), 'bygg')).toEqual({ ok: false, refusal: { kind: 'has_customer' } });
    expect(planAssignment(queued(0), 'lunden')).toEqual({ ok: false, refusal: { kind: 'nothing_left' } });
    expect(planAssignment(queued(100_00, 'payment', ['bygg']), 'lunden')).toEqual({ ok: false, refusal: { kind: 'several_customers' } });
    expect(planAssignment(queued(-100_00, 'return'), 'lunden')).toEqual({ ok: false, refusal: { kind: 'rest_of_return' } });
    expect(planAssignment(queued(-100_00, 'refund'), 'lunden')).toEqual({ ok: false, refusal: { kind: 'refund_row' } });
  });
});

describe('planRefund: what is left of a payment paid back', () => {
  it('refunds all that is left by default, or a part, as a negative amount', () => {
    expect(planRefund(queued(250_00), null, 'payer')).toEqual({ ok: true, value: { amountOre: -250_00 } });
    expect(planRefund(ofCustomer(250_00), 100_00, 'customer')).toEqual({ ok: true, value: { amountOre: -100_00 } });
  });

  it('refuses more than is left, zero, a refund to a customer the payment does not have, and money out', () => {
    expect(planRefund(ofCustomer(250_00), 250_01, 'customer')).toEqual({ ok: false, refusal: { kind: 'over_payment', leftOre: 250_00 } });
    expect(planRefund(ofCustomer(250_00), 0, 'customer')).toEqual({ ok: false, refusal: { kind: 'not_positive', index: 0 } });
    expect(planRefund(queued(250_00), null, 'customer')).toEqual({ ok: false, refusal: { kind: 'no_customer' } });
    expect(planRefund(queued(0), null, 'payer')).toEqual({ ok: false, refusal: { kind: 'nothing_left' } });
    expect(planRefund(queued(-250_00, 'deduction'), null, 'payer')).toEqual({ ok: false, refusal: { kind: 'rest_of_return' } });
  });
});

describe('planUndo: a wrong allocation reversed', () => {
  it('reverses all of it by default, or a part, with the opposite sign', () => {
    expect(planUndo(12_500_00, null, 101)).toEqual({ ok: true, value: { amountOre: -12_500_00 } });
    expect(planUndo(12_500_00, 500_00, 101)).toEqual({ ok: true, value: { amountOre: -500_00 } });
    expect(planUndo(-2_000_00, null, 102)).toEqual({ ok: true, value: { amountOre: 2_000_00 } });
  });

  it('refuses more than was allocated, zero, and an invoice the payment did not pay', () => {
    expect(planUndo(12_500_00, 12_500_01, 101)).toEqual({ ok: false, refusal: { kind: 'over_invoice', index: 0, number: 101, maxOre: 12_500_00 } });
    expect(planUndo(12_500_00, 0, 101)).toEqual({ ok: false, refusal: { kind: 'not_positive', index: 0 } });
    expect(planUndo(0, null, 101)).toEqual({ ok: false, refusal: { kind: 'not_allocated', number: 101 } });
  });
});

describe('a credit note on a paid invoice frees what is settled past its total', () => {
  const at = (minute: number) => new Date(Date.UTC(2026, 2, 28, 10, minute));
  const paid = [
    { paymentId: 'bank', allocatedOre: 8_000_00, lastAt: at(0) },
    { paymentId: 'manual', allocatedOre: 4_500_00, lastAt: at(5) },
  ];

  it('from the newest payment first, then older ones, never more than each paid', () => {
    expect(releaseOverSettled(paid, 3_000_00)).toEqual([{ paymentId: 'manual', amountOre: -3_000_00 }]);
    expect(releaseOverSettled(paid, 12_500_00)).toEqual([{ paymentId: 'manual', amountOre: -4_500_00 }, { paymentId: 'bank', amountOre: -8_000_00 }]);
    expect(releaseOverSettled(paid, 6_000_00)).toEqual([{ paymentId: 'manual', amountOre: -4_500_00 }, { paymentId: 'bank', amountOre: -1_500_00 }]);
  });

  it('nothing when nothing is past the total, and never a return or a payment already undone', () => {
    expect(releaseOverSettled(paid, 0)).toEqual([]);
    expect(releaseOverSettled(paid, -100)).toEqual([]);
    const withReturn = [...paid, { paymentId: 'return', allocatedOre: -2_000_00, lastAt: at(9) }, { paymentId: 'undone', allocatedOre: 0, lastAt: at(8) }];
    expect(releaseOverSettled(withReturn, 1_00)).toEqual([{ paymentId: 'manual', amountOre: -1_00 }]);
  });
});

describe('moving a payment to the customer it came from (decision 0025)', () => {
  const matched = (over: Partial<PaymentToHandle & { amountOre: number; allocatedOre: number }> = {}) =>
    ({ kind: 'payment' as const, leftOre: 0, customerId: 'lunden', paidCustomerIds: ['lunden'], amountOre: 12_500_00, allocatedOre: 12_500_00, ...over });

  it('moves all of it, whatever it paid, to another customer', () => {
    expect(planMove(matched(), 'bygg')).toEqual({ ok: true, value: { customerId: 'bygg', movedOre: 12_500_00 } });
    expect(planMove(matched({ leftOre: 2_500_00, allocatedOre: 10_000_00 }), 'bygg')).toEqual({ ok: true, value: { customerId: 'bygg', movedOre: 12_500_00 } });
  });

  it('refuses the same customer, a payment without one, a refunded one, a return and a refund row', () => {
    expect(planMove(matched(), 'lunden')).toEqual({ ok: false, refusal: { kind: 'same_customer' } });
    expect(planMove(matched({ customerId: null }), 'bygg')).toEqual({ ok: false, refusal: { kind: 'no_customer' } });
    expect(planMove(matched({ leftOre: 0, allocatedOre: 10_000_00 }), 'bygg')).toEqual({ ok: false, refusal: { kind: 'refunded' } });
    expect(planMove(matched({ kind: 'return', amountOre: -5_00, leftOre: -5_00, allocatedOre: 0 }), 'bygg')).toEqual({ ok: false, refusal: { kind: 'rest_of_return' } });
    expect(planMove(matched({ kind: 'refund' }), 'bygg')).toEqual({ ok: false, refusal: { kind: 'refund_row' } });
  });
});
