// Avier & fakturor: the customer's invoices, one invoice with its payment details, its PDF. Every
// query is scoped to the session's customer: another customer's invoice is not found (404).
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { AppContext } from '../../http/context.ts';
import { Binary, IdParams, withErrors } from '../../http/schemas.ts';
import { tenantOf } from '../../http/session.ts';
import { AppError } from '../../errors.ts';
import { swedishDate } from '../../domain/dates.ts';
import { listInvoices } from '../../repositories/invoices.ts';
import { InvoiceListView, InvoiceResponseView, presentInvoiceSummary } from '../../presenters/invoices.ts';
import { readInvoice } from '../../usecases/billing/read-invoice.ts';
import { invoicePdf } from '../../usecases/billing/invoice-pdf.ts';
import { replyInvoicePdf } from '../../http/pdf-reply.ts';

export const InvoiceListQuery = Type.Object({
  unpaid: Type.Optional(Type.Boolean({ default: true, description: 'Only what is left to pay (the default, "Visa endast obetalda"); false: all, newest first' })),
}, { additionalProperties: false });


export default async function portalInvoiceRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.get('/api/portal/invoices', {
    schema: {
      tags: ['portal'], summary: "The customer's invoices, newest first: by default only those with something left to pay",
      querystring: InvoiceListQuery,
      response: withErrors({ 200: InvoiceListView }, 401),
    },
  }, async (request) => {
    const tenant = tenantOf(request);
    const today = swedishDate(ctx.clock.now());
    const rows = await listInvoices(ctx.db, tenant.scope, tenant.scope.customerId, { unpaid: request.query.unpaid ?? true });
    return { invoices: rows.map((r) => presentInvoiceSummary(r, today)) };
  });

  app.get('/api/portal/invoices/:id', {
    schema: {
      tags: ['portal'], summary: 'One invoice: rows, VAT per rate, bankgiro, OCR, status, payments and credit notes, and the payment QR code',
      params: IdParams,
      response: withErrors({ 200: InvoiceResponseView }, 401, 404),
    },
  }, async (request) => {
    const tenant = tenantOf(request);
    const invoice = await readInvoice(ctx, tenant.scope, request.params.id);
    if (!invoice) throw new AppError('NOT_FOUND');
    return { invoice };
  });

  app.get('/api/portal/invoices/:id/pdf', {
    schema: {
      tags: ['portal'], summary: '"Öppna avi": the invoice as an A4 PDF (inline), in the language of Accept-Language',
      params: IdParams,
      produces: ['application/pdf'],
      response: withErrors({ 200: Binary('application/pdf') }, 401, 404),
    },
  }, async (request, reply) => {
    const tenant = tenantOf(request);
    return replyInvoicePdf(reply, await invoicePdf(ctx, tenant.scope, request.params.id, request.lang));
  });
}
