// Back office: the lease register. Staff who may read customers or properties see the leases; finance
// and administrators (billing.edit) enter leases, change their terms and their rent rows.
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type, type Static } from '@sinclair/typebox';
import type { AppContext } from '../../http/context.ts';
import { IdParams, IsoDate, Nullable, StringEnum, Uuid, withErrors } from '../../http/schemas.ts';
import { authorize, staffOf } from '../../http/session.ts';
import { AppError } from '../../errors.ts';
import { can } from '../../policies/staff.ts';
import { swedishDate } from '../../domain/dates.ts';
import { findStaffLease, searchLeases } from '../../repositories/registers.ts';
import { documentOfLease } from '../../repositories/attachments.ts';
import { presentRegisterLease, presentRegisterLeaseRow, RegisterLeaseListView, RegisterLeaseResponseView } from '../../presenters/registers.ts';
import { createLease } from '../../usecases/leases/create-lease.ts';
import { changeLease } from '../../usecases/leases/change-lease.ts';
import { addRentRow } from '../../usecases/leases/add-rent-row.ts';
import { changeRentRow } from '../../usecases/leases/change-rent-row.ts';
import { rentRowKinds } from '../../usecases/leases/rent-row-input.ts';

const rentRowFields = {
  description: Type.Optional(Type.String({ maxLength: 200, description: 'What the row is for, as the avi prints it' })),
  amountOre: Type.Optional(Type.Integer({ minimum: 0, maximum: 100_000_000_000, description: 'Excluding VAT, in öre, per `per`; not for an index row (computed)' })),
  per: Type.Optional(StringEnum(['year', 'month'])),
  vatRatePercent: Type.Optional(Nullable(Type.Integer({ description: '0 or 25; required (the lease says its default in defaultVatRatePercent)' }))),
  validFrom: Type.Optional(Nullable(IsoDate)),
  validTo: Type.Optional(Nullable(IsoDate)),
  kpiBase: Type.Optional(Nullable(Type.Number({ description: 'An index row: the base KPI (e.g. 336.04)' }))),
  kpiCurrent: Type.Optional(Nullable(Type.Number({ description: 'An index row: the current KPI (e.g. 346.44)' }))),
};

/** A new rent row; an index row takes kpiBase and kpiCurrent instead of an amount. */
export const NewRentRowBody = Type.Object({ kind: StringEnum(rentRowKinds), ...rentRowFields }, { additionalProperties: false });
/** A rent row's changes (its kind stays): set validTo to end it. */
export const RentRowChangesBody = Type.Object(rentRowFields, { additionalProperties: false });

export const NewLeaseBody = Type.Object({
  customerId: Uuid,
  rentalObjectIds: Type.Array(Uuid, { maxItems: 20, description: 'One or more rental objects, not let on another lease over the same days' }),
  startDate: IsoDate,
  endDate: Type.Optional(Nullable(Type.String({ format: 'date', description: 'null or absent: until further notice (tills vidare)' }))),
  noticePeriodMonths: Type.Integer({ minimum: 0, maximum: 120 }),
  billingPeriod: StringEnum(['monthly', 'quarterly']),
  signing: StringEnum(['digital', 'manual']),
  voluntaryVat: Type.Optional(Type.Boolean()),
  rentRows: Type.Array(NewRentRowBody, { maxItems: 30 }),
}, { additionalProperties: false });

export const LeaseChangesBody = Type.Object({
  startDate: Type.Optional(IsoDate),
  endDate: Type.Optional(Nullable(IsoDate)),
  noticePeriodMonths: Type.Optional(Type.Integer({ minimum: 0, maximum: 120 })),
  billingPeriod: Type.Optional(StringEnum(['monthly', 'quarterly'])),
  signing: Type.Optional(StringEnum(['digital', 'manual'])),
  voluntaryVat: Type.Optional(Type.Boolean()),
}, { additionalProperties: false });

const RentRowParams = Type.Object({ id: Uuid, rowId: Uuid }, { additionalProperties: false });

