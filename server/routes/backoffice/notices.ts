// Utskick: notices to many customers at once, their preview and their delivery log.
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { AppContext } from '../../http/context.ts';
import { AttachmentIds, IdParams, StringEnum, Uuid, withErrors } from '../../http/schemas.ts';
import { authorize } from '../../http/session.ts';
import type { Audience } from '../../repositories/notices.ts';
import { NoticeListView, NoticeResponseView } from '../../presenters/notices.ts';
import { listNotices } from '../../usecases/notices/list-notices.ts';
import { readNotice } from '../../usecases/notices/read-notice.ts';
import { noticeRecipients } from '../../usecases/notices/notice-recipients.ts';
import { sendNotice } from '../../usecases/notices/send-notice.ts';

export const AudienceBody = Type.Object({
  kind: StringEnum(['property', 'building', 'customers', 'all']),
  ids: Type.Array(Uuid, { maxItems: 20000 }),
}, { additionalProperties: false });
export const NoticePreviewBody = Type.Object({ audience: AudienceBody }, { additionalProperties: false });
export const NoticePreviewView = Type.Object({ customers: Type.Integer(), users: Type.Integer(), emails: Type.Integer(), sms: Type.Integer() });
export const NewNoticeBody = Type.Object({ title: Type.String({ minLength: 1, maxLength: 200 }), text: Type.String({ minLength: 1, maxLength: 2000 }), audience: AudienceBody, attachmentIds: AttachmentIds }, { additionalProperties: false });
export const NoticeSentView = Type.Object({ id: Type.String(), customers: Type.Integer() });


export default async function backofficeNoticeRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.post('/api/backoffice/notices/preview', {
    schema: {
      tags: ['backoffice'], summary: 'How many customers, users, e-mails and SMS a notice would reach',
      body: NoticePreviewBody,
      response: withErrors({ 200: NoticePreviewView }, 401, 403),
    },
  }, async (request) => {
    authorize(request, 'notices.send');
    return (await noticeRecipients(ctx, request.body.audience as Audience)).counts;
  });

  app.post('/api/backoffice/notices', {
    schema: {
      tags: ['backoffice'], summary: 'Send a notice: a related case in each customer\'s portal, e-mail, and SMS where the mobile is valid',
      body: NewNoticeBody,
      response: withErrors({ 201: NoticeSentView }, 401, 403, 422),
    },
  }, async (request, reply) => {
    const staff = authorize(request, 'notices.send');
    const result = await sendNotice(ctx, { staffId: staff.userId, title: request.body.title, text: request.body.text, audience: request.body.audience as Audience, ip: request.ip, attachmentIds: request.body.attachmentIds });
    return reply.status(201).send(result);
  });

  app.get('/api/backoffice/notices', {
    schema: {
      tags: ['backoffice'], summary: 'Notices sent, newest first, with delivery counts',
      response: withErrors({ 200: NoticeListView }, 401, 403),
    },
  }, async (request) => {
    authorize(request, 'notices.send');
    return { notices: await listNotices(ctx, request.lang) };
  });

  app.get('/api/backoffice/notices/:id', {
    schema: {
      tags: ['backoffice'], summary: 'A notice and its delivery log per recipient and channel', params: IdParams,
      response: withErrors({ 200: NoticeResponseView }, 401, 403, 404),
    },
  }, async (request) => {
    authorize(request, 'notices.send');
    return { notice: await readNotice(ctx, request.params.id, request.lang) };
  });
}
