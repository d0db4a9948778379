// Back office: the outbox (outgoing e-mail and SMS) and a test message.
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { AppContext } from '../../http/context.ts';
import { withErrors } from '../../http/schemas.ts';
import { authorize } from '../../http/session.ts';
import { listMessages } from '../../repositories/messages.ts';
import { MessageListView, presentMessage } from '../../presenters/messages.ts';
import { sendTestMessage } from '../../usecases/messages/send-test-message.ts';

export const TestMessageBody = Type.Object({
  channel: Type.Union([Type.Literal('email'), Type.Literal('sms')]),
  to: Type.String({ minLength: 3, maxLength: 254 }),
}, { additionalProperties: false });
export const TestMessageQueuedView = Type.Object({ id: Type.String() });

export default async function messageRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = ctx;

  app.get('/api/backoffice/messages', {
    schema: {
      tags: ['backoffice'],
      summary: 'Outgoing e-mail and SMS with their delivery state, newest first (administrators)',
      response: withErrors({ 200: MessageListView }, 401, 403),
    },
  }, async (request) => {
    authorize(request, 'messages.read');
    const rows = await listMessages(db, { devMailboxOnly: false, limit: 200 });
    return { messages: rows.map(presentMessage) };
  });

  app.post('/api/backoffice/messages/test', {
    schema: {
      tags: ['backoffice'],
      summary: 'Send a test e-mail or SMS, to check that delivery works (administrators)',
      body: TestMessageBody,
      response: withErrors({ 202: TestMessageQueuedView }, 401, 403),
    },
  }, async (request, reply) => {
    const staff = authorize(request, 'messages.read');
    const id = await sendTestMessage(ctx, { staffUserId: staff.userId, ...request.body, lang: request.lang });
    return reply.status(202).send({ id });
  });
}
