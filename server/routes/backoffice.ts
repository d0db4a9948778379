// The back office's API for staff. Each route names the ability it needs (server/policies/staff.ts).
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { AppContext } from '../http/context.ts';
import { Nullable, withErrors } from '../http/schemas.ts';
import { authorize, staffOf } from '../http/session.ts';
import { swedishToday } from '../domain/dates.ts';
import { formatIdentityNumber } from '../domain/identity.ts';
import { countRegister, listProperties, searchCustomers } from '../repositories/backoffice.ts';
import { listMessages } from '../repositories/messages.ts';
import { MessageView, presentMessage } from '../presenters/messages.ts';
import { sendTestMessage } from '../usecases/messages/send-test-message.ts';

export default async function backofficeRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = ctx;
  // Before validation: a visitor learns nothing about a route's body, only that it must log in.
  app.addHook('preValidation', async (request) => { staffOf(request); });

  app.get('/api/backoffice/summary', {
    schema: {
      tags: ['backoffice'],
      summary: 'Counts for the overview page',
      response: withErrors({
        200: Type.Object({
          customers: Type.Integer(), properties: Type.Integer(), rentalObjects: Type.Integer(),
          activeLeases: Type.Integer(), tenantUsers: Type.Integer(),
        }),
      }, 401, 403),
    },
  }, async (request) => {
    authorize(request, 'backoffice.read');
    return countRegister(db, swedishToday());
  });

  app.get('/api/backoffice/customers', {
    schema: {
      tags: ['backoffice'],
      summary: 'Customers, optionally filtered by name or number',
      querystring: Type.Object({ q: Type.Optional(Type.String({ maxLength: 100 })) }, { additionalProperties: false }),
      response: withErrors({
        200: Type.Object({
          customers: Type.Array(Type.Object({
            id: Type.String(), name: Type.String(), identityNumber: Type.String(),
            email: Nullable(Type.String()), mobile: Nullable(Type.String()), customerManager: Nullable(Type.String()),
            leaseCount: Type.Integer(), tenantUserCount: Type.Integer(),
          })),
        }),
      }, 401, 403),
    },
  }, async (request) => {
    authorize(request, 'customers.read');
    const rows = await searchCustomers(db, request.query.q, 200);
    return { customers: rows.map((c) => ({ ...c, identityNumber: formatIdentityNumber(c.identityNumber) })) };
  });

  app.get('/api/backoffice/properties', {
    schema: {
      tags: ['backoffice'],
      summary: 'Properties with their buildings',
      response: withErrors({
        200: Type.Object({
          properties: Type.Array(Type.Object({
            id: Type.String(), designation: Type.String(), name: Type.String(), propertyManager: Nullable(Type.String()),
            buildings: Type.Array(Type.Object({ id: Type.String(), name: Type.String(), address: Type.String(), rentalObjectCount: Type.Integer() })),
          })),
        }),
      }, 401, 403),
    },
  }, async (request) => {
    authorize(request, 'properties.read');
    const props = await listProperties(db);
    return {
      properties: props.map((p) => ({
        ...p,
        buildings: p.buildings.map((b) => ({ id: b.id, name: b.name, address: `${b.street}, ${b.postalCode} ${b.city}`, rentalObjectCount: b.rentalObjectCount })),
      })),
    };
  });

  app.get('/api/backoffice/messages', {
    schema: {
      tags: ['backoffice'],
      summary: 'Outgoing e-mail and SMS with their delivery state, newest first (administrators)',
      response: withErrors({ 200: Type.Object({ messages: Type.Array(MessageView) }) }, 401, 403),
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
      body: Type.Object({
        channel: Type.Union([Type.Literal('email'), Type.Literal('sms')]),
        to: Type.String({ minLength: 3, maxLength: 254 }),
      }, { additionalProperties: false }),
      response: withErrors({ 202: Type.Object({ id: Type.String() }) }, 401, 403),
    },
  }, async (request, reply) => {
    const staff = authorize(request, 'messages.read');
    const id = await sendTestMessage(ctx, { staffUserId: staff.userId, ...request.body, lang: request.lang });
    return reply.status(202).send({ id });
  });
}
