// Back office: customers, a customer's page (contact channels, leases, tenant users), its contact details,
// and the customer register: finance and administrators (registers.edit) enter customers and change them.
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type, type Static } from '@sinclair/typebox';
import { ObjectView, presentObject } from '../../presenters/leases.ts';
import type { AppContext } from '../../http/context.ts';
import { Address, IdParams, IsoDate, Nullable, StringEnum, withErrors } from '../../http/schemas.ts';
import { authorize } from '../../http/session.ts';
import { AppError } from '../../errors.ts';
import { can } from '../../policies/staff.ts';
import type { StaffScope } from '../../policies/tenant.ts';
import { swedishDate } from '../../domain/dates.ts';
import { formatIdentityNumber } from '../../domain/identity.ts';
import { leaseStatus } from '../../domain/leases.ts';
import { secondsLocked } from '../../domain/login-throttle.ts';
import { searchCustomers } from '../../repositories/backoffice.ts';
import { findCustomer } from '../../repositories/customers.ts';
import { findCustomerLeases } from '../../repositories/leases.ts';
import { listCases } from '../../repositories/cases.ts';
import { presentStaffCaseSummary, StaffCaseSummaryView } from '../../presenters/cases.ts';
import type { Language } from '../../i18n/language.ts';
import { listTenantUsersOfCustomer } from '../../repositories/users.ts';
import { changeCustomerContact } from '../../usecases/customers/change-customer-contact.ts';
import { createCustomer } from '../../usecases/customers/create-customer.ts';
import { changeCustomer } from '../../usecases/customers/change-customer.ts';

export const CustomerRowView = Type.Object({
  id: Type.String(), name: Type.String(), identityNumber: Type.String(),
  email: Nullable(Type.String()), mobile: Nullable(Type.String()), customerManager: Nullable(Type.String()),
  leaseCount: Type.Integer(), tenantUserCount: Type.Integer(),
});
export const CustomerListView = Type.Object({
  customers: Type.Array(CustomerRowView),
  canEdit: Type.Boolean({ description: 'The person asking may enter customers and change their details' }),
});

export const CustomerView = Type.Object({
  id: Type.String(), name: Type.String(), identityNumber: Type.String(), kind: StringEnum(['company', 'private']),
  address: Address,
  email: Nullable(Type.String()), mobile: Nullable(Type.String()), customerManager: Nullable(Type.String()), customerManagerId: Nullable(Type.String()),
  canEditContact: Type.Boolean(),
  canEdit: Type.Boolean({ description: 'The person asking may change the name, number, address and customer manager' }),
  leases: Type.Array(Type.Object({ id: Type.String(), number: Type.String(), status: StringEnum(['upcoming', 'active', 'terminated']), startDate: IsoDate, endDate: Nullable(IsoDate), objects: Type.Array(ObjectView) })),
  cases: Type.Array(StaffCaseSummaryView, { description: "The customer's cases, newest first (notices included)" }),
  tenantUsers: Type.Array(Type.Object({
    id: Type.String(), username: Type.String(), name: Nullable(Type.String()), email: Nullable(Type.String()), mobile: Nullable(Type.String()),
    state: StringEnum(['unverified', 'active', 'locked', 'deactivated']), createdAt: Type.String({ format: 'date-time' }), lastLoginAt: Nullable(Type.String({ format: 'date-time' })),
  })),
});
export const CustomerResponseView = Type.Object({ customer: CustomerView });
export const CustomerContactBody = Type.Object({ email: Nullable(Type.String({ maxLength: 254 })), mobile: Nullable(Type.String({ maxLength: 30 })) }, { additionalProperties: false });

const customerFields = {
  name: Type.String({ maxLength: 200 }),
  identityNumber: Type.String({ maxLength: 20, description: 'Organisationsnummer (a company) or personnummer (a private tenant), with or without dash' }),
  street: Type.String({ maxLength: 200 }),
  postalCode: Type.String({ maxLength: 20, description: 'Five digits, stored as "412 61"' }),
  city: Type.String({ maxLength: 100 }),
  customerManagerId: Nullable(Type.String({ format: 'uuid', description: 'A customer manager or administrator (GET /api/backoffice/managers)' })),
};
export const NewCustomerBody = Type.Object({
  ...customerFields,
  email: Nullable(Type.String({ maxLength: 254, description: 'Where a tenant\'s registration code may go' })),
  mobile: Nullable(Type.String({ maxLength: 30, description: 'Any usual writing; stored as E.164' })),
}, { additionalProperties: false });
/** The customer's details; its e-mail and mobile change through PATCH …/contact. */
export const CustomerChangesBody = Type.Partial(Type.Object(customerFields), { additionalProperties: false });

