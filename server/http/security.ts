// Security headers, cookies, CSRF and rate limits: registered once for the whole app.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import cookie from '@fastify/cookie';
import csrf from '@fastify/csrf-protection';
import rateLimit, { type FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import type { Config } from '../config.ts';
import type { Db } from '../db/client.ts';
import type { Clock } from '../clock.ts';
import { AppError } from '../errors.ts';
import { databaseRateLimitStore } from './rate-limit-store.ts';
import { registerSecurityHeaders } from './security-headers.ts';

export const CSRF_HEADER = 'x-csrf-token';

const originOf = (url: string): string | null => {
  try {
    return new URL(url).origin;
  } catch {
    return null; // "null" (a sandboxed page, a file), or nothing a browser would send
  }
};

/**
 * Whether a browser sent this from the app's own pages: its Origin is the public URL's or the one the
 * request was sent to (another name behind the same proxy); without an Origin, Sec-Fetch-Site does not
 * say another site. A request with neither (curl, a script, app.inject) is no browser's: the CSRF token
 * alone decides.
 */
function fromOwnOrigin(request: FastifyRequest, publicOrigin: string | null): boolean {
  const origin = request.headers.origin;
  if (origin !== undefined) {
    const given = originOf(origin);
    return given !== null && (given === publicOrigin || given === originOf(`${request.protocol}://${request.host}`));
  }
  const site = request.headers['sec-fetch-site'];
  return site === undefined || site === 'same-origin' || site === 'none';
}

export async function registerSecurity(app: FastifyInstance, config: Config, db: Db, clock: Clock): Promise<void> {
  const secure = config.publicUrl.startsWith('https:');
  registerSecurityHeaders(app, secure);
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

  // Every state-changing API request comes from the app's own origin (when a browser says where it comes
  // from) and carries the CSRF token (double submit against a signed cookie): two locks, either enough.
  const publicOrigin = originOf(config.publicUrl);
  app.addHook('onRequest', (request, reply, done) => {
    const method = request.method;
    if (method === 'GET' || method === 'HEAD' || method === 'OPTIONS' || !request.url.startsWith('/api/')) return done();
    if (!fromOwnOrigin(request, publicOrigin)) return done(new AppError('CROSS_ORIGIN'));
    app.csrfProtection(request, reply, done);
  });
}
