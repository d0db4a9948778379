// Back office: properties (fastigheter) with their buildings. Every staff member may read them
// (properties.read); finance and administrators (registers.edit) enter and change properties and
// buildings. There is no delete: a building holds rental objects that leases and cases name.
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type, type Static } from '@sinclair/typebox';
import type { AppContext } from '../../http/context.ts';
import { IdParams, Nullable, withErrors } from '../../http/schemas.ts';
import { authorize } from '../../http/session.ts';
import { AppError } from '../../errors.ts';
import { can, type StaffRole } from '../../policies/staff.ts';
import { swedishDate } from '../../domain/dates.ts';
import { findProperty, listBuildings, listProperties } from '../../repositories/property-register.ts';
import { listRentalObjects } from '../../repositories/registers.ts';
import { BuildingView, presentBuilding, presentPropertyDetail, PropertyResponseView } from '../../presenters/property-register.ts';
import { createProperty } from '../../usecases/registers/create-property.ts';
import { changeProperty } from '../../usecases/registers/change-property.ts';
import { addBuilding } from '../../usecases/registers/add-building.ts';
import { changeBuilding } from '../../usecases/registers/change-building.ts';

export const PropertyView = Type.Object({
  id: Type.String(), designation: Type.String(), name: Type.String(),
  propertyManager: Nullable(Type.String()), propertyManagerId: Nullable(Type.String()),
  buildings: Type.Array(BuildingView),
});
export const PropertyListView = Type.Object({
  properties: Type.Array(PropertyView),
  canEdit: Type.Boolean({ description: 'The person asking may enter and change properties, buildings and rental objects' }),
});

const propertyFields = {
  designation: Type.String({ maxLength: 200, description: 'Fastighetsbeteckning, unique: municipality, district and block:unit, e.g. "Göteborg Inom Vallgraven 12:3"' }),
  name: Type.String({ maxLength: 200, description: 'What people call it, e.g. "Utlandagatan 6-8 / Gyllenkrooksgatan 10"' }),
  propertyManagerId: Nullable(Type.String({ format: 'uuid', description: 'A property manager or administrator (GET /api/backoffice/managers); faults there go to them' })),
};
export const NewPropertyBody = Type.Object(propertyFields, { additionalProperties: false });
export const PropertyChangesBody = Type.Partial(Type.Object(propertyFields), { additionalProperties: false });

const buildingFields = {
  name: Type.String({ maxLength: 200 }),
  street: Type.String({ maxLength: 200, description: 'The street address of the rental objects in it, e.g. "Utlandagatan 6"' }),
  postalCode: Type.String({ maxLength: 20, description: 'Five digits, stored as "412 61"' }),
  city: Type.String({ maxLength: 100 }),
};
export const NewBuildingBody = Type.Object(buildingFields, { additionalProperties: false });
export const BuildingChangesBody = Type.Partial(Type.Object(buildingFields), { additionalProperties: false });

export default async function propertyRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = ctx;

  async function propertyAnswer(id: string, role: StaffRole) {
    const [found, buildings, objects] = await Promise.all([findProperty(db, id), listBuildings(db, id), listRentalObjects(db, { propertyId: id })]);
    if (!found) throw new AppError('NOT_FOUND');
    return { property: presentPropertyDetail(found, buildings, objects, swedishDate(ctx.clock.now()), can(role, 'registers.edit')) };
  }

  app.get('/api/backoffice/properties', {
    schema: {
      tags: ['backoffice'],
      summary: 'Properties with their buildings',
      response: withErrors({ 200: PropertyListView }, 401, 403),
    },
  }, async (request) => {
    const staff = authorize(request, 'properties.read');
    const props = await listProperties(db);
    return {
      properties: props.map((p) => ({ ...p, buildings: p.buildings.map(presentBuilding) })),
      canEdit: can(staff.role, 'registers.edit'),
    };
  });

  app.get('/api/backoffice/properties/:id', {
    schema: { tags: ['backoffice'], summary: 'A property with its buildings and rental objects', params: IdParams, response: withErrors({ 200: PropertyResponseView }, 401, 403, 404) },
  }, async (request) => {
    const staff = authorize(request, 'properties.read');
    return propertyAnswer(request.params.id, staff.role);
  });

  app.post('/api/backoffice/properties', {
    schema: {
      tags: ['backoffice'],
      summary: 'Enter a property: designation (unique), name and property manager; its buildings are added on its page',
      body: NewPropertyBody,
      response: withErrors({ 201: PropertyResponseView }, 401, 403, 409, 422),
    },
  }, async (request, reply) => {
    const staff = authorize(request, 'registers.edit');
    const { id } = await createProperty(ctx, { staffId: staff.userId, ip: request.ip }, request.body as Static<typeof NewPropertyBody>);
    return reply.status(201).send(await propertyAnswer(id, staff.role));
  });

  app.patch('/api/backoffice/properties/:id', {
    schema: {
      tags: ['backoffice'],
      summary: "Change a property's designation, name or property manager",
      params: IdParams,
      body: PropertyChangesBody,
      response: withErrors({ 200: PropertyResponseView }, 401, 403, 404, 409, 422),
    },
  }, async (request) => {
    const staff = authorize(request, 'registers.edit');
    await changeProperty(ctx, { staffId: staff.userId, ip: request.ip }, request.params.id, request.body as Static<typeof PropertyChangesBody>);
    return propertyAnswer(request.params.id, staff.role);
  });

  app.post('/api/backoffice/properties/:id/buildings', {
    schema: {
      tags: ['backoffice'],
      summary: 'Add a building with its street address to a property; answers with the property',
      params: IdParams,
      body: NewBuildingBody,
      response: withErrors({ 201: PropertyResponseView }, 401, 403, 404, 422),
    },
  }, async (request, reply) => {
    const staff = authorize(request, 'registers.edit');
    await addBuilding(ctx, { staffId: staff.userId, ip: request.ip }, request.params.id, request.body as Static<typeof NewBuildingBody>);
    return reply.status(201).send(await propertyAnswer(request.params.id, staff.role));
  });

  app.patch('/api/backoffice/buildings/:id', {
    schema: {
      tags: ['backoffice'],
      summary: "Change a building's name or address (its rental objects' address); answers with its property",
      params: IdParams,
      body: BuildingChangesBody,
      response: withErrors({ 200: PropertyResponseView }, 401, 403, 404, 422),
    },
  }, async (request) => {
    const staff = authorize(request, 'registers.edit');
    const { propertyId } = await changeBuilding(ctx, { staffId: staff.userId, ip: request.ip }, request.params.id, request.body as Static<typeof BuildingChangesBody>);
    return propertyAnswer(propertyId, staff.role);
  });
}