export default async function leaseRegisterRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = ctx;

  /** Reading the register: those who may read customers or properties. */
  function reader(request: Parameters<typeof staffOf>[0]) {
    const staff = staffOf(request);
    if (!can(staff.role, 'customers.read') && !can(staff.role, 'properties.read')) throw new AppError('FORBIDDEN');
    return staff;
  }

  async function leaseAnswer(id: string, role: Parameters<typeof can>[0]) {
    const [bundle, document] = await Promise.all([findStaffLease(db, id), documentOfLease(db, id)]);
    if (!bundle) throw new AppError('NOT_FOUND');
    return { lease: presentRegisterLease(bundle, swedishDate(ctx.clock.now()), can(role, 'billing.edit'), document) };
  }

  app.get('/api/backoffice/leases', {
    schema: {
      tags: ['backoffice'],
      summary: 'Leases, optionally those whose number, customer, object number or street holds q; status from the dates',
      querystring: Type.Object({ q: Type.Optional(Type.String({ maxLength: 100 })) }, { additionalProperties: false }),
      response: withErrors({ 200: RegisterLeaseListView }, 401, 403),
    },
  }, async (request) => {
    const staff = reader(request);
    const today = swedishDate(ctx.clock.now());
    const bundles = await searchLeases(db, request.query.q, 500);
    return { leases: bundles.map((b) => presentRegisterLeaseRow(b, today)), canEdit: can(staff.role, 'billing.edit') };
  });

  app.get('/api/backoffice/leases/:id', {
    schema: { tags: ['backoffice'], summary: 'A lease with its customer, objects, every rent row and its signed document', params: IdParams, response: withErrors({ 200: RegisterLeaseResponseView }, 401, 403, 404) },
  }, async (request) => {
    const staff = reader(request);
    return leaseAnswer(request.params.id, staff.role);
  });

  app.post('/api/backoffice/leases', {
    schema: {
      tags: ['backoffice'],
      summary: 'Enter a lease: customer, objects, dates, notice and billing period, signing, first rent rows (the number is the next in the register)',
      body: NewLeaseBody,
      response: withErrors({ 201: RegisterLeaseResponseView }, 401, 403, 404, 409, 422),
    },
  }, async (request, reply) => {
    const staff = authorize(request, 'billing.edit');
    const { id } = await createLease(ctx, { staffId: staff.userId, ip: request.ip }, request.body as Static<typeof NewLeaseBody>);
    return reply.status(201).send(await leaseAnswer(id, staff.role));
  });

  app.patch('/api/backoffice/leases/:id', {
    schema: {
      tags: ['backoffice'],
      summary: "Change a lease's dates, notice period, billing period, signing or voluntary VAT",
      params: IdParams,
      body: LeaseChangesBody,
      response: withErrors({ 200: RegisterLeaseResponseView }, 401, 403, 404, 409, 422),
    },
  }, async (request) => {
    const staff = authorize(request, 'billing.edit');
    await changeLease(ctx, { staffId: staff.userId, ip: request.ip }, request.params.id, request.body as Static<typeof LeaseChangesBody>);
    return leaseAnswer(request.params.id, staff.role);
  });

  app.post('/api/backoffice/leases/:id/rent-rows', {
    schema: {
      tags: ['backoffice'],
      summary: 'Add a rent row; an index row (kind index) takes kpiBase and kpiCurrent and its yearly amount is computed from the base rent',
      params: IdParams,
      body: NewRentRowBody,
      response: withErrors({ 201: RegisterLeaseResponseView }, 401, 403, 404, 422),
    },
  }, async (request, reply) => {
    const staff = authorize(request, 'billing.edit');
    await addRentRow(ctx, { staffId: staff.userId, ip: request.ip }, request.params.id, request.body as Static<typeof NewRentRowBody>);
    return reply.status(201).send(await leaseAnswer(request.params.id, staff.role));
  });

  app.patch('/api/backoffice/leases/:id/rent-rows/:rowId', {
    schema: {
      tags: ['backoffice'],
      summary: 'Change a rent row, e.g. end it (validTo); the audit log keeps the values before and after',
      params: RentRowParams,
      body: RentRowChangesBody,
      response: withErrors({ 200: RegisterLeaseResponseView }, 401, 403, 404, 422),
    },
  }, async (request) => {
    const staff = authorize(request, 'billing.edit');
    await changeRentRow(ctx, { staffId: staff.userId, ip: request.ip }, request.params.id, request.params.rowId, request.body as Static<typeof RentRowChangesBody>);
    return leaseAnswer(request.params.id, staff.role);
  });
}
