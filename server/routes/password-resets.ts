// Glömt lösenord: a code to the account's verified channels, then a new password.
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { AppContext } from '../http/context.ts';
import { accountRateLimit, Code, FlowId, Password, strict, withErrors } from '../http/schemas.ts';
import { requestPasswordReset } from '../usecases/accounts/request-password-reset.ts';
import { verifyPasswordReset } from '../usecases/accounts/verify-password-reset.ts';
import { completePasswordReset } from '../usecases/accounts/complete-password-reset.ts';

export const PasswordResetBody = Type.Object({ username: Type.String({ minLength: 1, maxLength: 100 }) }, strict);
export const PasswordResetStartedView = Type.Object({ resetId: Type.String() });
export const PasswordResetVerifyBody = Type.Object({ code: Code }, strict);
export const PasswordResetVerifiedView = Type.Object({});
export const PasswordResetCompleteBody = Type.Object({ password: Password, passwordRepeat: Password }, strict);
export const PasswordResetCompletedView = Type.Object({ username: Type.String() });

export default async function passwordResetRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const limit = accountRateLimit(ctx.config);

  app.post('/api/password-resets', {
    config: limit,
    schema: {
      tags: ['accounts'],
      summary: 'Glömt lösenord, step 1: sends a code to the account\'s verified channels. Same answer whether the username exists or not',
      body: PasswordResetBody,
      response: withErrors({ 202: PasswordResetStartedView }),
    },
  }, async (request, reply) => reply.status(202).send(await requestPasswordReset(ctx, { username: request.body.username, lang: request.lang, ip: request.ip })));

  app.post('/api/password-resets/:resetId/verify', {
    config: limit,
    schema: {
      tags: ['accounts'],
      summary: 'Glömt lösenord, step 2: the code',
      params: Type.Object({ resetId: FlowId }, strict),
      body: PasswordResetVerifyBody,
      response: withErrors({ 200: PasswordResetVerifiedView }, 409, 410),
    },
  }, async (request) => {
    await verifyPasswordReset(ctx, { resetId: request.params.resetId, code: request.body.code });
    return {};
  });

  app.post('/api/password-resets/:resetId/complete', {
    config: limit,
    schema: {
      tags: ['accounts'],
      summary: 'Glömt lösenord, step 3: the new password; every session of the account ends',
      params: Type.Object({ resetId: FlowId }, strict),
      body: PasswordResetCompleteBody,
      response: withErrors({ 200: PasswordResetCompletedView }, 409, 410),
    },
  }, async (request) => completePasswordReset(ctx, { resetId: request.params.resetId, ...request.body, ip: request.ip }));
}
