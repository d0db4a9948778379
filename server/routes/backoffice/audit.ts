// Back office: the audit log (administrators).
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { AppContext } from '../../http/context.ts';
import { Nullable, withErrors } from '../../http/schemas.ts';
import { authorize } from '../../http/session.ts';
import { listAuditEvents } from '../../repositories/audit-log.ts';

export const AuditEventView = Type.Object({
  id: Type.String(), at: Type.String({ format: 'date-time' }), actorKind: Type.String(), actor: Nullable(Type.String()),
  action: Type.String(), subject: Nullable(Type.String()), ip: Nullable(Type.String()), details: Type.Record(Type.String(), Type.Unknown()),
});
export const AuditLogView = Type.Object({ events: Type.Array(AuditEventView) });

export default async function auditRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = ctx;

  app.get('/api/backoffice/audit', {
    schema: {
      tags: ['backoffice'], summary: 'Audit events, newest first (administrators)',
      querystring: Type.Object({ action: Type.Optional(Type.String({ maxLength: 60 })), limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, default: 200 })) }, { additionalProperties: false }),
      response: withErrors({ 200: AuditLogView }, 401, 403),
    },
  }, async (request) => {
    authorize(request, 'audit.read');
    const rows = await listAuditEvents(db, { action: request.query.action || undefined, limit: request.query.limit ?? 200 });
    return {
      events: rows.map((e) => ({
        id: e.id, at: e.at.toISOString(), actorKind: e.actorKind, actor: e.actorTenant ?? e.actorStaff ?? null, action: e.action,
        subject: e.subjectTenant ?? e.subjectStaff ?? e.subjectCustomer ?? e.subjectLease ?? e.subjectProperty ?? e.subjectBuilding ?? e.subjectRentalObject ?? e.subjectSpace ?? null, ip: e.ip, details: e.details,
      })),
    };
  });
}
