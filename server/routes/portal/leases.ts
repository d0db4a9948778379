// The tenant portal's API: every query is scoped to the logged-in user's customer.
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../http/context.ts';
import { IdParams, withErrors } from '../../http/schemas.ts';
import { tenantOf } from '../../http/session.ts';
import { AppError } from '../../errors.ts';
import { swedishDate } from '../../domain/dates.ts';
import { findCustomerLeases, findSpacesOf } from '../../repositories/leases.ts';
import { LeaseCopyRequestView, LeaseListView, LeaseResponseView, presentLeaseDetail, presentLeaseSummary } from '../../presenters/leases.ts';
import { documentOfLease } from '../../repositories/attachments.ts';
import { requestLeaseCopy } from '../../usecases/leases/request-lease-copy.ts';

export default async function portalRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = ctx;

  app.get('/api/portal/leases', {
    schema: {
      tags: ['portal'],
      summary: "The customer's leases",
      response: withErrors({ 200: LeaseListView }, 401),
    },
  }, async (request) => {
    const tenant = tenantOf(request);
    const today = swedishDate(ctx.clock.now());
    const bundles = await findCustomerLeases(db, tenant.scope, tenant.scope.customerId);
    return { leases: bundles.map((b) => presentLeaseSummary(b, today)) };
  });

  app.get('/api/portal/leases/:id', {
    schema: {
      tags: ['portal'],
      summary: 'One lease with its rent rows, objects and spaces',
      params: IdParams,
      response: withErrors({ 200: LeaseResponseView }, 401, 404),
    },
  }, async (request) => {
    const tenant = tenantOf(request);
    const [bundle] = await findCustomerLeases(db, tenant.scope, tenant.scope.customerId, request.params.id);
    if (!bundle) throw new AppError('NOT_FOUND');
    const [spaces, document] = await Promise.all([findSpacesOf(db, bundle.objects.map((o) => o.id)), documentOfLease(db, bundle.lease.id)]);
    return { lease: presentLeaseDetail(bundle, spaces, swedishDate(ctx.clock.now()), document) };
  });

  app.post('/api/portal/leases/:id/copy-request', {
    schema: {
      tags: ['portal'],
      summary: 'Begär kopia: a case asking the customer manager for a copy of the lease (the open one again if already asked)',
      params: IdParams,
      response: withErrors({ 200: LeaseCopyRequestView, 201: LeaseCopyRequestView }, 401, 404),
    },
  }, async (request, reply) => {
    const tenant = tenantOf(request);
    const result = await requestLeaseCopy(ctx, tenant.scope, { leaseId: request.params.id, lang: request.lang, ip: request.ip });
    return reply.status(result.created ? 201 : 200).send({ case: { id: result.case.id, number: result.case.number }, created: result.created });
  });
}
