// Inbetalningar: the customer's payments, and the balance Hem shows (debt and credit).
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../http/context.ts';
import { withErrors } from '../../http/schemas.ts';
import { tenantOf } from '../../http/session.ts';
import { swedishDate } from '../../domain/dates.ts';
import { customerCreditOre, customerDebt, listCustomerPayments } from '../../repositories/ledger.ts';
import { BalanceView, PaymentListView, presentPayment } from '../../presenters/payments.ts';

export default async function portalPaymentRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.get('/api/portal/payments', {
    schema: {
      tags: ['portal'], summary: "The customer's payments and refunds, newest first, with the invoices each paid and the credit left",
      response: withErrors({ 200: PaymentListView }, 401),
    },
  }, async (request) => {
    const { scope } = tenantOf(request);
    const [rows, creditOre] = await Promise.all([
      listCustomerPayments(ctx.db, scope, scope.customerId),
      customerCreditOre(ctx.db, scope, scope.customerId),
    ]);
    return { payments: rows.map(presentPayment), creditOre };
  });

  app.get('/api/portal/balance', {
    schema: {
      tags: ['portal'], summary: "The customer's debt (overdue and unpaid) and credit, for Hem",
      response: withErrors({ 200: BalanceView }, 401),
    },
  }, async (request) => {
    const { scope } = tenantOf(request);
    const today = swedishDate(ctx.clock.now());
    const [debt, creditOre] = await Promise.all([
      customerDebt(ctx.db, scope, scope.customerId, today),
      customerCreditOre(ctx.db, scope, scope.customerId),
    ]);
    return { ...debt, creditOre };
  });
}
