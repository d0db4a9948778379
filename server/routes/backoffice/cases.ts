// Ärenden in the back office: inbox, dialog with internal notes, status and assignment.
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { AppContext } from '../../http/context.ts';
import { AttachmentIds, IdParams, Nullable, StringEnum, Uuid, withErrors } from '../../http/schemas.ts';
import { AppError } from '../../errors.ts';
import type { Language } from '../../i18n/language.ts';
import type { CaseStatus } from '../../domain/cases.ts';
import { caseParts, countCaseBoxes, findCaseWithSummary, listActiveStaff, listCases } from '../../repositories/cases.ts';
import { findLandlord } from '../../repositories/landlord.ts';
import { presentCaseDetail, presentStaffCaseSummary, StaffCaseHandledView, StaffCaseListView, StaffCaseResponseView } from '../../presenters/cases.ts';
import { assignCase } from '../../usecases/cases/assign-case.ts';
import { changeStatus } from '../../usecases/cases/change-status.ts';
import { staffWrites } from '../../usecases/cases/staff-writes.ts';
import { staffHandlesCase } from '../../usecases/cases/staff-handles-case.ts';
import type { StaffScope } from '../../policies/tenant.ts';
import { authorize } from '../../http/session.ts';

const statuses = ['registered', 'in_progress', 'waiting_for_tenant', 'closed'] as const;

export const StaffCaseMessageBody = Type.Object({ body: Type.String({ maxLength: 5000 }), internal: Type.Boolean(), attachmentIds: AttachmentIds }, { additionalProperties: false });
export const CaseStatusBody = Type.Object({ status: StringEnum(statuses) }, { additionalProperties: false });
export const CaseAssignBody = Type.Object({ staffId: Nullable(Uuid) }, { additionalProperties: false });
/** The case page's one form: status, responsible (null: the shared queue) and a reply or note, saved together. */
export const CaseHandlingBody = Type.Object({
  status: StringEnum(statuses), staffId: Nullable(Uuid),
  body: Type.String({ maxLength: 5000, description: 'A reply to the tenant or, with internal, a note; empty when only status or responsible change' }),
  internal: Type.Boolean(), attachmentIds: AttachmentIds,
}, { additionalProperties: false });

export default async function backofficeCaseRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = ctx;

  async function view(scope: StaffScope, id: string, lang: Language) {
    const found = await findCaseWithSummary(db, scope, id);
    if (!found) throw new AppError('NOT_FOUND');
    const [parts, landlord, staff] = await Promise.all([caseParts(db, found.row, { withInternal: true }), findLandlord(db), listActiveStaff(db)]);
    return { case: { ...presentStaffCaseSummary(found, lang), ...presentCaseDetail(found.row, parts, { landlordName: landlord?.name ?? '', side: 'backoffice' }) }, staff };
  }

  app.get('/api/backoffice/cases', {
    schema: {
      tags: ['backoffice'], summary: 'Cases: mine, my properties, the shared queue or all; what has waited longest for us first',
      querystring: Type.Object({
        box: Type.Optional(StringEnum(['mine', 'properties', 'queue', 'all'])), q: Type.Optional(Type.String({ maxLength: 200 })),
        status: Type.Optional(StringEnum(statuses)), kind: Type.Optional(StringEnum(['service_request', 'option_order', 'related'])),
      }, { additionalProperties: false }),
      response: withErrors({ 200: StaffCaseListView }, 401, 403),
    },
  }, async (request) => {
    const staff = authorize(request, 'cases.read');
    const box = (request.query.box as string | undefined) ?? 'mine';
    const [rows, counts] = await Promise.all([listCases(db, staff.scope, {
      q: request.query.q, status: request.query.status as string | undefined, kind: request.query.kind as string | undefined,
      // Notices are information, not work: the inbox shows them only when asked for by kind.
      excludeRelated: !request.query.kind,
      ...(box === 'mine' ? { responsibleId: staff.userId } : box === 'properties' ? { propertyManagerId: staff.userId } : box === 'queue' ? { queue: true } : {}),
      ...(request.query.status ? {} : box === 'all' ? {} : { view: 'current' as const }),
    }, 'waiting', 500), countCaseBoxes(db, staff.userId)]);
    return { cases: rows.map((r) => presentStaffCaseSummary(r, request.lang)), counts };
  });

  app.get('/api/backoffice/cases/:id', {
    schema: { tags: ['backoffice'], summary: 'One case with dialog, internal notes and history', params: IdParams, response: withErrors({ 200: StaffCaseResponseView }, 401, 403, 404) },
  }, async (request) => {
    return view(authorize(request, 'cases.read').scope, request.params.id, request.lang);
  });

  app.post('/api/backoffice/cases/:id/messages', {
    schema: {
      tags: ['backoffice'], summary: 'Reply to the tenant (who is e-mailed) or write an internal note', params: IdParams,
      body: StaffCaseMessageBody,
      response: withErrors({ 201: StaffCaseResponseView }, 401, 403, 404),
    },
  }, async (request, reply) => {
    const staff = authorize(request, 'cases.work');
    await staffWrites(ctx, staff.scope, { caseId: request.params.id, body: request.body.body, internal: request.body.internal, attachmentIds: request.body.attachmentIds });
    return reply.status(201).send(await view(staff.scope, request.params.id, request.lang));
  });

  app.post('/api/backoffice/cases/:id/handling', {
    schema: {
      tags: ['backoffice'], summary: 'Save status, responsible and a reply or internal note together, in one transaction', params: IdParams,
      body: CaseHandlingBody,
      response: withErrors({ 200: StaffCaseHandledView }, 400, 401, 403, 404, 422),
    },
  }, async (request) => {
    const staff = authorize(request, 'cases.work');
    const { status, staffId, body, internal, attachmentIds } = request.body;
    const saved = await staffHandlesCase(ctx, staff.scope, { caseId: request.params.id, status: status as CaseStatus, assigneeId: staffId, body, internal, attachmentIds, ip: request.ip });
    return { ...(await view(staff.scope, request.params.id, request.lang)), saved };
  });

  app.post('/api/backoffice/cases/:id/status', {
    schema: {
      tags: ['backoffice'], summary: 'Change the status (kept in the history)', params: IdParams,
      body: CaseStatusBody,
      response: withErrors({ 200: StaffCaseResponseView }, 401, 403, 404),
    },
  }, async (request) => {
    const staff = authorize(request, 'cases.work');
    await changeStatus(ctx, staff.scope, { caseId: request.params.id, status: request.body.status as CaseStatus, ip: request.ip });
    return view(staff.scope, request.params.id, request.lang);
  });

  app.post('/api/backoffice/cases/:id/assign', {
    schema: {
      tags: ['backoffice'], summary: 'Give the case to a staff member, or to the shared queue (null)', params: IdParams,
      body: CaseAssignBody,
      response: withErrors({ 200: StaffCaseResponseView }, 401, 403, 404),
    },
  }, async (request) => {
    const staff = authorize(request, 'cases.work');
    await assignCase(ctx, staff.scope, { caseId: request.params.id, assigneeId: request.body.staffId, ip: request.ip });
    return view(staff.scope, request.params.id, request.lang);
  });
}
