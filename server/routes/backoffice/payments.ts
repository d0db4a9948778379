// Inbetalningar in the back office (issue 11): the unmatched queue and handling a payment by hand
// (allocate to invoices, give to a customer, refund, undo an allocation), manual payments, one payment
// with its bookings, and a customer's payments. Handling is for those who may edit billing; reading a
// payment or a customer's payments for those who may read it.
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type, type Static } from '@sinclair/typebox';
import type { AppContext } from '../../http/context.ts';
import { IdParams, IsoDate, Nullable, StringEnum, Uuid, strict, withErrors } from '../../http/schemas.ts';
import { authorize } from '../../http/session.ts';
import { AppError } from '../../errors.ts';
import { swedishDate } from '../../domain/dates.ts';
import { customerCreditOre, listCustomerPayments } from '../../repositories/ledger.ts';
import { customerExists, findPaymentForStaff, listPaymentQueue } from '../../repositories/payment-queue.ts';
import { searchInvoices } from '../../repositories/invoice-search.ts';
import { PaymentListView, presentPayment } from '../../presenters/payments.ts';
import { PaymentQueueView, StaffPaymentBookedView, StaffPaymentMovedView, StaffPaymentResponseView, presentCreditUsed, presentQueuedPayment, presentStaffPayment } from '../../presenters/staff-payments.ts';
import { StaffInvoiceListView, presentStaffInvoiceSummary } from '../../presenters/staff-invoices.ts';
import { allocatePayment } from '../../usecases/payments/allocate-payment.ts';
import { assignPayment } from '../../usecases/payments/assign-payment.ts';
import { movePayment } from '../../usecases/payments/move-payment.ts';
import { refundPayment } from '../../usecases/payments/refund-payment.ts';
import { undoAllocation } from '../../usecases/payments/undo-allocation.ts';
import { recordManualPayment } from '../../usecases/payments/record-manual-payment.ts';

/** The most the queue lists at once, oldest first. */
const QUEUE_LIMIT = 200;
const SEARCH_LIMIT = 20;
/** 100 million kronor, as for invoices: more than any payment, well inside exact integers. */
const MAX_ORE = 10_000_000_000;

/** An amount staff type: any sign is let through, so that zero or a minus is refused in words. */
const Amount = (description: string) => Type.Integer({ minimum: -MAX_ORE, maximum: MAX_ORE, description });
const ExpectedLeft = Type.Integer({
  minimum: -MAX_ORE, maximum: MAX_ORE,
  description: 'What the form showed left of the payment (leftOre, signed): the booking is refused with PAYMENT_CHANGED (409) if it has changed, so a double submit books once',
});

export const PaymentInvoiceSearchQuery = Type.Object({
  q: Type.Optional(Type.String({ maxLength: 100, description: "An invoice or OCR number, or part of the customer's name or organisation/personal number" })),
  amountOre: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_ORE, description: 'Invoices whose total, or what is left to pay, is this' })),
  customerId: Type.Optional(Uuid),
}, strict);

export const AllocatePaymentBody = Type.Object({
  lines: Type.Array(Type.Object({ invoiceId: Uuid, amountOre: Amount('Positive öre, whatever the sign of the payment (a return takes it back from the invoice)') }, strict), { maxItems: 50 }),
  rest: Type.Optional(StringEnum(['queue', 'credit'], { description: "For a payment without a customer: what is left stays in the queue (default) or becomes the invoices' customer's credit" })),
  expectedLeftOre: ExpectedLeft,
}, strict);

export const AssignPaymentBody = Type.Object({ customerId: Uuid, expectedLeftOre: ExpectedLeft }, strict);
/** The same form as giving a queued payment to a customer: the customer, and what staff saw left. */
export const MovePaymentBody = AssignPaymentBody;

export const RefundPaymentBody = Type.Object({
  amountOre: Type.Optional(Nullable(Amount('Positive öre; absent or null: all that is left'))),
  to: StringEnum(['customer', 'payer'], { description: "customer: its credit paid back; payer: a payment nobody's paid back to whoever paid" }),
  note: Type.Optional(Nullable(Type.String({ maxLength: 300, description: "Where the money went, for staff (not shown to the tenant)" }))),
  expectedLeftOre: ExpectedLeft,
}, strict);

