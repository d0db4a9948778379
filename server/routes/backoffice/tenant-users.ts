// Back office: a customer's tenant users (deactivate, resend an unfinished registration's code).
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { AppContext } from '../../http/context.ts';
import { IdParams, withErrors } from '../../http/schemas.ts';
import { authorize } from '../../http/session.ts';
import { deactivateTenantUser } from '../../usecases/customers/deactivate-tenant-user.ts';
import { resendVerification } from '../../usecases/customers/resend-verification.ts';

export default async function tenantUserRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.post('/api/backoffice/tenant-users/:id/deactivate', {
    schema: { tags: ['backoffice'], summary: 'Deactivate a tenant user; its sessions end', params: IdParams, response: withErrors({ 204: Type.Null() }, 401, 403, 404) },
  }, async (request, reply) => {
    const staff = authorize(request, 'tenant_users.manage');
    await deactivateTenantUser(ctx, { staffId: staff.userId, tenantUserId: request.params.id, ip: request.ip });
    return reply.status(204).send(null);
  });

  app.post('/api/backoffice/tenant-users/:id/resend-verification', {
    schema: { tags: ['backoffice'], summary: 'Send a new verification code and link for an unfinished registration', params: IdParams, response: withErrors({ 202: Type.Object({}) }, 401, 403, 404, 409, 422) },
  }, async (request, reply) => {
    const staff = authorize(request, 'tenant_users.manage');
    await resendVerification(ctx, { staffId: staff.userId, tenantUserId: request.params.id, lang: request.lang, ip: request.ip });
    return reply.status(202).send({});
  });
}
