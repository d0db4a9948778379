// Skulder: the debtor list (every customer with an overdue balance, by age) and a customer's debt and
// credit, for staff who may read billing.
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../http/context.ts';
import { IdParams, withErrors } from '../../http/schemas.ts';
import { authorize } from '../../http/session.ts';
import { AppError } from '../../errors.ts';
import { swedishDate } from '../../domain/dates.ts';
import { findCustomer } from '../../repositories/customers.ts';
import { customerDebtSummary, listDebtors } from '../../usecases/payments/debt.ts';
import { CustomerDebtResponseView, DebtorListView, presentCustomerDebt, presentDebtors } from '../../presenters/debt.ts';

export default async function backofficeDebtRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.get('/api/backoffice/debtors', {
    schema: {
      tags: ['backoffice'], summary: 'Skulder: every customer with an overdue balance, by age (1-30, 31-60, 61-90, 90+ days), the largest first',
      response: withErrors({ 200: DebtorListView }, 401, 403),
    },
  }, async (request) => {
    authorize(request, 'billing.read');
    const today = swedishDate(ctx.clock.now());
    return presentDebtors(await listDebtors(ctx.db, today), today);
  });

  app.get('/api/backoffice/customers/:id/debt', {
    schema: {
      tags: ['backoffice'], summary: "A customer's debt by age, what is not yet due, and its credit",
      params: IdParams,
      response: withErrors({ 200: CustomerDebtResponseView }, 401, 403, 404),
    },
  }, async (request) => {
    authorize(request, 'billing.read');
    if (!(await findCustomer(ctx.db, request.params.id))) throw new AppError('NOT_FOUND');
    return { debt: presentCustomerDebt(await customerDebtSummary(ctx.db, request.params.id, swedishDate(ctx.clock.now()))) };
  });
}
