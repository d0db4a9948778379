// Security headers, cookies, CSRF and rate limits: registered once for the whole app.
import type { FastifyInstance } from 'fastify';
import helmet from '@fastify/helmet';
import cookie from '@fastify/cookie';
import csrf from '@fastify/csrf-protection';
import rateLimit, { type FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import type { Config } from '../config.ts';
import type { Db } from '../db/client.ts';
import type { Clock } from '../clock.ts';
import { AppError } from '../errors.ts';
import { databaseRateLimitStore } from './rate-limit-store.ts';

export const CSRF_HEADER = 'x-csrf-token';

export async function registerSecurity(app: FastifyInstance, config: Config, db: Db, clock: Clock): Promise<void> {
  const secure = config.publicUrl.startsWith('https:');
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: secure ? [] : null,
      },
    },
    strictTransportSecurity: secure ? { maxAge: 31536000, includeSubDomains: true } : false,
    crossOriginEmbedderPolicy: false,
    referrerPolicy: { policy: 'same-origin' },
  });
  await app.register(cookie, { secret: config.sessionSecret });
  await app.register(csrf, {
    cookieKey: secure ? '__Host-csrf' : 'csrf',
    cookieOpts: { path: '/', httpOnly: true, sameSite: 'strict', secure, signed: true },
    getToken: (request) => request.headers[CSRF_HEADER] as string | undefined,
  });
  await app.register(rateLimit, {
    global: false,
    store: databaseRateLimitStore(db, clock) as unknown as FastifyRateLimitStoreCtor,
    skipOnError: false,
    errorResponseBuilder: (_request, context) => {
      const error = new AppError('RATE_LIMITED', { seconds: Math.max(1, Math.ceil(context.ttl / 1000)) });
      return error;
    },
  });

  // Every state-changing API request carries the CSRF token (double submit against a signed cookie).
  app.addHook('onRequest', (request, reply, done) => {
    const method = request.method;
    if (method === 'GET' || method === 'HEAD' || method === 'OPTIONS' || !request.url.startsWith('/api/')) return done();
    app.csrfProtection(request, reply, done);
  });
}
