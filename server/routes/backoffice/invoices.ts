// Fakturor: every customer's invoices (avier, one-off invoices, credit notes) for staff who may read
// billing; issuing a one-off invoice and crediting an invoice for those who may edit it.
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type, type Static } from '@sinclair/typebox';
import type { AppContext } from '../../http/context.ts';
import { Binary, IdParams, IsoDate, Nullable, StringEnum, Uuid, strict, withErrors } from '../../http/schemas.ts';
import { authorize } from '../../http/session.ts';
import { AppError } from '../../errors.ts';
import { swedishDate } from '../../domain/dates.ts';
import { searchInvoices, invoiceParties, invoiceToCredit } from '../../repositories/invoice-search.ts';
import { IssuedInvoiceView, StaffInvoiceListView, StaffInvoiceResponseView, presentStaffInvoiceDetail, presentStaffInvoiceSummary } from '../../presenters/staff-invoices.ts';
import { readInvoice } from '../../usecases/billing/read-invoice.ts';
import { issueOneOffInvoice } from '../../usecases/billing/issue-invoice.ts';
import { creditInvoice } from '../../usecases/billing/credit-invoice.ts';
import { CreditUsedView, presentCreditUsed } from '../../presenters/staff-payments.ts';
import { invoicePdf } from '../../usecases/billing/invoice-pdf.ts';
import { replyInvoicePdf } from '../../http/pdf-reply.ts';

export const PAGE_SIZE = 50;
/** 100 million kronor: more than any row of a landlord's invoice, well inside exact integers. */
const MAX_ORE = 10_000_000_000;

export const StaffInvoiceListQuery = Type.Object({
  q: Type.Optional(Type.String({ maxLength: 100, description: "An invoice or OCR number, or part of the customer's name or organisation/personal number" })),
  customerId: Type.Optional(Uuid),
  status: Type.Optional(StringEnum(['unpaid', 'partly_paid', 'paid', 'overdue'])),
  kind: Type.Optional(StringEnum(['rent', 'one_off', 'credit'])),
  page: Type.Optional(Type.Integer({ minimum: 1, maximum: 100_000, description: `Pages of ${PAGE_SIZE}, newest first` })),
}, strict);

export const VatRate = Type.Unsafe<0 | 25>({ type: 'integer', enum: [0, 25], description: 'VAT rate in percent: 0 or 25' });

export const OneOffInvoiceRowBody = Type.Object({
  description: Type.String({ minLength: 1, maxLength: 200 }),
  quantity: Type.Optional(Type.Integer({ minimum: 1, maximum: 10_000, description: 'Units; 1 when absent' })),
  netOre: Type.Integer({ minimum: 1, maximum: MAX_ORE, description: 'Excluding VAT, a unit, in öre' }),
  vatRatePercent: VatRate,
}, strict);

export const OneOffInvoiceBody = Type.Object({
  customerId: Uuid,
  leaseId: Type.Optional(Nullable(Uuid)),
  text: Type.String({ minLength: 1, maxLength: 200, description: 'What the invoice is for, its heading in the portal: "Extra nyckel"' }),
  rows: Type.Array(OneOffInvoiceRowBody, { minItems: 1, maxItems: 50 }),
  dueDate: Type.Optional(Nullable(IsoDate)),
}, strict);

export const CreditInvoiceBody = Type.Object({
  reason: Type.String({ minLength: 1, maxLength: 500, description: "Why: the credit note's text" }),
  rows: Type.Optional(Type.Array(Type.Object({
    position: Type.Integer({ minimum: 1, maximum: 10_000, description: "The invoice row's position" }),
    netOre: Type.Integer({ minimum: 1, maximum: MAX_ORE, description: 'How much of the row to credit, excluding VAT, in öre' }),
  }, strict), { maxItems: 200, description: 'The parts to credit; absent or empty: all that is left of the invoice' })),
}, strict);

