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

export const PrefillView = Type.Object({ name: Nullable(Type.String()), email: Nullable(Type.String()), mobile: Nullable(Type.String()) });
export const CodeSentView = Type.Object({ channel: StringEnum(['email', 'sms']), masked: Type.String(), expiresAt: Type.String({ format: 'date-time' }), resendAvailableAt: Type.String({ format: 'date-time' }) });

export const RegistrationBody = Type.Object({
  identityNumber: Type.String({ maxLength: 20 }),
  username: Type.String({ maxLength: 100 }),
  password: Password,
  passwordRepeat: Password,
}, strict);
export const RegistrationStartedView = Type.Object({ registrationId: Type.String(), channels: Type.Array(Type.Object({ channel: StringEnum(['email', 'sms']), masked: Type.String() })) });
export const RegistrationSendBody = Type.Object({ channel: StringEnum(['email', 'sms']) }, strict);
export const RegistrationVerifyBody = Type.Object({ code: Code }, strict);
export const RegistrationVerifiedView = Type.Object({ prefill: PrefillView });
export const RegistrationDetailsBody = Type.Object({ name: Type.String({ maxLength: 100 }), email: Type.String({ maxLength: 254 }), mobile: Type.String({ maxLength: 30 }) }, strict);
export const RegistrationCompletedView = Type.Object({ username: Type.String() });
export const VerificationLinkBody = Type.Object({ token: Type.String({ minLength: 10, maxLength: 100 }) }, strict);
export const VerificationLinkView = Type.Union([
  Type.Object({ purpose: Type.Literal('registration'), registrationId: Type.String(), prefill: PrefillView }),
  Type.Object({ purpose: Type.Literal('password_reset'), resetId: Type.String() }),
  Type.Object({ purpose: Type.Literal('contact_change'), kind: StringEnum(['email', 'mobile']) }),
]);

export default async function registrationRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const limit = accountRateLimit(ctx.config);

  app.post('/api/registrations', {
    config: limit,
    schema: {
      tags: ['accounts'],
      summary: 'Skapa konto, step 1: organisationsnummer (or personnummer), username and password. Answers the channels a code can go to, masked',
      body: RegistrationBody,
      response: withErrors({ 201: RegistrationStartedView }, 409, 422),
    },
  }, async (request, reply) => reply.status(201).send(await startRegistration(ctx, { ...request.body, ip: request.ip, lang: request.lang })));

  app.post('/api/registrations/:registrationId/send', {
    config: limit,
    schema: {
      tags: ['accounts'],
      summary: 'Skapa konto, step 2: send a code and a link to the chosen channel (again after a minute)',
      params: Type.Object({ registrationId: FlowId }, strict),
      body: RegistrationSendBody,
      response: withErrors({ 202: CodeSentView }, 409, 410, 422),
    },
  }, async (request, reply) =>
    reply.status(202).send(await sendRegistrationCode(ctx, { registrationId: request.params.registrationId, channel: request.body.channel as 'email' | 'sms', lang: request.lang, ip: request.ip })));

  app.post('/api/registrations/:registrationId/verify', {
    config: limit,
    schema: {
      tags: ['accounts'],
      summary: 'Skapa konto, step 3: the code; the account becomes active. Answers what to prefill in step 4',
      params: Type.Object({ registrationId: FlowId }, strict),
      body: RegistrationVerifyBody,
      response: withErrors({ 200: RegistrationVerifiedView }, 409, 410),
    },
  }, async (request) => verifyRegistration(ctx, { registrationId: request.params.registrationId, code: request.body.code, ip: request.ip }));

  app.put('/api/registrations/:registrationId/details', {
    config: limit,
    schema: {
      tags: ['accounts'],
      summary: 'Skapa konto, step 4: name, e-mail and mobile; then the user logs in',
      params: Type.Object({ registrationId: FlowId }, strict),
      body: RegistrationDetailsBody,
      response: withErrors({ 200: RegistrationCompletedView }, 409, 410),
    },
  }, async (request) => completeRegistrationDetails(ctx, { registrationId: request.params.registrationId, ...request.body, ip: request.ip }));

  app.post('/api/verifications/link', {
    config: limit,
    schema: {
      tags: ['accounts'],
      summary: 'Follow the link from a code message: verifies as the code does and says what comes next',
      body: VerificationLinkBody,
      response: withErrors({ 200: VerificationLinkView }, 404, 409, 410),
    },
  }, async (request) => followVerificationLink(ctx, { token: request.body.token, ip: request.ip }));

  // The link in e-mail and SMS is short (one SMS part); the web app's page takes it from here.

  app.get('/v/:token', { schema: { hide: true, params: Type.Object({ token: Type.String({ maxLength: 100 }) }) } }, async (request, reply) =>
    reply.redirect(`/verifiera?token=${encodeURIComponent(request.params.token)}`, 303));
}
