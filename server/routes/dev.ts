// The development mailbox as JSON, for people and browser tests. Never registered in production.
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { AppContext } from '../http/context.ts';
import { withErrors } from '../http/schemas.ts';
import { listMessages } from '../repositories/messages.ts';

export default async function devRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  app.get('/api/dev/outbox', {
    schema: {
      tags: ['development'],
      summary: 'Messages delivered to the development mailbox, newest first (not in production)',
      response: withErrors({
        200: Type.Array(Type.Object({
          id: Type.String(),
          channel: Type.Union([Type.Literal('email'), Type.Literal('sms')]),
          to: Type.String(),
          subject: Type.Union([Type.String(), Type.Null()]),
          text: Type.String(),
          html: Type.Union([Type.String(), Type.Null()]),
          createdAt: Type.String({ format: 'date-time' }),
        })),
      }),
    },
  }, async (_request, reply) => {
    reply.header('cache-control', 'no-store');
    const rows = await listMessages(ctx.db, { devMailboxOnly: true, limit: 200 });
    return rows.map((m) => ({ id: m.id, channel: m.channel, to: m.recipient, subject: m.subject, text: m.text, html: m.html, createdAt: m.createdAt.toISOString() }));
  });
}
