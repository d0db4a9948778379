import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { AppContext } from '../http/context.ts';
import { Address, Nullable, withErrors } from '../http/schemas.ts';
import { findLandlord } from '../repositories/landlord.ts';
import { languageFrom } from '../i18n/language.ts';
import { formatIdentityNumber } from '../domain/identity.ts';
import { AppError } from '../errors.ts';

export const LandlordView = Type.Object({
  name: Type.String(),
  orgNumber: Type.String(),
  email: Nullable(Type.String()),
  phone: Nullable(Type.String()),
  website: Nullable(Type.String()),
  address: Address,
  links: Type.Array(Type.Object({ label: Type.String(), url: Type.String() })),
});

export default async function landlordRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  app.get('/api/landlord', {
    schema: {
      tags: ['public'],
      summary: "The landlord's name, contact details and useful links (public: shown on the login page)",
      response: withErrors({ 200: LandlordView }, 404),
    },
  }, async (request) => {
    const landlord = await findLandlord(ctx.db);
    if (!landlord) throw new AppError('NOT_FOUND');
    const lang = languageFrom(request.headers['accept-language']);
    return {
      name: landlord.name,
      orgNumber: formatIdentityNumber(landlord.orgNumber),
      email: landlord.email,
      phone: landlord.phone,
      website: landlord.website,
      address: { street: landlord.street, postalCode: landlord.postalCode, city: landlord.city },
      links: landlord.usefulLinks.map((l) => ({ label: l.label[lang], url: l.url })),
    };
  });
}
