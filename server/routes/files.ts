// Files: uploads (one per request, as soon as the user picks it) and downloads. A tenant reaches only
// its own customer's files; staff reach every file that is attached to something.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import multipart from '@fastify/multipart';
import { Type } from '@sinclair/typebox';
import type { AppContext } from '../http/context.ts';
import { Binary, IdParams, StringEnum, withErrors } from '../http/schemas.ts';
import { authorize, tenantOf } from '../http/session.ts';
import { AppError } from '../errors.ts';
import { readOneFile, uploadLimits, uploadRateLimit } from '../http/multipart.ts';
import { ATTACHMENT_LIMITS, contentDisposition } from '../domain/attachments.ts';
import { attachmentFor, type AttachmentRow, type Uploader } from '../repositories/attachments.ts';
import { AttachmentView, presentAttachment, type Side } from '../presenters/attachments.ts';
import { discardUpload } from '../usecases/attachments/discard-upload.ts';
import { uploadFile } from '../usecases/attachments/upload-file.ts';

export const UploadView = Type.Object({ attachment: AttachmentView });
const FileQuery = Type.Object({ size: Type.Optional(StringEnum(['original', 'thumbnail'])) }, { additionalProperties: false });

export default async function fileRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const deps = { db: ctx.db, files: ctx.files, clock: ctx.clock };
  // Only this plugin's routes take multipart bodies: one part, a file.
  await app.register(multipart, uploadLimits(ATTACHMENT_LIMITS.maxBytes));

  async function receive(request: FastifyRequest, uploader: Uploader, side: Side, reply: FastifyReply) {
    const row = await uploadFile(deps, uploader, await readOneFile(request));
    return reply.status(201).send({ attachment: presentAttachment(row, side) });
  }

  async function serve(request: FastifyRequest, reply: FastifyReply, row: AttachmentRow | null, size: string | undefined) {
    const thumbnail = size === 'thumbnail';
    const key = row ? (thumbnail ? row.thumbnailKey : row.storageKey) : null;
    if (!row || !key) throw new AppError('NOT_FOUND');
    const etag = `"${key.split('/').pop()}"`;
    reply
      .header('x-content-type-options', 'nosniff')
      .header('content-security-policy', "default-src 'none'; sandbox")
      // Revalidated on every use, so a file is not read from the cache after the session has ended.
      .header('cache-control', 'private, no-cache')
      .header('etag', etag);
    if (request.headers['if-none-match'] === etag) return reply.status(304).send();
    const stored = await ctx.files.get(key);
    if (!stored) {
      request.log.error({ attachmentId: row.id }, 'attachment has no stored file');
      throw new AppError('NOT_FOUND');
    }
    const filename = thumbnail ? row.filename.replace(/\.[^.]+$/, '.webp') : row.filename;
    return reply
      .header('content-type', thumbnail ? 'image/webp' : row.contentType)
      .header('content-length', stored.size)
      .header('content-disposition', contentDisposition(filename))
      .send(stored.body);
  }

  const uploadLimit = uploadRateLimit(ctx.config.uploadRateLimit);

  const uploadSchema = (tag: string) => ({
    tags: [tag], consumes: ['multipart/form-data'],
    summary: 'Upload one file (field "file": PDF, JPEG, PNG, WebP or HEIC, at most 10 MB); attach it by id when sending the case, message or notice',
    response: withErrors({ 201: UploadView }, 401, 403, 413, 415, 422),
  });

  app.post('/api/portal/uploads', { config: uploadLimit, schema: uploadSchema('portal') }, async (request, reply) =>
    receive(request, { kind: 'tenant', userId: tenantOf(request).userId }, 'portal', reply));

  app.delete('/api/portal/uploads/:id', {
    schema: { tags: ['portal'], summary: 'Discard an upload that has not been sent', params: IdParams, response: withErrors({ 204: Type.Null() }, 401, 404) },
  }, async (request, reply) => {
    await discardUpload(deps, { kind: 'tenant', userId: tenantOf(request).userId }, request.params.id);
    return reply.status(204).send(null);
  });

  app.get('/api/portal/attachments/:id', {
    schema: { tags: ['portal'], summary: "A file on one of the customer's cases or notices (or the user's own upload)", params: IdParams, querystring: FileQuery, response: withErrors({ 200: Binary() }, 401, 404) },
  }, async (request, reply) => {
    const tenant = tenantOf(request);
    return serve(request, reply, await attachmentFor(ctx.db, tenant.scope, request.params.id), request.query.size as string | undefined);
  });

  app.post('/api/backoffice/uploads', { config: uploadLimit, schema: uploadSchema('backoffice') }, async (request, reply) =>
    receive(request, { kind: 'staff', userId: authorize(request, 'cases.work').userId }, 'backoffice', reply));

  app.delete('/api/backoffice/uploads/:id', {
    schema: { tags: ['backoffice'], summary: 'Discard an upload that has not been sent', params: IdParams, response: withErrors({ 204: Type.Null() }, 401, 403, 404) },
  }, async (request, reply) => {
    await discardUpload(deps, { kind: 'staff', userId: authorize(request, 'cases.work').userId }, request.params.id);
    return reply.status(204).send(null);
  });

  app.get('/api/backoffice/attachments/:id', {
    schema: { tags: ['backoffice'], summary: 'A file on a case, message or notice', params: IdParams, querystring: FileQuery, response: withErrors({ 200: Binary() }, 401, 403, 404) },
  }, async (request, reply) => {
    const staff = authorize(request, 'cases.read');
    return serve(request, reply, await attachmentFor(ctx.db, staff.scope, request.params.id), request.query.size as string | undefined);
  });
}
