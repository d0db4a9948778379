// Back office: a customer's page (contact channels, tenant users), staff accounts, the audit log.
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { AppContext } from '../http/context.ts';
import { IdParams, IsoDate, Nullable, StringEnum, withErrors } from '../http/schemas.ts';
import { authorize, staffOf } from '../http/session.ts';
import { AppError } from '../errors.ts';
import { can, staffRoles } from '../policies/staff.ts';
import { swedishToday } from '../domain/dates.ts';
import { formatIdentityNumber } from '../domain/identity.ts';
import { leaseStatus } from '../domain/leases.ts';
import { secondsLocked } from '../domain/login-throttle.ts';
import { findCustomer } from '../repositories/customers.ts';
import { findCustomerLeases } from '../repositories/leases.ts';
import { listStaffUsers, listTenantUsersOfCustomer } from '../repositories/users.ts';
import { listAuditEvents } from '../repositories/audit-log.ts';
import { changeCustomerContact, deactivateTenantUser, resendVerification } from '../usecases/customers/customer-accounts.ts';
import { deactivateStaff, inviteStaff } from '../usecases/staff/staff-accounts.ts';

const CustomerView = Type.Object({
  id: Type.String(), name: Type.String(), identityNumber: Type.String(), kind: StringEnum(['company', 'private']),
  address: Type.Object({ street: Type.String(), postalCode: Type.String(), city: Type.String() }),
  email: Nullable(Type.String()), mobile: Nullable(Type.String()), customerManager: Nullable(Type.String()),
  canEditContact: Type.Boolean(),
  leases: Type.Array(Type.Object({ id: Type.String(), number: Type.String(), status: StringEnum(['upcoming', 'active', 'terminated']), startDate: IsoDate, endDate: Nullable(IsoDate), objects: Type.String() })),
  tenantUsers: Type.Array(Type.Object({
    id: Type.String(), username: Type.String(), name: Nullable(Type.String()), email: Nullable(Type.String()), mobile: Nullable(Type.String()),
    state: StringEnum(['unverified', 'active', 'locked', 'deactivated']), createdAt: Type.String({ format: 'date-time' }), lastLoginAt: Nullable(Type.String({ format: 'date-time' })),
  })),
});