export const UndoAllocationBody = Type.Object({
  invoiceId: Uuid,
  amountOre: Type.Optional(Nullable(Amount('Positive öre; absent or null: all the payment paid on the invoice'))),
  expectedLeftOre: ExpectedLeft,
}, strict);

export const ManualPaymentBody = Type.Object({
  key: Type.String({ format: 'uuid', description: 'An idempotency key the form makes once (a UUID): the same key again books nothing and answers with the payment' }),
  paidOn: IsoDate,
  amountOre: Amount('In öre, more than 0'),
  reference: Type.Optional(Nullable(Type.String({ maxLength: 100, description: 'The OCR number (or text) the payer gave; with an OCR of ours it is matched like an import' }))),
  payerName: Type.String({ maxLength: 200 }),
  customerId: Type.Optional(Nullable(Uuid)),
  note: Type.Optional(Nullable(Type.String({ maxLength: 300, description: 'For staff: how the money came (cash, the wrong account)' }))),
}, strict);

export default async function backofficePaymentRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  const paymentAnswer = async (id: string) => {
    const bundle = await findPaymentForStaff(ctx.db, id);
    if (!bundle) throw new AppError('NOT_FOUND');
    return { payment: presentStaffPayment(bundle) };
  };

  app.get('/api/backoffice/payments/queue', {
    schema: {
      tags: ['backoffice'], summary: 'Unmatched payments (oparade): money nobody\'s, and deductions and returns not settled; oldest first',
      response: withErrors({ 200: PaymentQueueView }, 401, 403),
    },
  }, async (request) => {
    authorize(request, 'billing.edit');
    const { rows, count, leftOre } = await listPaymentQueue(ctx.db, QUEUE_LIMIT);
    return { payments: rows.map(presentQueuedPayment), count, leftOre, more: count > rows.length };
  });

  app.get('/api/backoffice/payments/invoices', {
    schema: {
      tags: ['backoffice'], summary: 'Invoices to allocate a payment to (no credit notes), by OCR, number, customer or amount; newest first',
      querystring: PaymentInvoiceSearchQuery,
      response: withErrors({ 200: StaffInvoiceListView }, 401, 403),
    },
  }, async (request) => {
    authorize(request, 'billing.edit');
    const today = swedishDate(ctx.clock.now());
    const { rows, total } = await searchInvoices(ctx.db, { ...request.query, payable: true, today, limit: SEARCH_LIMIT, offset: 0 });
    return { invoices: rows.map((r) => presentStaffInvoiceSummary(r, today)), total, page: 1, pageSize: SEARCH_LIMIT };
  });

  app.get('/api/backoffice/payments/:id', {
    schema: {
      tags: ['backoffice'], summary: 'One payment: what is left, whose, its file, the invoices it paid and every booking on it',
      params: IdParams,
      response: withErrors({ 200: StaffPaymentResponseView }, 401, 403, 404),
    },
  }, async (request) => {
    authorize(request, 'billing.read');
    return paymentAnswer(request.params.id);
  });

  app.post('/api/backoffice/payments', {
    schema: {
      tags: ['backoffice'], summary: 'Record a manual payment (cash, the wrong account): with an OCR matched like an import, else the customer\'s credit or the queue',
      body: ManualPaymentBody,
      response: withErrors({ 200: StaffPaymentBookedView, 201: StaffPaymentBookedView }, 401, 403, 409, 422),
    },
  }, async (request, reply) => {
    const staff = authorize(request, 'billing.edit');
    const recorded = await recordManualPayment(ctx, { ...request.body, staffId: staff.userId, ip: request.ip });
    return reply.status(recorded.replay ? 200 : 201).send({ ...await paymentAnswer(recorded.id), creditUsed: presentCreditUsed(recorded.creditUsed) });
  });

  app.post('/api/backoffice/payments/:id/allocations', {
    schema: {
      tags: ['backoffice'], summary: 'Allocate a payment by hand to one or more invoices; the rest stays queued or becomes the customer\'s credit, which pays its open invoices at once',
      params: IdParams, body: AllocatePaymentBody,
      response: withErrors({ 200: StaffPaymentBookedView }, 401, 403, 404, 409, 422),
    },
  }, async (request) => {
    const staff = authorize(request, 'billing.edit');
    const { lines, rest, expectedLeftOre } = request.body as Static<typeof AllocatePaymentBody>;
    const allocated = await allocatePayment(ctx, { staffId: staff.userId, ip: request.ip, paymentId: request.params.id, lines, rest: rest ?? 'queue', expectedLeftOre });
    return { ...await paymentAnswer(request.params.id), creditUsed: presentCreditUsed(allocated.creditUsed) };
  });

  app.post('/api/backoffice/payments/:id/allocations/undo', {
    schema: {
      tags: ['backoffice'], summary: 'Undo a wrong allocation (all or part) by a reversing one: the money goes back to the payment',
      params: IdParams, body: UndoAllocationBody,
      response: withErrors({ 200: StaffPaymentResponseView }, 401, 403, 404, 409, 422),
    },
  }, async (request) => {
    const staff = authorize(request, 'billing.edit');
    await undoAllocation(ctx, { ...request.body, staffId: staff.userId, ip: request.ip, paymentId: request.params.id });
    return paymentAnswer(request.params.id);
  });

  app.post('/api/backoffice/payments/:id/assignment', {
    schema: {
      tags: ['backoffice'], summary: "Give what is left of a queued payment to a customer: it pays the customer's open invoices at once, oldest due first; the rest is its credit",
      params: IdParams, body: AssignPaymentBody,
      response: withErrors({ 200: StaffPaymentBookedView }, 401, 403, 404, 409, 422),
    },
  }, async (request) => {
    const staff = authorize(request, 'billing.edit');
    const assigned = await assignPayment(ctx, { ...request.body, staffId: staff.userId, ip: request.ip, paymentId: request.params.id });
    return { ...await paymentAnswer(request.params.id), creditUsed: presentCreditUsed(assigned.creditUsed) };
  });

  app.post('/api/backoffice/payments/:id/move', {
    schema: {
      tags: ['backoffice'], summary: "Move a payment to the customer it came from (decision 0025): what it paid is undone, all of it becomes the other customer's and pays its open invoices at once",
      params: IdParams, body: MovePaymentBody,
      response: withErrors({ 200: StaffPaymentMovedView }, 401, 403, 404, 409, 422),
    },
  }, async (request) => {
    const staff = authorize(request, 'billing.edit');
    const moved = await movePayment(ctx, { ...request.body, staffId: staff.userId, ip: request.ip, paymentId: request.params.id });
    return {
      ...await paymentAnswer(request.params.id), creditUsed: presentCreditUsed(moved.creditUsed),
      undone: moved.undone.map((u) => ({ invoice: { id: u.invoiceId, number: u.number }, amountOre: u.amountOre })),
    };
  });

  app.post('/api/backoffice/payments/:id/refunds', {
    schema: {
      tags: ['backoffice'], summary: 'Refund what is left of a payment (or part): a negative payment of kind refund naming it',
      params: IdParams, body: RefundPaymentBody,
      response: withErrors({ 200: StaffPaymentResponseView }, 401, 403, 404, 409, 422),
    },
  }, async (request) => {
    const staff = authorize(request, 'billing.edit');
    await refundPayment(ctx, { ...(request.body as Static<typeof RefundPaymentBody>), staffId: staff.userId, ip: request.ip, paymentId: request.params.id });
    return paymentAnswer(request.params.id);
  });

  app.get('/api/backoffice/customers/:id/payments', {
    schema: {
      tags: ['backoffice'], summary: "A customer's payments and refunds, newest first, with the invoices each paid, and its credit",
      params: IdParams,
      response: withErrors({ 200: PaymentListView }, 401, 403, 404),
    },
  }, async (request) => {
    const staff = authorize(request, 'billing.read');
    if (!await customerExists(ctx.db, request.params.id)) throw new AppError('NOT_FOUND');
    const rows = await listCustomerPayments(ctx.db, staff.scope, request.params.id);
    const creditOre = await customerCreditOre(ctx.db, staff.scope, request.params.id);
    return { payments: rows.map(presentPayment), creditOre };
  });
}