export default async function customerRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = ctx;
  async function customerView(scope: StaffScope, id: string, role: Parameters<typeof can>[0], lang: Language) {
    const found = await findCustomer(db, id);
    if (!found) throw new AppError('NOT_FOUND');
    const { customer } = found;
    const now = ctx.clock.now();
    const today = swedishDate(now);
    const [bundles, users, caseRows] = await Promise.all([
      findCustomerLeases(db, scope, customer.id), listTenantUsersOfCustomer(db, customer.id),
      can(role, 'cases.read') ? listCases(db, scope, { customerId: customer.id }, 'newest', 200) : Promise.resolve([]),
    ]);
    return {
      id: customer.id, name: customer.name, identityNumber: formatIdentityNumber(customer.identityNumber), kind: customer.kind,
      address: { street: customer.street, postalCode: customer.postalCode, city: customer.city },
      email: customer.email, mobile: customer.mobile, customerManager: found.customerManager, customerManagerId: customer.customerManagerId,
      canEditContact: can(role, 'customers.contact.edit'),
      canEdit: can(role, 'registers.edit'),
      leases: bundles.map(({ lease, objects }) => ({
        id: lease.id, number: lease.number, status: leaseStatus(lease, today), startDate: lease.startDate, endDate: lease.endDate,
        objects: objects.map(presentObject),
      })),
      cases: caseRows.map((row) => presentStaffCaseSummary(row, lang)),
      tenantUsers: users.map((u) => ({
        id: u.id, username: u.username, name: u.name, email: u.email, mobile: u.mobile,
        state: u.status === 'active' && secondsLocked(u.lockedUntil, now) > 0 ? ('locked' as const) : u.status,
        createdAt: u.createdAt.toISOString(), lastLoginAt: u.lastLoginAt?.toISOString() ?? null,
      })),
    };
  }

  app.get('/api/backoffice/customers', {
    schema: {
      tags: ['backoffice'],
      summary: 'Customers, optionally filtered by name or number',
      querystring: Type.Object({ q: Type.Optional(Type.String({ maxLength: 100 })) }, { additionalProperties: false }),
      response: withErrors({ 200: CustomerListView }, 401, 403),
    },
  }, async (request) => {
    const staff = authorize(request, 'customers.read');
    const rows = await searchCustomers(db, request.query.q, 200);
    return { customers: rows.map((c) => ({ ...c, identityNumber: formatIdentityNumber(c.identityNumber) })), canEdit: can(staff.role, 'registers.edit') };
  });

  app.get('/api/backoffice/customers/:id', {
    schema: { tags: ['backoffice'], summary: "A customer's page: contact channels, leases, tenant users", params: IdParams, response: withErrors({ 200: CustomerResponseView }, 401, 403, 404) },
  }, async (request) => {
    const staff = authorize(request, 'customers.read');
    return { customer: await customerView(staff.scope, request.params.id, staff.role, request.lang) };
  });

  app.patch('/api/backoffice/customers/:id/contact', {
    schema: {
      tags: ['backoffice'],
      summary: "Change the customer's contact e-mail and mobile: the channels a tenant verifies with when registering",
      params: IdParams,
      body: CustomerContactBody,
      response: withErrors({ 200: CustomerResponseView }, 401, 403, 404),
    },
  }, async (request) => {
    const staff = authorize(request, 'customers.contact.edit');
    await changeCustomerContact(ctx, { staffId: staff.userId, customerId: request.params.id, ...request.body, ip: request.ip });
    return { customer: await customerView(staff.scope, request.params.id, staff.role, request.lang) };
  });

  app.post('/api/backoffice/customers', {
    schema: {
      tags: ['backoffice'],
      summary: 'Enter a customer: name, organisationsnummer or personnummer (unique), address, contact e-mail and mobile, customer manager',
      body: NewCustomerBody,
      response: withErrors({ 201: CustomerResponseView }, 401, 403, 409, 422),
    },
  }, async (request, reply) => {
    const staff = authorize(request, 'registers.edit');
    const { id } = await createCustomer(ctx, { staffId: staff.userId, ip: request.ip }, request.body as Static<typeof NewCustomerBody>);
    return reply.status(201).send({ customer: await customerView(staff.scope, id, staff.role, request.lang) });
  });

  app.patch('/api/backoffice/customers/:id', {
    schema: {
      tags: ['backoffice'],
      summary: "Change a customer's name, number, address or customer manager",
      params: IdParams,
      body: CustomerChangesBody,
      response: withErrors({ 200: CustomerResponseView }, 401, 403, 404, 409, 422),
    },
  }, async (request) => {
    const staff = authorize(request, 'registers.edit');
    await changeCustomer(ctx, { staffId: staff.userId, ip: request.ip }, request.params.id, request.body as Static<typeof CustomerChangesBody>);
    return { customer: await customerView(staff.scope, request.params.id, staff.role, request.lang) };
  });
}
