// A staff invitation: who it is for, and accepting it with a password.
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { AppContext } from '../http/context.ts';
import { accountRateLimit, Password, strict, withErrors } from '../http/schemas.ts';
import { inspectInvitation } from '../usecases/staff/inspect-invitation.ts';
import { acceptInvitation } from '../usecases/staff/accept-invitation.ts';

export const InvitationInspectBody = Type.Object({ token: Type.String({ minLength: 10, maxLength: 100 }) }, strict);
export const StaffInvitationView = Type.Object({ email: Type.String(), name: Type.String() });
export const InvitationAcceptBody = Type.Object({ token: Type.String({ minLength: 10, maxLength: 100 }), password: Password, passwordRepeat: Password }, strict);
export const InvitationAcceptedView = Type.Object({ email: Type.String() });

export default async function staffInvitationRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const limit = accountRateLimit(ctx.config);

  app.post('/api/staff-invitations/inspect', {
    config: limit,
    schema: {
      tags: ['accounts'],
      summary: 'Who a staff invitation is for',
      body: InvitationInspectBody,
      response: withErrors({ 200: StaffInvitationView }, 404, 409, 410),
    },
  }, async (request) => inspectInvitation(ctx, request.body.token));

  app.post('/api/staff-invitations/accept', {
    config: limit,
    schema: {
      tags: ['accounts'],
      summary: 'Accept a staff invitation by choosing a password; the second factor is set up at the first login',
      body: InvitationAcceptBody,
      response: withErrors({ 200: InvitationAcceptedView }, 404, 409, 410),
    },
  }, async (request) => acceptInvitation(ctx, { ...request.body, ip: request.ip }));
}
