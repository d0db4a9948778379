// Back office: properties with their buildings.
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { AppContext } from '../../http/context.ts';
import { Nullable, withErrors } from '../../http/schemas.ts';
import { authorize } from '../../http/session.ts';
import { listProperties } from '../../repositories/backoffice.ts';

export const PropertyView = Type.Object({
  id: Type.String(), designation: Type.String(), name: Type.String(), propertyManager: Nullable(Type.String()),
  buildings: Type.Array(Type.Object({ id: Type.String(), name: Type.String(), address: Type.String(), rentalObjectCount: Type.Integer() })),
});
export const PropertyListView = Type.Object({ properties: Type.Array(PropertyView) });

export default async function propertyRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = ctx;

  app.get('/api/backoffice/properties', {
    schema: {
      tags: ['backoffice'],
      summary: 'Properties with their buildings',
      response: withErrors({ 200: PropertyListView }, 401, 403),
    },
  }, async (request) => {
    authorize(request, 'properties.read');
    const props = await listProperties(db);
    return {
      properties: props.map((p) => ({
        ...p,
        buildings: p.buildings.map((b) => ({ id: b.id, name: b.name, address: `${b.street}, ${b.postalCode} ${b.city}`, rentalObjectCount: b.rentalObjectCount })),
      })),
    };
  });
}
