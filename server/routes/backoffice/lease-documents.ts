// A lease's signed document: attach an uploaded PDF (finance and administrators, as for the lease's terms).
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { AppContext } from '../../http/context.ts';
import { IdParams, withErrors } from '../../http/schemas.ts';
import { authorize } from '../../http/session.ts';
import { documentOfLease } from '../../repositories/attachments.ts';
import { AttachmentView, presentAttachment } from '../../presenters/attachments.ts';
import { attachLeaseDocument } from '../../usecases/leases/attach-lease-document.ts';

export const LeaseDocumentBody = Type.Object({
  attachmentId: Type.String({ format: 'uuid', description: 'An upload of your own (POST /api/backoffice/uploads), a PDF' }),
}, { additionalProperties: false });

export const LeaseDocumentView = Type.Object({ document: AttachmentView });

export default async function backofficeLeaseDocumentRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.post('/api/backoffice/leases/:id/document', {
    schema: {
      tags: ['backoffice'], summary: "Attach the signed lease's PDF; the lease becomes digitally signed and its tenants can download it",
      params: IdParams, body: LeaseDocumentBody,
      response: withErrors({ 201: LeaseDocumentView }, 400, 401, 403, 404),
    },
  }, async (request, reply) => {
    const staff = authorize(request, 'billing.edit');
    await attachLeaseDocument(ctx, { staffId: staff.userId, ip: request.ip }, { leaseId: request.params.id, attachmentId: request.body.attachmentId });
    const document = await documentOfLease(ctx.db, request.params.id);
    return reply.status(201).send({ document: presentAttachment(document!, 'backoffice') });
  });
}
