// Back office: rental objects (hyresobjekt) and their spaces (utrymmen). Every staff member may read them
// (properties.read); finance and administrators (registers.edit) enter and change them. There is no
// delete: an object or space that a lease, a case or an option names stays in the register.
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type, type Static } from '@sinclair/typebox';
import type { AppContext } from '../../http/context.ts';
import { IdParams, Nullable, StringEnum, Uuid, withErrors } from '../../http/schemas.ts';
import { authorize } from '../../http/session.ts';
import { AppError } from '../../errors.ts';
import { can, type StaffRole } from '../../policies/staff.ts';
import { swedishDate } from '../../domain/dates.ts';
import { listRentalObjects } from '../../repositories/registers.ts';
import { findSpacesOf } from '../../repositories/leases.ts';
import { presentRegisterObject, RegisterObjectListView } from '../../presenters/registers.ts';
import { objectTypes, presentRentalObjectDetail, RentalObjectResponseView, spaceKinds } from '../../presenters/property-register.ts';
import { createRentalObject } from '../../usecases/registers/create-rental-object.ts';
import { changeRentalObject } from '../../usecases/registers/change-rental-object.ts';
import { addSpace } from '../../usecases/registers/add-space.ts';
import { changeSpace } from '../../usecases/registers/change-space.ts';

const rentalObjectFields = {
  buildingId: Uuid,
  number: Type.String({ maxLength: 40, description: 'Unique in the register, e.g. "1001" or "P-01"' }),
  type: StringEnum(objectTypes),
  areaSqm: Nullable(Type.Number({ description: 'Square metres, at most one decimal; null when it has none (a parking space)' })),
  floor: Nullable(Type.Integer({ description: '0 is the ground floor, negative below ground' })),
  description: Nullable(Type.String({ maxLength: 500 })),
};

export const NewRentalObjectBody = Type.Object(rentalObjectFields, { additionalProperties: false });
export const RentalObjectChangesBody = Type.Partial(Type.Object(rentalObjectFields), { additionalProperties: false });

const spaceFields = { kind: StringEnum(spaceKinds), name: Type.String({ maxLength: 100, description: 'e.g. "Storkök", "WC"' }) };
export const NewSpaceBody = Type.Object(spaceFields, { additionalProperties: false });
export const SpaceChangesBody = Type.Partial(Type.Object(spaceFields), { additionalProperties: false });

export default async function rentalObjectRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = ctx;

  async function objectAnswer(id: string, role: StaffRole) {
    const [[row], spaces] = await Promise.all([listRentalObjects(db, { objectId: id }), findSpacesOf(db, [id])]);
    if (!row) throw new AppError('NOT_FOUND');
    return { rentalObject: presentRentalObjectDetail(row, spaces, swedishDate(ctx.clock.now()), can(role, 'registers.edit')) };
  }

  app.get('/api/backoffice/rental-objects', {
    schema: {
      tags: ['backoffice'],
      summary: 'Every rental object with its building, property and the leases on it (the register, and the objects a lease may take)',
      response: withErrors({ 200: RegisterObjectListView }, 401, 403),
    },
  }, async (request) => {
    const staff = authorize(request, 'properties.read');
    const today = swedishDate(ctx.clock.now());
    return { rentalObjects: (await listRentalObjects(db)).map((o) => presentRegisterObject(o, today)), canEdit: can(staff.role, 'registers.edit') };
  });

  app.get('/api/backoffice/rental-objects/:id', {
    schema: { tags: ['backoffice'], summary: 'A rental object with its building, spaces and leases', params: IdParams, response: withErrors({ 200: RentalObjectResponseView }, 401, 403, 404) },
  }, async (request) => {
    const staff = authorize(request, 'properties.read');
    return objectAnswer(request.params.id, staff.role);
  });

  app.post('/api/backoffice/rental-objects', {
    schema: {
      tags: ['backoffice'],
      summary: 'Enter a rental object in a building: number (unique), type, area, floor, description; its address is the building\'s',
      body: NewRentalObjectBody,
      response: withErrors({ 201: RentalObjectResponseView }, 401, 403, 404, 409, 422),
    },
  }, async (request, reply) => {
    const staff = authorize(request, 'registers.edit');
    const { id } = await createRentalObject(ctx, { staffId: staff.userId, ip: request.ip }, request.body as Static<typeof NewRentalObjectBody>);
    return reply.status(201).send(await objectAnswer(id, staff.role));
  });

  app.patch('/api/backoffice/rental-objects/:id', {
    schema: {
      tags: ['backoffice'],
      summary: "Change a rental object; an object that has been on a lease keeps its type and building (409 OBJECT_IN_USE)",
      params: IdParams,
      body: RentalObjectChangesBody,
      response: withErrors({ 200: RentalObjectResponseView }, 401, 403, 404, 409, 422),
    },
  }, async (request) => {
    const staff = authorize(request, 'registers.edit');
    await changeRentalObject(ctx, { staffId: staff.userId, ip: request.ip }, request.params.id, request.body as Static<typeof RentalObjectChangesBody>);
    return objectAnswer(request.params.id, staff.role);
  });

  app.post('/api/backoffice/rental-objects/:id/spaces', {
    schema: {
      tags: ['backoffice'],
      summary: 'Add a space (utrymme: kök, badrum, kontor …) to a rental object',
      params: IdParams,
      body: NewSpaceBody,
      response: withErrors({ 201: RentalObjectResponseView }, 401, 403, 404, 422),
    },
  }, async (request, reply) => {
    const staff = authorize(request, 'registers.edit');
    await addSpace(ctx, { staffId: staff.userId, ip: request.ip }, request.params.id, request.body as Static<typeof NewSpaceBody>);
    return reply.status(201).send(await objectAnswer(request.params.id, staff.role));
  });

  app.patch('/api/backoffice/spaces/:id', {
    schema: {
      tags: ['backoffice'],
      summary: "Change a space's kind or name; answers with its rental object",
      params: IdParams,
      body: SpaceChangesBody,
      response: withErrors({ 200: RentalObjectResponseView }, 401, 403, 404, 422),
    },
  }, async (request) => {
    const staff = authorize(request, 'registers.edit');
    const { rentalObjectId } = await changeSpace(ctx, { staffId: staff.userId, ip: request.ip }, request.params.id, request.body as Static<typeof SpaceChangesBody>);
    return objectAnswer(rentalObjectId, staff.role);
  });
}
