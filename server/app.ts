// Builds the HTTP application: external plugins, then our own, then routes (fastify/demo's order).
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import type { DestinationStream } from 'pino';
import { randomBytes } from 'node:crypto';
import type { AppContext } from './http/context.ts';
import { registerErrorHandling, sendError, toAppError } from './http/errors.ts';
import { registerValidation } from './http/validation.ts';
import { registerSerialization } from './http/serialization.ts';
import { registerTextCheck } from './http/text-check.ts';
import { registerSecurity } from './http/security.ts';
import { registerSessions } from './http/session.ts';
import { registerOpenApi } from './http/openapi.ts';
import { registerSpa } from './http/spa.ts';
import { registerCompression } from './http/compression.ts';
import { languageFrom, type Language } from './i18n/language.ts';
import { logOutput, logSerializers, OneLineRequestLog } from './logging.ts';
import healthRoutes from './routes/health.ts';
import sessionRoutes from './routes/session.ts';
import landlordRoutes from './routes/landlord.ts';
import portalRoutes from './routes/portal/index.ts';
import backofficeRoutes from './routes/backoffice/index.ts';
import registrationRoutes from './routes/registrations.ts';
import passwordResetRoutes from './routes/password-resets.ts';
import staffInvitationRoutes from './routes/staff-invitations.ts';
import devRoutes from './routes/dev.ts';
import fileRoutes from './routes/files.ts';

declare module 'fastify' {
  interface FastifyRequest {
    lang: Language;
  }
}

export const BODY_LIMIT = 1024 * 1024;
const INCOMING_REQUEST_ID = /^[\w-]{1,64}$/;
const LANGUAGE = Symbol('language');

/** `logStream`: where the log goes instead of stdout (a test that reads the log); `webRoot`: the built web app elsewhere than dist/web. */
export async function buildApp(ctx: AppContext, options: { logStream?: DestinationStream; webRoot?: string } = {}): Promise<FastifyInstance> {
  // A request's id: the proxy's X-Request-Id when it sends a sane one, else this process's prefix and a count.
  const bootPrefix = randomBytes(4).toString('hex');
  let requests = 0;
  const app = Fastify({
    // One line a request, when it is answered (logging.ts: what it holds and why nothing needs redacting).
    logger: {
      level: ctx.config.logLevel,
      serializers: logSerializers,
      ...(options.logStream ? { stream: options.logStream } : logOutput(ctx.config)),
    },
    logController: new OneLineRequestLog(),
    genReqId: (req) => {
      const incoming = req.headers['x-request-id'];
      return typeof incoming === 'string' && INCOMING_REQUEST_ID.test(incoming) ? incoming : `${bootPrefix}-${(++requests).toString(36)}`;
    },
    bodyLimit: BODY_LIMIT,
    trustProxy: ctx.config.trustProxy,
    return503OnClosing: true,
    // A URL that does not decode (FST_ERR_BAD_URL) never reaches the error handler: answer it the same way.
    frameworkErrors: (error, request, reply) => sendError(request, reply, toAppError(error)),
  });

  // The language is read from Accept-Language only where words are produced (errors, mail, PDFs, a
  // list's names), once a request however often it is asked for (a list asks for each row).
  app.decorateRequest(LANGUAGE, null);
  app.decorateRequest('lang', {
    getter(this: FastifyRequest) {
      const memo = this as unknown as { [LANGUAGE]: Language | null };
      return (memo[LANGUAGE] ??= languageFrom(this.headers['accept-language']));
    },
  });
  app.addHook('onRequest', (request, reply, done) => {
    reply.header('x-request-id', request.id);
    done();
  });

  registerValidation(app);
  registerSerialization(app);
  registerTextCheck(app);
  registerErrorHandling(app);
  await registerOpenApi(app);
  await registerSecurity(app, ctx.config, ctx.db, ctx.clock);
  await registerSessions(app, ctx.config, ctx.db, ctx.clock);
  await registerCompression(app);

  await app.register(healthRoutes, ctx);
  await app.register(sessionRoutes, ctx);
  await app.register(landlordRoutes, ctx);
  await app.register(portalRoutes, ctx);
  await app.register(backofficeRoutes, ctx);
  await app.register(registrationRoutes, ctx);
  await app.register(passwordResetRoutes, ctx);
  await app.register(staffInvitationRoutes, ctx);
  await app.register(fileRoutes, ctx);
  if (ctx.config.env !== 'production') await app.register(devRoutes, ctx);

  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  await registerSpa(app, options.webRoot);
  return app;
}