export default async function backofficeAccountRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = ctx;
  // Before validation: a visitor learns nothing about a route's body, only that it must log in.
  app.addHook('preValidation', async (request) => { staffOf(request); });

  async function customerView(id: string, role: Parameters<typeof can>[0]) {
    const found = await findCustomer(db, id);
    if (!found) throw new AppError('NOT_FOUND');
    const { customer } = found;
    const today = swedishToday();
    const now = new Date();
    const [bundles, users] = await Promise.all([findCustomerLeases(db, customer.id), listTenantUsersOfCustomer(db, customer.id)]);
    return {
      id: customer.id, name: customer.name, identityNumber: formatIdentityNumber(customer.identityNumber), kind: customer.kind,
      address: { street: customer.street, postalCode: customer.postalCode, city: customer.city },
      email: customer.email, mobile: customer.mobile, customerManager: found.customerManager,
      canEditContact: can(role, 'customers.contact.edit'),
      leases: bundles.map(({ lease, objects }) => ({
        id: lease.id, number: lease.number, status: leaseStatus(lease, today), startDate: lease.startDate, endDate: lease.endDate,
        objects: objects.map((o) => `${o.number}, ${o.street}`).join('; '),
      })),
      tenantUsers: users.map((u) => ({
        id: u.id, username: u.username, name: u.name, email: u.email, mobile: u.mobile,
        state: u.status === 'active' && secondsLocked(u.lockedUntil, now) > 0 ? ('locked' as const) : u.status,
        createdAt: u.createdAt.toISOString(), lastLoginAt: u.lastLoginAt?.toISOString() ?? null,
      })),
    };
  }

  app.get('/api/backoffice/customers/:id', {
    schema: { tags: ['backoffice'], summary: "A customer's page: contact channels, leases, tenant users", params: IdParams, response: withErrors({ 200: Type.Object({ customer: CustomerView }) }, 401, 403, 404) },
  }, async (request) => {
    const staff = authorize(request, 'customers.read');
    return { customer: await customerView(request.params.id, staff.role) };
  });

  app.patch('/api/backoffice/customers/:id/contact', {
    schema: {
      tags: ['backoffice'],
      summary: "Change the customer's contact e-mail and mobile: the channels a tenant verifies with when registering",
      params: IdParams,
      body: Type.Object({ email: Nullable(Type.String({ maxLength: 254 })), mobile: Nullable(Type.String({ maxLength: 30 })) }, { additionalProperties: false }),
      response: withErrors({ 200: Type.Object({ customer: CustomerView }) }, 401, 403, 404),
    },
  }, async (request) => {
    const staff = authorize(request, 'customers.contact.edit');
    await changeCustomerContact(ctx, { staffId: staff.userId, customerId: request.params.id, ...request.body, ip: request.ip });
    return { customer: await customerView(request.params.id, staff.role) };
  });

  app.post('/api/backoffice/tenant-users/:id/deactivate', {
    schema: { tags: ['backoffice'], summary: 'Deactivate a tenant user; its sessions end', params: IdParams, response: withErrors({ 204: Type.Null() }, 401, 403, 404) },
  }, async (request, reply) => {
    const staff = authorize(request, 'tenant_users.manage');
    await deactivateTenantUser(ctx, { staffId: staff.userId, tenantUserId: request.params.id, ip: request.ip });
    return reply.status(204).send(null);
  });

  app.post('/api/backoffice/tenant-users/:id/resend-verification', {
    schema: { tags: ['backoffice'], summary: 'Send a new verification code and link for an unfinished registration', params: IdParams, response: withErrors({ 202: Type.Object({}) }, 401, 403, 404, 409, 422) },
  }, async (request, reply) => {
    const staff = authorize(request, 'tenant_users.manage');
    await resendVerification(ctx, { staffId: staff.userId, tenantUserId: request.params.id, lang: request.lang, ip: request.ip });
    return reply.status(202).send({});
  });

  app.get('/api/backoffice/staff', {
    schema: {
      tags: ['backoffice'], summary: 'Staff accounts (administrators)',
      response: withErrors({
        200: Type.Object({
          staff: Type.Array(Type.Object({
            id: Type.String(), email: Type.String(), name: Type.String(), role: StringEnum(staffRoles),
            state: StringEnum(['invited', 'active', 'deactivated']), totpEnabled: Type.Boolean(), lastLoginAt: Nullable(Type.String({ format: 'date-time' })),
          })),
        }),
      }, 401, 403),
    },
  }, async (request) => {
    authorize(request, 'staff.manage');
    const rows = await listStaffUsers(db);
    return { staff: rows.map((s) => ({ id: s.id, email: s.email, name: s.name, role: s.role, state: s.status, totpEnabled: Boolean(s.totpEnabledAt), lastLoginAt: s.lastLoginAt?.toISOString() ?? null })) };
  });

  app.post('/api/backoffice/staff', {
    schema: {
      tags: ['backoffice'], summary: 'Invite a staff member by e-mail (administrators)',
      body: Type.Object({ name: Type.String({ minLength: 1, maxLength: 100 }), email: Type.String({ maxLength: 254 }), role: StringEnum(staffRoles) }, { additionalProperties: false }),
      response: withErrors({ 201: Type.Object({ id: Type.String() }) }, 401, 403, 409),
    },
  }, async (request, reply) => {
    const staff = authorize(request, 'staff.manage');
    const result = await inviteStaff(ctx, { adminId: staff.userId, name: request.body.name, email: request.body.email, role: request.body.role as (typeof staffRoles)[number], lang: request.lang, ip: request.ip });
    return reply.status(201).send(result);
  });

  app.post('/api/backoffice/staff/:id/deactivate', {
    schema: { tags: ['backoffice'], summary: 'Deactivate a staff account (administrators)', params: IdParams, response: withErrors({ 204: Type.Null() }, 401, 403, 404, 409) },
  }, async (request, reply) => {
    const staff = authorize(request, 'staff.manage');
    await deactivateStaff(ctx, { adminId: staff.userId, staffId: request.params.id, ip: request.ip });
    return reply.status(204).send(null);
  });

  app.get('/api/backoffice/audit', {
    schema: {
      tags: ['backoffice'], summary: 'Audit events, newest first (administrators)',
      querystring: Type.Object({ action: Type.Optional(Type.String({ maxLength: 60 })), limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, default: 200 })) }, { additionalProperties: false }),
      response: withErrors({
        200: Type.Object({
          events: Type.Array(Type.Object({
            id: Type.String(), at: Type.String({ format: 'date-time' }), actorKind: Type.String(), actor: Nullable(Type.String()),
            action: Type.String(), subject: Nullable(Type.String()), ip: Nullable(Type.String()), details: Type.Record(Type.String(), Type.Unknown()),
          })),
        }),
      }, 401, 403),
    },
  }, async (request) => {
    authorize(request, 'audit.read');
    const rows = await listAuditEvents(db, { action: request.query.action || undefined, limit: request.query.limit ?? 200 });
    return {
      events: rows.map((e) => ({
        id: e.id, at: e.at.toISOString(), actorKind: e.actorKind, actor: e.actorTenant ?? e.actorStaff ?? null, action: e.action,
        subject: e.subjectTenant ?? e.subjectStaff ?? e.subjectCustomer ?? null, ip: e.ip, details: e.details,
      })),
    };
  });
}