export const IssuedInvoiceResponseView = Type.Object({ invoice: IssuedInvoiceView });
export const CreditedInvoiceResponseView = Type.Object({
  invoice: IssuedInvoiceView,
  releasedOre: Type.Integer({ minimum: 0, description: "What the credit freed of payments on a paid invoice: now the customer's credit (decision 0023)" }),
  creditUsed: CreditUsedView,
});


export default async function backofficeInvoiceRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.get('/api/backoffice/invoices', {
    schema: {
      tags: ['backoffice'], summary: 'Invoices of all customers, newest first, searched by customer, number, status and kind; in pages',
      querystring: StaffInvoiceListQuery,
      response: withErrors({ 200: StaffInvoiceListView }, 401, 403),
    },
  }, async (request) => {
    authorize(request, 'billing.read');
    const today = swedishDate(ctx.clock.now());
    const page = request.query.page ?? 1;
    const query = request.query as Static<typeof StaffInvoiceListQuery>;
    const { rows, total } = await searchInvoices(ctx.db, { ...query, today, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
    return { invoices: rows.map((r) => presentStaffInvoiceSummary(r, today)), total, page, pageSize: PAGE_SIZE };
  });

  app.get('/api/backoffice/invoices/:id', {
    schema: {
      tags: ['backoffice'], summary: 'One invoice: rows, status, payments, credit notes, its customer and what may still be credited',
      params: IdParams,
      response: withErrors({ 200: StaffInvoiceResponseView }, 401, 403, 404),
    },
  }, async (request) => {
    const staff = authorize(request, 'billing.read');
    const [detail, parties, credit] = [
      await readInvoice(ctx, staff.scope, request.params.id),
      await invoiceParties(ctx.db, request.params.id),
      await invoiceToCredit(ctx.db, request.params.id),
    ];
    if (!detail || !parties || !credit) throw new AppError('NOT_FOUND');
    return { invoice: presentStaffInvoiceDetail(detail, parties, credit) };
  });

  app.post('/api/backoffice/invoices', {
    schema: {
      tags: ['backoffice'], summary: 'Issue a one-off invoice (a faktura) to a customer: numbered, with OCR, and e-mailed to its tenant users',
      body: OneOffInvoiceBody,
      response: withErrors({ 201: IssuedInvoiceResponseView }, 401, 403, 422),
    },
  }, async (request, reply) => {
    const staff = authorize(request, 'billing.edit');
    const body = request.body as Static<typeof OneOffInvoiceBody>;
    const issued = await issueOneOffInvoice(ctx, { ...body, staffId: staff.userId, ip: request.ip });
    return reply.status(201).send({ invoice: { id: issued.id, number: issued.number, totalOre: issued.totals.totalOre } });
  });

  app.post('/api/backoffice/invoices/:id/credit', {
    schema: {
      tags: ['backoffice'], summary: 'Credit all or part of an invoice with a credit note (never more than is left uncredited)',
      params: IdParams,
      body: CreditInvoiceBody,
      response: withErrors({ 201: CreditedInvoiceResponseView }, 401, 403, 404, 422),
    },
  }, async (request, reply) => {
    const staff = authorize(request, 'billing.edit');
    const issued = await creditInvoice(ctx, { ...request.body, invoiceId: request.params.id, staffId: staff.userId, ip: request.ip });
    return reply.status(201).send({
      invoice: { id: issued.id, number: issued.number, totalOre: issued.totals.totalOre },
      releasedOre: issued.releasedOre, creditUsed: presentCreditUsed(issued.creditUsed),
    });
  });

  app.get('/api/backoffice/invoices/:id/pdf', {
    schema: {
      tags: ['backoffice'], summary: '"Öppna avi": any customer\'s invoice or credit note as the A4 PDF the tenant gets (inline), in the language of Accept-Language',
      params: IdParams,
      produces: ['application/pdf'],
      response: withErrors({ 200: Binary('application/pdf') }, 401, 403, 404),
    },
  }, async (request, reply) => {
    const staff = authorize(request, 'billing.read');
    return replyInvoicePdf(reply, await invoicePdf(ctx, staff.scope, request.params.id, request.lang));
  });
}
