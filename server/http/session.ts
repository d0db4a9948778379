// Server-side sessions: the cookie holds a random token, the database holds its SHA-256 and the
// principal. Loaded on every API request; rotated at login; idle and absolute expiry.
import { createHash, randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../config.ts';
import type { Db } from '../db/client.ts';
import type { Clock } from '../clock.ts';
import { AppError } from '../errors.ts';
import { absoluteExpiry, isSessionValid, needsTouch } from '../domain/session-expiry.ts';
import { deleteSession, findSession, insertSession, touchSession } from '../repositories/sessions.ts';
import { can, type StaffAbility, type StaffRole } from '../policies/staff.ts';
import { staffScopeFromSession, tenantScopeFromSession, type StaffScope, type TenantScope } from '../policies/tenant.ts';

/** Who is asking. A tenant's records are reached through its scope (server/policies/tenant.ts). */
export type Principal =
  | { kind: 'tenant'; sessionId: string; userId: string; scope: TenantScope }
  | { kind: 'staff'; sessionId: string; userId: string; role: StaffRole; scope: StaffScope };

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal | null;
  }
}

const hash = (token: string) => createHash('sha256').update(token).digest('base64url');

export function sessionCookieName(config: Config): string {
  return config.publicUrl.startsWith('https:') ? '__Host-sid' : 'sid';
}

export async function registerSessions(app: FastifyInstance, config: Config, db: Db, clock: Clock): Promise<void> {
  const cookieName = sessionCookieName(config);
  const secure = config.publicUrl.startsWith('https:');
  app.decorateRequest('principal', null);

  app.addHook('onRequest', async (request, reply) => {
    if (!request.url.startsWith('/api/')) return;
    const token = request.cookies[cookieName];
    if (!token) return;
    const id = hash(token);
    const session = await findSession(db, id);
    const now = clock.now();
    if (!session || !session.active || !isSessionValid(session, now, config.session.idleMinutes)) {
      if (session) await deleteSession(db, id);
      reply.clearCookie(cookieName, { path: '/' });
      return;
    }
    if (needsTouch(session, now)) await touchSession(db, id, now);
    request.principal = session.tenantUserId
      ? { kind: 'tenant', sessionId: id, userId: session.tenantUserId, scope: tenantScopeFromSession(session.customerId!, session.tenantUserId) }
      : { kind: 'staff', sessionId: id, userId: session.staffUserId!, role: session.staffRole as StaffRole, scope: staffScopeFromSession(session.staffUserId!) };
  });

  app.decorate('sessions', {
    async start(request: FastifyRequest, reply: FastifyReply, who: { tenantUserId: string } | { staffUserId: string }) {
      // Rotation: whatever session the browser had is ended, and a new token is issued.
      if (request.principal) await deleteSession(db, request.principal.sessionId);
      const token = randomBytes(32).toString('base64url');
      const now = clock.now();
      await insertSession(db, {
        id: hash(token),
        ...who,
        createdAt: now,
        lastSeenAt: now,
        expiresAt: absoluteExpiry(now, config.session.absoluteHours),
        ip: request.ip,
        userAgent: request.headers['user-agent']?.slice(0, 300) ?? null,
      });
      reply.setCookie(cookieName, token, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure,
        maxAge: config.session.absoluteHours * 3600,
      });
    },
    async end(request: FastifyRequest, reply: FastifyReply) {
      if (request.principal) await deleteSession(db, request.principal.sessionId);
      request.principal = null;
      reply.clearCookie(cookieName, { path: '/' });
    },
  });
}

declare module 'fastify' {
  interface FastifyInstance {
    sessions: {
      start(request: FastifyRequest, reply: FastifyReply, who: { tenantUserId: string } | { staffUserId: string }): Promise<void>;
      end(request: FastifyRequest, reply: FastifyReply): Promise<void>;
    };
  }
}

export type TenantPrincipal = Extract<Principal, { kind: 'tenant' }>;
export type StaffPrincipal = Extract<Principal, { kind: 'staff' }>;

// Logged in as the other kind of user is not "log in": it is 403, as for a role without the ability.
export function tenantOf(request: FastifyRequest): TenantPrincipal {
  const p = request.principal;
  if (!p) throw new AppError('UNAUTHENTICATED');
  if (p.kind !== 'tenant') throw new AppError('FORBIDDEN');
  return p;
}

export function staffOf(request: FastifyRequest): StaffPrincipal {
  const p = request.principal;
  if (!p) throw new AppError('UNAUTHENTICATED');
  if (p.kind !== 'staff') throw new AppError('FORBIDDEN');
  return p;
}

/** The logged-in staff member, if the role may do this (server/policies/staff.ts); 401 or 403 otherwise. */
export function authorize(request: FastifyRequest, ability: StaffAbility): StaffPrincipal {
  const staff = staffOf(request);
  if (!can(staff.role, ability)) throw new AppError('FORBIDDEN');
  return staff;
}
