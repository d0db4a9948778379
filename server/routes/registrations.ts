// Skapa konto (registration in four steps) and the verification links sent in its codes.
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { AppContext } from '../http/context.ts';
import { accountRateLimit, Code, FlowId, Nullable, Password, strict, StringEnum, withErrors } from '../http/schemas.ts';
import { startRegistration } from '../usecases/registration/start-registration.ts';
import { sendRegistrationCode } from '../usecases/registration/send-registration-code.ts';
import { verifyRegistration } from '../usecases/registration/verify-registration.ts';
import { completeRegistrationDetails } from '../usecases/registration/complete-registration-details.ts';
import { followVerificationLink } from '../usecases/accounts/verification-link.ts';

const Prefill = Type.Object({ name: Nullable(Type.String()), email: Nullable(Type.String()), mobile: Nullable(Type.String()) });
const CodeSent = Type.Object({ channel: StringEnum(['email', 'sms']), masked: Type.String(), expiresAt: Type.String({ format: 'date-time' }), resendAvailableAt: Type.String({ format: 'date-time' }) });

export default async function registrationRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const limit = accountRateLimit(ctx.config);

  app.post('/api/registrations', {
    config: limit,
    schema: {
      tags: ['accounts'],
      summary: 'Skapa konto, step 1: organisationsnummer (or personnummer), username and password. Answers the channels a code can go to, masked',
      body: Type.Object({
        identityNumber: Type.String({ maxLength: 20 }),
        username: Type.String({ maxLength: 100 }),
        password: Password,
        passwordRepeat: Password,
      }, strict),
      response: withErrors({
        201: Type.Object({ registrationId: Type.String(), channels: Type.Array(Type.Object({ channel: StringEnum(['email', 'sms']), masked: Type.String() })) }),
      }, 409, 422),
    },
  }, async (request, reply) => reply.status(201).send(await startRegistration(ctx, { ...request.body, ip: request.ip, lang: request.lang })));

  app.post('/api/registrations/:registrationId/send', {
    config: limit,
    schema: {
      tags: ['accounts'],
      summary: 'Skapa konto, step 2: send a code and a link to the chosen channel (again after a minute)',
      params: Type.Object({ registrationId: FlowId }, strict),
      body: Type.Object({ channel: StringEnum(['email', 'sms']) }, strict),
      response: withErrors({ 202: CodeSent }, 409, 410, 422),
    },
  }, async (request, reply) =>
    reply.status(202).send(await sendRegistrationCode(ctx, { registrationId: request.params.registrationId, channel: request.body.channel as 'email' | 'sms', lang: request.lang, ip: request.ip })));

  app.post('/api/registrations/:registrationId/verify', {
    config: limit,
    schema: {
      tags: ['accounts'],
      summary: 'Skapa konto, step 3: the code; the account becomes active. Answers what to prefill in step 4',
      params: Type.Object({ registrationId: FlowId }, strict),
      body: Type.Object({ code: Code }, strict),
      response: withErrors({ 200: Type.Object({ prefill: Prefill }) }, 409, 410),
    },
  }, async (request) => verifyRegistration(ctx, { registrationId: request.params.registrationId, code: request.body.code, ip: request.ip }));

  app.put('/api/registrations/:registrationId/details', {
    config: limit,
    schema: {
      tags: ['accounts'],
      summary: 'Skapa konto, step 4: name, e-mail and mobile; then the user logs in',
      params: Type.Object({ registrationId: FlowId }, strict),
      body: Type.Object({ name: Type.String({ maxLength: 100 }), email: Type.String({ maxLength: 254 }), mobile: Type.String({ maxLength: 30 }) }, strict),
      response: withErrors({ 200: Type.Object({ username: Type.String() }) }, 409, 410),
    },
  }, async (request) => completeRegistrationDetails(ctx, { registrationId: request.params.registrationId, ...request.body, ip: request.ip }));

  app.post('/api/verifications/link', {
    config: limit,
    schema: {
      tags: ['accounts'],
      summary: 'Follow the link from a code message: verifies as the code does and says what comes next',
      body: Type.Object({ token: Type.String({ minLength: 10, maxLength: 100 }) }, strict),
      response: withErrors({
        200: Type.Union([
          Type.Object({ purpose: Type.Literal('registration'), registrationId: Type.String(), prefill: Prefill }),
          Type.Object({ purpose: Type.Literal('password_reset'), resetId: Type.String() }),
          Type.Object({ purpose: Type.Literal('contact_change'), kind: StringEnum(['email', 'mobile']) }),
        ]),
      }, 404, 409, 410),
    },
  }, async (request) => followVerificationLink(ctx, { token: request.body.token, ip: request.ip }));

  // The link in e-mail and SMS is short (one SMS part); the web app's page takes it from here.

  app.get('/v/:token', { schema: { hide: true, params: Type.Object({ token: Type.String({ maxLength: 100 }) }) } }, async (request, reply) =>
    reply.redirect(`/verifiera?token=${encodeURIComponent(request.params.token)}`, 303));
}
