// Back office: counts for the overview page.
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { AppContext } from '../../http/context.ts';
import { withErrors } from '../../http/schemas.ts';
import { authorize } from '../../http/session.ts';
import { swedishDate } from '../../domain/dates.ts';
import { countRegister } from '../../repositories/backoffice.ts';

export const SummaryView = Type.Object({
  customers: Type.Integer(), properties: Type.Integer(), rentalObjects: Type.Integer(),
  activeLeases: Type.Integer(), tenantUsers: Type.Integer(),
});

export default async function summaryRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = ctx;

  app.get('/api/backoffice/summary', {
    schema: {
      tags: ['backoffice'],
      summary: 'Counts for the overview page',
      response: withErrors({ 200: SummaryView }, 401, 403),
    },
  }, async (request) => {
    authorize(request, 'backoffice.read');
    return countRegister(db, swedishDate(ctx.clock.now()));
  });
}
