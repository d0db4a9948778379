// Who am I, log in, log out.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { AppContext } from '../http/context.ts';
import { withErrors } from '../http/schemas.ts';
import { SessionView, SignedInView, StaffLoginChallengeView, StaffSignedInView, presentStaffUser, presentTenantUser, type SessionUser } from '../presenters/session.ts';
import { findStaffUser, findTenantSessionUser } from '../repositories/users.ts';
import { logInTenant } from '../usecases/auth/log-in.ts';
import { confirmStaffTotp } from '../usecases/auth/confirm-staff-totp.ts';
import { startStaffLogin } from '../usecases/auth/start-staff-login.ts';
import { useStaffRecoveryCode } from '../usecases/auth/use-staff-recovery-code.ts';
import { AppError } from '../errors.ts';
import { swedishDate } from '../domain/dates.ts';

export const TenantLoginBody = Type.Object({
  username: Type.String({ minLength: 1, maxLength: 100 }),
  password: Type.String({ minLength: 1, maxLength: 200 }),
}, { additionalProperties: false });
export const StaffLoginBody = Type.Object({
  email: Type.String({ minLength: 3, maxLength: 254 }),
  password: Type.String({ minLength: 1, maxLength: 200 }),
}, { additionalProperties: false });
export const StaffTotpBody = Type.Object({ challengeId: Type.String({ minLength: 10, maxLength: 100 }), code: Type.String({ minLength: 1, maxLength: 10 }) }, { additionalProperties: false });
export const StaffRecoveryBody = Type.Object({ challengeId: Type.String({ minLength: 10, maxLength: 100 }), recoveryCode: Type.String({ minLength: 1, maxLength: 20 }) }, { additionalProperties: false });

export default async function sessionRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const { db, config } = ctx;
  const loginLimit = { rateLimit: { max: config.loginRateLimit.max, timeWindow: config.loginRateLimit.windowSeconds * 1000 } };

  async function currentUser(request: FastifyRequest): Promise<SessionUser | null> {
    const p = request.principal;
    if (!p) return null;
    if (p.kind === 'tenant') {
      const found = await findTenantSessionUser(db, p.userId);
      return found ? presentTenantUser(found) : null;
    }
    const staff = await findStaffUser(db, p.userId);
    return staff ? presentStaffUser(staff) : null;
  }

  app.get('/api/session', {
    schema: {
      tags: ['session'],
      summary: 'The logged-in user (or null) and the CSRF token to send as X-CSRF-Token on every change',
      response: withErrors({ 200: SessionView }),
    },
  }, async (request, reply) => {
    reply.header('cache-control', 'no-store');
    return { user: await currentUser(request), csrfToken: reply.generateCsrf(), today: swedishDate(ctx.clock.now()) };
  });

  const userResponse = withErrors({ 200: SignedInView }, 401, 403);

  app.post('/api/auth/login/tenant', {
    config: loginLimit,
    schema: {
      tags: ['session'],
      summary: 'Log in to the tenant portal with username and password',
      body: TenantLoginBody,
      response: userResponse,
    },
  }, async (request, reply) => {
    const { userId } = await logInTenant(ctx, { identifier: request.body.username, password: request.body.password, ip: request.ip, lang: request.lang });
    await fastify.sessions.start(request, reply, { tenantUserId: userId });
    const found = await findTenantSessionUser(db, userId);
    if (!found) throw new AppError('INVALID_CREDENTIALS');
    return { user: presentTenantUser(found) };
  });

  app.post('/api/auth/login/staff', {
    config: loginLimit,
    schema: {
      tags: ['session'],
      summary: 'Staff login, step 1: e-mail and password. Answers with the second step (TOTP, or its set-up at the first login)',
      body: StaffLoginBody,
      response: withErrors({ 200: StaffLoginChallengeView }, 401),
    },
  }, async (request) => startStaffLogin(ctx, { identifier: request.body.email, password: request.body.password, ip: request.ip }));

  const staffUserResponse = withErrors({ 200: StaffSignedInView }, 401, 410);

  app.post('/api/auth/login/staff/totp', {
    config: loginLimit,
    schema: {
      tags: ['session'],
      summary: 'Staff login, step 2: the one-time code from the authenticator app. At the first login this also answers the recovery codes, once',
      body: StaffTotpBody,
      response: staffUserResponse,
    },
  }, async (request, reply) => {
    const { userId, recoveryCodes } = await confirmStaffTotp(ctx, { ...request.body, ip: request.ip });
    await fastify.sessions.start(request, reply, { staffUserId: userId });
    const staff = await findStaffUser(db, userId);
    return { user: presentStaffUser(staff!), ...(recoveryCodes ? { recoveryCodes } : {}) };
  });

  app.post('/api/auth/login/staff/recovery', {
    config: loginLimit,
    schema: {
      tags: ['session'],
      summary: 'Staff login, step 2 without the app: one of the recovery codes (each works once)',
      body: StaffRecoveryBody,
      response: staffUserResponse,
    },
  }, async (request, reply) => {
    const { userId } = await useStaffRecoveryCode(ctx, { ...request.body, ip: request.ip });
    await fastify.sessions.start(request, reply, { staffUserId: userId });
    const staff = await findStaffUser(db, userId);
    return { user: presentStaffUser(staff!) };
  });

  app.post('/api/auth/logout', {
    schema: { tags: ['session'], summary: 'End the session', response: withErrors({ 204: Type.Null() }) },
  }, async (request, reply) => {
    await fastify.sessions.end(request, reply);
    return reply.status(204).send(null);
  });
}
