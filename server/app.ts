// Builds the HTTP application: external plugins, then our own, then routes (fastify/demo's order).
import Fastify, { type FastifyInstance } from 'fastify';
import type { DestinationStream } from 'pino';
import { randomUUID } from 'node:crypto';
import type { AppContext } from './http/context.ts';
import { registerErrorHandling, sendError, toAppError } from './http/errors.ts';
import { registerValidation } from './http/validation.ts';
import { registerTextCheck } from './http/text-check.ts';
import { registerSecurity } from './http/security.ts';
import { registerSessions } from './http/session.ts';
import { registerOpenApi } from './http/openapi.ts';
import { registerSpa } from './http/spa.ts';
import { languageFrom, type Language } from './i18n/language.ts';
import { logSerializers } from './logging.ts';
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

/** `logStream`: where the log goes instead of stdout (a test that reads the log); `webRoot`: the built web app elsewhere than dist/web. */
export async function buildApp(ctx: AppContext, options: { logStream?: DestinationStream; webRoot?: string } = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: {
      level: ctx.config.logLevel,
      serializers: logSerializers,
      ...(options.logStream ? { stream: options.logStream } : {}),
      redact: { paths: ['req.headers.cookie', 'req.headers.authorization', 'req.headers["x-csrf-token"]', 'res.headers["set-cookie"]'], censor: '[redacted]' },
      ...(ctx.config.env === 'development' && process.stdout.isTTY ? { transport: { target: 'pino-pretty', options: { ignore: 'pid,hostname' } } } : {}),
    },
    genReqId: (req) => {
      const incoming = req.headers['x-request-id'];
      return typeof incoming === 'string' && /^[\w-]{1,64}$/.test(incoming) ? incoming : randomUUID();
    },
    bodyLimit: BODY_LIMIT,
    trustProxy: ctx.config.trustProxy,
    return503OnClosing: true,
    // A URL that does not decode (FST_ERR_BAD_URL) never reaches the error handler: answer it the same way.
    frameworkErrors: (error, request, reply) => sendError(request, reply, toAppError(error)),
  });

  app.decorateRequest('lang', 'sv');
  app.addHook('onRequest', async (request, reply) => {
    request.lang = languageFrom(request.headers['accept-language']);
    reply.header('x-request-id', request.id);
  });

  registerValidation(app);
  registerTextCheck(app);
  registerErrorHandling(app);
  await registerOpenApi(app);
  await registerSecurity(app, ctx.config, ctx.db, ctx.clock);
  await registerSessions(app, ctx.config, ctx.db, ctx.clock);

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
