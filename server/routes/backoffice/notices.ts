// Utskick: notices to many customers at once, their preview and their delivery log.
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { AppContext } from '../../http/context.ts';
import { AttachmentIds, IdParams, Nullable, StringEnum, Uuid, withErrors } from '../../http/schemas.ts';
import { AttachmentView, presentAttachment } from '../../presenters/attachments.ts';
import { attachmentsOfNotice } from '../../repositories/attachments.ts';
import { authorize } from '../../http/session.ts';
import { AppError } from '../../errors.ts';
import type { Language } from '../../i18n/language.ts';
import { audienceNames, deliveryLog, findNotice, listNotices, type Audience } from '../../repositories/notices.ts';
import { noticeRecipients, sendNotice } from '../../usecases/notices/send-notice.ts';
import type { Db } from '../../db/client.ts';

export const AudienceBody = Type.Object({
  kind: StringEnum(['property', 'building', 'customers', 'all']),
  ids: Type.Array(Uuid, { maxItems: 20000 }),
}, { additionalProperties: false });
export const NoticePreviewBody = Type.Object({ audience: AudienceBody }, { additionalProperties: false });
export const NoticePreviewView = Type.Object({ customers: Type.Integer(), users: Type.Integer(), emails: Type.Integer(), sms: Type.Integer() });
export const NewNoticeBody = Type.Object({ title: Type.String({ minLength: 1, maxLength: 200 }), text: Type.String({ minLength: 1, maxLength: 2000 }), audience: AudienceBody, attachmentIds: AttachmentIds }, { additionalProperties: false });
export const NoticeSentView = Type.Object({ id: Type.String(), customers: Type.Integer() });

export const DeliveryCountsView = Type.Object({ sent: Type.Integer(), failed: Type.Integer(), pending: Type.Integer() });
export const NoticeRowView = Type.Object({
  id: Type.String(), title: Type.String(), createdAt: Type.String({ format: 'date-time' }), createdBy: Type.String(), audience: Type.String(),
  customers: Type.Integer(), delivery: Type.Object({ email: DeliveryCountsView, sms: DeliveryCountsView }),
});
export const NoticeListView = Type.Object({ notices: Type.Array(NoticeRowView) });
export const NoticeDetailView = Type.Object({
  id: Type.String(), title: Type.String(), text: Type.String(), createdAt: Type.String({ format: 'date-time' }), createdBy: Type.String(),
  audience: Type.String(), customers: Type.Integer(), attachments: Type.Array(AttachmentView),
  recipients: Type.Array(Type.Object({
    customer: Type.Object({ id: Type.String(), name: Type.String() }), channel: StringEnum(['email', 'sms']), to: Type.String(),
    status: StringEnum(['queued', 'sending', 'sent', 'retrying', 'failed']), attempts: Type.Integer(), lastError: Nullable(Type.String()),
    sentAt: Nullable(Type.String({ format: 'date-time' })),
  })),
});
export const NoticeResponseView = Type.Object({ notice: NoticeDetailView });

const kindWords: Record<Language, Record<string, string>> = {
  sv: { property: 'Fastighet', building: 'Byggnad', customers: 'Valda kunder', all: 'Alla kunder' },
  en: { property: 'Property', building: 'Building', customers: 'Chosen customers', all: 'All customers' },
};

async function audienceLabel(db: Db, kind: string, ids: string[], lang: Language): Promise<string> {
  const names = await audienceNames(db, kind, ids);
  const word = kindWords[lang][kind] ?? kind;
  if (kind === 'customers') return `${word} (${ids.length})`;
  return names.length ? `${word}: ${names.join(', ')}` : word;
}

export default async function backofficeNoticeRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = ctx;

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
    const { rows, counts } = await listNotices(db);
    const tally = (id: string, channel: 'email' | 'sms') => {
      const c = { sent: 0, failed: 0, pending: 0 };
      for (const r of counts) {
        if (r.noticeId !== id || r.channel !== channel) continue;
        if (r.status === 'sent') c.sent += r.n;
        else if (r.status === 'failed') c.failed += r.n;
        else c.pending += r.n;
      }
      return c;
    };
    return {
      notices: await Promise.all(rows.map(async (n) => ({
        id: n.id, title: n.title, createdAt: n.createdAt.toISOString(), createdBy: n.createdBy,
        audience: await audienceLabel(db, n.audienceKind, n.audienceIds, request.lang), customers: n.customers,
        delivery: { email: tally(n.id, 'email'), sms: tally(n.id, 'sms') },
      }))),
    };
  });

  app.get('/api/backoffice/notices/:id', {
    schema: {
      tags: ['backoffice'], summary: 'A notice and its delivery log per recipient and channel', params: IdParams,
      response: withErrors({ 200: NoticeResponseView }, 401, 403, 404),
    },
  }, async (request) => {
    authorize(request, 'notices.send');
    const notice = await findNotice(db, request.params.id);
    if (!notice) throw new AppError('NOT_FOUND');
    const [log, files] = await Promise.all([deliveryLog(db, notice.id), attachmentsOfNotice(db, notice.id)]);
    return {
      notice: {
        id: notice.id, title: notice.title, text: notice.text, createdAt: notice.createdAt.toISOString(), createdBy: notice.createdBy,
        audience: await audienceLabel(db, notice.audienceKind, notice.audienceIds, request.lang), customers: notice.customers,
        attachments: files.map((a) => presentAttachment(a, 'backoffice')),
        recipients: log.map((r) => ({
          customer: { id: r.customerId, name: r.customerName }, channel: r.channel, to: r.to, status: r.status, attempts: r.attempts,
          lastError: r.lastError, sentAt: r.sentAt?.toISOString() ?? null,
        })),
      },
    };
  });
}
