// Aviseringskörning: preview a period, start a run (a background job), follow its progress.
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { AppContext } from '../../http/context.ts';
import { IdParams, withErrors } from '../../http/schemas.ts';
import { authorize } from '../../http/session.ts';
import { AppError } from '../../errors.ts';
import { findInvoiceRun, listInvoiceRuns } from '../../repositories/invoice-runs.ts';
import { InvoiceRunListView, InvoiceRunPreviewView, InvoiceRunResponseView, presentPreview, presentRun } from '../../presenters/invoice-runs.ts';
import { previewInvoiceRun } from '../../usecases/billing/preview-invoice-run.ts';
import { startInvoiceRun } from '../../usecases/billing/start-invoice-run.ts';

/** The period to run: a month ('2026-04') or a quarter ('2026-Q2'); a bad key is refused in words (422). */
export const InvoiceRunBody = Type.Object({
  period: Type.String({ minLength: 1, maxLength: 20, description: "A month 'YYYY-MM' or a quarter 'YYYY-QN', e.g. '2026-04' or '2026-Q2'" }),
}, { additionalProperties: false });

export default async function backofficeInvoiceRunRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.post('/api/backoffice/invoice-runs/preview', {
    schema: {
      tags: ['backoffice'], summary: 'What a run for a month or quarter would make: how many avier, the total, and the leases skipped and why',
      body: InvoiceRunBody,
      response: withErrors({ 200: InvoiceRunPreviewView }, 401, 403, 422),
    },
  }, async (request) => {
    authorize(request, 'billing.read');
    const { run, plan } = await previewInvoiceRun(ctx, request.body.period);
    return presentPreview(run, plan);
  });

  app.post('/api/backoffice/invoice-runs', {
    schema: {
      tags: ['backoffice'], summary: 'Start a run for a month or quarter: a background job; follow it at /api/backoffice/invoice-runs/{id}',
      body: InvoiceRunBody,
      response: withErrors({ 202: InvoiceRunResponseView }, 401, 403, 409, 422),
    },
  }, async (request, reply) => {
    const staff = authorize(request, 'billing.edit');
    const id = await startInvoiceRun(ctx, { staffId: staff.userId, period: request.body.period, ip: request.ip });
    const found = await findInvoiceRun(ctx.db, id);
    return reply.status(202).send({ run: presentRun(found!) });
  });

  app.get('/api/backoffice/invoice-runs', {
    schema: {
      tags: ['backoffice'], summary: 'Invoice runs, latest first (at most 100)',
      response: withErrors({ 200: InvoiceRunListView }, 401, 403),
    },
  }, async (request) => {
    authorize(request, 'billing.read');
    return { runs: (await listInvoiceRuns(ctx.db, 100)).map(presentRun) };
  });

  app.get('/api/backoffice/invoice-runs/:id', {
    schema: {
      tags: ['backoffice'], summary: "One run: its status and progress (leasesDone of leasesTotal), what it made and skipped",
      params: IdParams,
      response: withErrors({ 200: InvoiceRunResponseView }, 401, 403, 404),
    },
  }, async (request) => {
    authorize(request, 'billing.read');
    const found = await findInvoiceRun(ctx.db, request.params.id);
    if (!found) throw new AppError('NOT_FOUND');
    return { run: presentRun(found) };
  });
}
