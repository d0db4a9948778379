// Back office: staff accounts (administrators), and the staff the registers may name as managers.
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { AppContext } from '../../http/context.ts';
import { IdParams, Nullable, StringEnum, withErrors } from '../../http/schemas.ts';
import { authorize, staffOf } from '../../http/session.ts';
import { can, mayBeManager, staffRoles } from '../../policies/staff.ts';
import { AppError } from '../../errors.ts';
import { ManagersView } from '../../presenters/property-register.ts';
import { listStaffUsers } from '../../repositories/users.ts';
import { inviteStaff } from '../../usecases/staff/invite-staff.ts';
import { deactivateStaff } from '../../usecases/staff/deactivate-staff.ts';

export const StaffRowView = Type.Object({
  id: Type.String(), email: Type.String(), name: Type.String(), role: StringEnum(staffRoles),
  state: StringEnum(['invited', 'active', 'deactivated']), totpEnabled: Type.Boolean(), lastLoginAt: Nullable(Type.String({ format: 'date-time' })),
});
export const StaffListView = Type.Object({ staff: Type.Array(StaffRowView) });
export const StaffInviteBody = Type.Object({ name: Type.String({ minLength: 1, maxLength: 100 }), email: Type.String({ maxLength: 254 }), role: StringEnum(staffRoles) }, { additionalProperties: false });
export const StaffInvitedView = Type.Object({ id: Type.String() });

export default async function staffRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = ctx;

  app.get('/api/backoffice/staff', {
    schema: {
      tags: ['backoffice'], summary: 'Staff accounts (administrators)',
      response: withErrors({ 200: StaffListView }, 401, 403),
    },
  }, async (request) => {
    authorize(request, 'staff.manage');
    const rows = await listStaffUsers(db);
    return { staff: rows.map((s) => ({ id: s.id, email: s.email, name: s.name, role: s.role, state: s.status, totpEnabled: Boolean(s.totpEnabledAt), lastLoginAt: s.lastLoginAt?.toISOString() ?? null })) };
  });

  app.post('/api/backoffice/staff', {
    schema: {
      tags: ['backoffice'], summary: 'Invite a staff member by e-mail (administrators)',
      body: StaffInviteBody,
      response: withErrors({ 201: StaffInvitedView }, 401, 403, 409),
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

  app.get('/api/backoffice/managers', {
    schema: {
      tags: ['backoffice'], summary: "Active staff who may be named a customer's customer manager or a property's property manager",
      response: withErrors({ 200: ManagersView }, 401, 403),
    },
  }, async (request) => {
    const staff = staffOf(request);
    if (!can(staff.role, 'customers.read') && !can(staff.role, 'properties.read')) throw new AppError('FORBIDDEN');
    const active = (await listStaffUsers(db)).filter((s) => s.status === 'active');
    const of = (kind: 'customer' | 'property') => active.filter((s) => mayBeManager(s.role, kind)).map((s) => ({ id: s.id, name: s.name }));
    return { customerManagers: of('customer'), propertyManagers: of('property') };
  });
}
