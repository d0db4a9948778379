// Ärenden for tenants: only the customer's own cases; internal notes never leave the server here.
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { AppContext } from '../../http/context.ts';
import { AttachmentIds, IdParams, IsoDate, Nullable, StringEnum, Uuid, withErrors } from '../../http/schemas.ts';
import { tenantOf } from '../../http/session.ts';
import { AppError } from '../../errors.ts';
import type { Language } from '../../i18n/language.ts';
import { caseParts, findCaseWithSummary, listCases, listCategories } from '../../repositories/cases.ts';
import { findLandlord } from '../../repositories/landlord.ts';
import { CaseCategoryListView, CaseListView, CaseResponseView, presentCaseDetail, presentCaseSummary } from '../../presenters/cases.ts';
import { createCase } from '../../usecases/cases/create-case.ts';
import { tenantWrites } from '../../usecases/cases/tenant-writes.ts';
import type { TenantScope } from '../../policies/tenant.ts';
import type { Db } from '../../db/client.ts';

export const NewCaseBody = Type.Object({
  title: Type.String({ minLength: 1, maxLength: 200 }), description: Type.String({ minLength: 1, maxLength: 5000 }), category: Type.String({ maxLength: 40 }),
  leaseId: Nullable(Uuid), rentalObjectId: Nullable(Uuid), spaceId: Nullable(Uuid), attachmentIds: AttachmentIds,
}, { additionalProperties: false });
export const CaseMessageBody = Type.Object({ body: Type.String({ maxLength: 5000 }), attachmentIds: AttachmentIds }, { additionalProperties: false });

export async function tenantCaseView(db: Db, scope: TenantScope, id: string, lang: Language) {
  const found = await findCaseWithSummary(db, scope, id);
  if (!found) throw new AppError('NOT_FOUND');
  const [parts, landlord] = await Promise.all([caseParts(db, found.row, { withInternal: false }), findLandlord(db)]);
  // Staff names are the landlord's business: the tenant sees the landlord.
  const detail = presentCaseDetail(found.row, parts, { landlordName: landlord?.name ?? '', staffShownAs: landlord?.name ?? '', side: 'portal' });
  return { case: { ...presentCaseSummary(found, lang), ...detail } };
}

export default async function portalCaseRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = ctx;

  app.get('/api/portal/case-categories', {
    schema: { tags: ['portal'], summary: 'The kinds of case a tenant can open', response: withErrors({ 200: CaseCategoryListView }, 401) },
  }, async (request) => ({
    categories: (await listCategories(db, { forTenants: true })).map((c) => ({ code: c.code, name: request.lang === 'sv' ? c.nameSv : c.nameEn })),
  }));

  app.get('/api/portal/cases', {
    schema: {
      tags: ['portal'], summary: "The customer's cases: current by default, historic on request, with free-text search and filters",
      querystring: Type.Object({
        view: Type.Optional(StringEnum(['current', 'historic'])), q: Type.Optional(Type.String({ maxLength: 200 })),
        category: Type.Optional(Type.String({ maxLength: 40 })), status: Type.Optional(StringEnum(['registered', 'in_progress', 'waiting_for_tenant', 'closed'])),
        leaseId: Type.Optional(Uuid), from: Type.Optional(IsoDate), to: Type.Optional(IsoDate),
      }, { additionalProperties: false }),
      response: withErrors({ 200: CaseListView }, 401),
    },
  }, async (request) => {
    const tenant = tenantOf(request);
    const q = request.query;
    const rows = await listCases(db, tenant.scope, { view: (q.view as 'current' | 'historic' | undefined) ?? 'current', q: q.q, category: q.category || undefined, status: (q.status as string | undefined) || undefined, leaseId: q.leaseId, from: q.from, to: q.to }, 'newest', 200);
    return { cases: rows.map((r) => presentCaseSummary(r, request.lang)) };
  });

  app.post('/api/portal/cases', {
    schema: {
      tags: ['portal'], summary: 'Nytt ärende: routed to the customer manager or property manager; a confirmation e-mail links to it',
      body: NewCaseBody,
      response: withErrors({ 201: CaseResponseView }, 401, 404),
    },
  }, async (request, reply) => {
    const tenant = tenantOf(request);
    const created = await createCase(ctx, tenant.scope, { ...request.body, ip: request.ip });
    return reply.status(201).send(await tenantCaseView(db, tenant.scope, created.id, request.lang));
  });

  app.get('/api/portal/cases/:id', {
    schema: { tags: ['portal'], summary: 'One case with its dialog and history', params: IdParams, response: withErrors({ 200: CaseResponseView }, 401, 404) },
  }, async (request) => tenantCaseView(db, tenantOf(request).scope, request.params.id, request.lang));

  app.post('/api/portal/cases/:id/messages', {
    schema: {
      tags: ['portal'], summary: 'Write in the dialog, with files if wanted (a case closed less than 14 days ago opens again)', params: IdParams,
      body: CaseMessageBody,
      response: withErrors({ 201: CaseResponseView }, 401, 403, 404),
    },
  }, async (request, reply) => {
    const tenant = tenantOf(request);
    await tenantWrites(ctx, tenant.scope, { caseId: request.params.id, body: request.body.body, attachmentIds: request.body.attachmentIds });
    return reply.status(201).send(await tenantCaseView(db, tenant.scope, request.params.id, request.lang));
  });
}
