// "Mina uppgifter": the logged-in tenant user's own details, password and sessions.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { AppContext } from '../../http/context.ts';
import { Address, Nullable, StringEnum, withErrors } from '../../http/schemas.ts';
import { tenantOf } from '../../http/session.ts';
import { AppError } from '../../errors.ts';
import { formatIdentityNumber } from '../../domain/identity.ts';
import { endSessionsOf, findTenantUserWithCustomer, listSessionsOf } from '../../repositories/users.ts';
import { updateMyName } from '../../usecases/accounts/update-my-name.ts';
import { startContactChange } from '../../usecases/accounts/start-contact-change.ts';
import { verifyContactChange } from '../../usecases/accounts/verify-contact-change.ts';
import { changeMyPassword } from '../../usecases/accounts/change-my-password.ts';

export const MeView = Type.Object({
  username: Type.String(),
  name: Nullable(Type.String()),
  email: Nullable(Type.String()),
  emailVerified: Type.Boolean(),
  mobile: Nullable(Type.String()),
  mobileVerified: Type.Boolean(),
  customer: Type.Object({ name: Type.String(), identityNumber: Type.String(), email: Nullable(Type.String()), mobile: Nullable(Type.String()), address: Address }),
});
const Kind = StringEnum(['email', 'mobile']);
const strict = { additionalProperties: false } as const;

export const MyNameBody = Type.Object({ name: Type.String({ minLength: 1, maxLength: 100 }) }, strict);
export const ContactChangeBody = Type.Object({ kind: Kind, value: Type.String({ minLength: 1, maxLength: 254 }) }, strict);
export const ContactCodeSentView = Type.Object({ kind: Kind, masked: Type.String(), expiresAt: Type.String({ format: 'date-time' }), resendAvailableAt: Type.String({ format: 'date-time' }) });
export const ContactVerifyBody = Type.Object({ kind: Kind, code: Type.String({ minLength: 1, maxLength: 10 }) }, strict);
export const PasswordChangeBody = Type.Object({ currentPassword: Type.String({ maxLength: 200 }), password: Type.String({ maxLength: 200 }), passwordRepeat: Type.String({ maxLength: 200 }) }, strict);
export const PortalSessionListView = Type.Object({
  sessions: Type.Array(Type.Object({
    id: Type.String(), createdAt: Type.String({ format: 'date-time' }), lastSeenAt: Type.String({ format: 'date-time' }),
    userAgent: Nullable(Type.String()), ip: Nullable(Type.String()), current: Type.Boolean(),
  })),
});

export default async function portalMeRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = ctx;

  async function me(request: FastifyRequest) {
    const found = await findTenantUserWithCustomer(db, tenantOf(request).userId);
    if (!found) throw new AppError('UNAUTHENTICATED');
    const { user, customer } = found;
    return {
      username: user.username, name: user.name,
      email: user.email, emailVerified: Boolean(user.email && user.emailVerifiedAt),
      mobile: user.mobile, mobileVerified: Boolean(user.mobile && user.mobileVerifiedAt),
      customer: {
        name: customer.name, identityNumber: formatIdentityNumber(customer.identityNumber), email: customer.email, mobile: customer.mobile,
        address: { street: customer.street, postalCode: customer.postalCode, city: customer.city },
      },
    };
  }

  app.get('/api/portal/me', {
    schema: { tags: ['portal'], summary: "The user's own details and the customer's details on file", response: withErrors({ 200: MeView }, 401) },
  }, async (request) => me(request));

  app.patch('/api/portal/me', {
    schema: { tags: ['portal'], summary: 'Change the name', body: MyNameBody, response: withErrors({ 200: MeView }, 401) },
  }, async (request) => {
    await updateMyName(ctx, { userId: tenantOf(request).userId, name: request.body.name, ip: request.ip });
    return me(request);
  });

  app.post('/api/portal/me/contact', {
    config: { rateLimit: { max: ctx.config.loginRateLimit.max, timeWindow: ctx.config.loginRateLimit.windowSeconds * 1000 } },
    schema: {
      tags: ['portal'], summary: 'Start changing the e-mail or mobile: a code goes to the new one, which is used only once verified',
      body: ContactChangeBody,
      response: withErrors({ 202: ContactCodeSentView }, 401),
    },
  }, async (request, reply) =>
    reply.status(202).send(await startContactChange(ctx, { userId: tenantOf(request).userId, kind: request.body.kind as 'email' | 'mobile', value: request.body.value, lang: request.lang, ip: request.ip })));

  app.post('/api/portal/me/contact/verify', {
    schema: {
      tags: ['portal'], summary: 'Confirm the new e-mail or mobile with its code',
      body: ContactVerifyBody,
      response: withErrors({ 200: MeView }, 401, 409, 410),
    },
  }, async (request) => {
    await verifyContactChange(ctx, { userId: tenantOf(request).userId, kind: request.body.kind as 'email' | 'mobile', code: request.body.code, ip: request.ip });
    return me(request);
  });

  app.post('/api/portal/me/password', {
    config: { rateLimit: { max: ctx.config.loginRateLimit.max, timeWindow: ctx.config.loginRateLimit.windowSeconds * 1000 } },
    schema: {
      tags: ['portal'], summary: 'Change the password (the current one is required); other sessions end',
      body: PasswordChangeBody,
      response: withErrors({ 204: Type.Null() }, 401),
    },
  }, async (request, reply) => {
    const tenant = tenantOf(request);
    await changeMyPassword(ctx, { userId: tenant.userId, sessionId: tenant.sessionId, ...request.body, ip: request.ip });
    return reply.status(204).send(null);
  });

  app.get('/api/portal/me/sessions', {
    schema: {
      tags: ['portal'], summary: "The user's active sessions",
      response: withErrors({ 200: PortalSessionListView }, 401),
    },
  }, async (request) => {
    const tenant = tenantOf(request);
    const rows = await listSessionsOf(db, tenant.userId);
    // The id shown is a prefix of the stored hash: enough to tell sessions apart, useless as a cookie.
    return {
      sessions: rows.map((s) => ({
        id: s.id.slice(0, 8), createdAt: s.createdAt.toISOString(), lastSeenAt: s.lastSeenAt.toISOString(),
        userAgent: s.userAgent, ip: s.ip, current: s.id === tenant.sessionId,
      })),
    };
  });

  app.post('/api/portal/me/sessions/end-others', {
    schema: { tags: ['portal'], summary: 'Log out everywhere else', response: withErrors({ 204: Type.Null() }, 401) },
  }, async (request, reply) => {
    const tenant = tenantOf(request);
    await endSessionsOf(db, { tenantUserId: tenant.userId }, tenant.sessionId);
    return reply.status(204).send(null);
  });
}
