// Tillval for tenants: the objects to order for, an object's categories and a category's options with the
// cart, the cart's lines, the checkout and "Skicka beställning", and the order behind an option case.
// Everything goes through the session's scope: another customer's object, line or case is 404.
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { AppContext } from '../../http/context.ts';
import { IdParams, Uuid, withErrors } from '../../http/schemas.ts';
import { tenantOf } from '../../http/session.ts';
import { AppError } from '../../errors.ts';
import { errorMessage } from '../../i18n/errors.ts';
import { swedishDate } from '../../domain/dates.ts';
import { formatMobile } from '../../domain/contact.ts';
import { findTenantUser } from '../../repositories/users.ts';
import { readTerms } from '../../repositories/option-catalogue.ts';
import { orderOfCase } from '../../repositories/option-orders.ts';
import {
  CheckoutView, OptionCatalogueView, OptionObjectListView, OptionOrderCreatedView, OptionOrderResponseView, presentOptionOrder,
} from '../../presenters/options.ts';
import { findOrderableObject, listOrderableObjects, presentCart, readOptionCatalogue } from '../../usecases/options/read-option-catalogue.ts';
import { orderingContext } from '../../usecases/options/ordering-state.ts';
import { addToCart, changeCartLine, removeCartLine } from '../../usecases/options/cart.ts';
import { submitOptionOrder } from '../../usecases/options/submit-option-order.ts';

/** A quantity as a number of any kind, so that 0, −1 and 1.5 reach the rule and are refused in its words. */
const Quantity = Type.Number({ description: 'Pieces; 1 for an option whose unit is not piece' });

export const CartLineBody = Type.Object({ rentalObjectId: Uuid, optionId: Uuid, spaceId: Uuid, quantity: Quantity }, { additionalProperties: false });
export const CartQuantityBody = Type.Object({ quantity: Quantity }, { additionalProperties: false });
export const OptionOrderBody = Type.Object({
  rentalObjectId: Uuid,
  idempotencyKey: Type.String({ format: 'uuid', description: 'Made when the checkout opens: the same key again gives the same order' }),
  lines: Type.Array(Type.Object({ id: Uuid, quantity: Quantity }, { additionalProperties: false }), { maxItems: 100, description: 'The lines and quantities the checkout showed' }),
  contactName: Type.String({ maxLength: 200 }), contactPhone: Type.String({ maxLength: 40 }),
  message: Type.String({ maxLength: 2000 }), wishedTime: Type.String({ maxLength: 200 }),
  termsAccepted: Type.Boolean({ description: 'Jag godkänner villkoren' }),
}, { additionalProperties: false });
const CatalogueQuery = Type.Object({ group: Type.Optional(Uuid) }, { additionalProperties: false });

export default async function portalOptionRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = ctx;

  async function checkout(scope: ReturnType<typeof tenantOf>['scope'], objectId: string, lang: 'sv' | 'en') {
    const today = swedishDate(ctx.clock.now());
    const object = await findOrderableObject(db, scope, objectId, today);
    const [state, terms, user] = [await orderingContext(db, scope, object.id, today), await readTerms(db), await findTenantUser(db, scope.tenantUserId)];
    return {
      object: { id: object.id, number: object.number, type: object.type, street: object.street },
      blocked: state.state.hasDebt ? { code: 'OPTION_DEBT', message: errorMessage('OPTION_DEBT', lang) } : null,
      cart: presentCart(state.cart), terms,
      contact: { name: user?.name ?? '', phone: user?.mobile ? formatMobile(user.mobile) : '' },
    };
  }

  app.get('/api/portal/option-objects', {
    schema: { tags: ['portal'], summary: 'Tillval: the rental objects the customer may order options for (its leases in force)', response: withErrors({ 200: OptionObjectListView }, 401) },
  }, async (request) => listOrderableObjects(ctx, tenantOf(request).scope));

  app.get('/api/portal/option-objects/:id', {
    schema: {
      tags: ['portal'], summary: "An object's categories with options possible there, the cart and its count; with ?group= that category's options, each space locked or not and why",
      params: IdParams, querystring: CatalogueQuery, response: withErrors({ 200: OptionCatalogueView }, 401, 404),
    },
  }, async (request) => readOptionCatalogue(ctx, tenantOf(request).scope, { objectId: request.params.id, groupId: request.query.group, lang: request.lang }));

  app.get('/api/portal/option-objects/:id/checkout', {
    schema: { tags: ['portal'], summary: "Till Kassa: the object's cart, the landlord's terms and the user's contact details", params: IdParams, response: withErrors({ 200: CheckoutView }, 401, 404) },
  }, async (request) => checkout(tenantOf(request).scope, request.params.id, request.lang));

  app.post('/api/portal/option-cart', {
    schema: {
      tags: ['portal'], summary: 'Beställ: put an option in the cart for a space of the object (or set the quantity of its line); refused in words by the ordering rules',
      body: CartLineBody, response: withErrors({ 201: CheckoutView }, 401, 404, 409, 422),
    },
  }, async (request, reply) => {
    const { scope } = tenantOf(request);
    await addToCart(ctx, scope, request.body);
    return reply.status(201).send(await checkout(scope, request.body.rentalObjectId, request.lang));
  });

  app.patch('/api/portal/option-cart/:id', {
    schema: { tags: ['portal'], summary: "A cart line's quantity (piece options only)", params: IdParams, body: CartQuantityBody, response: withErrors({ 200: CheckoutView }, 401, 404, 409, 422) },
  }, async (request) => {
    const { scope } = tenantOf(request);
    const objectId = await changeCartLine(ctx, scope, { lineId: request.params.id, quantity: request.body.quantity });
    return checkout(scope, objectId, request.lang);
  });

  app.delete('/api/portal/option-cart/:id', {
    schema: { tags: ['portal'], summary: 'Remove a line from the cart', params: IdParams, response: withErrors({ 200: CheckoutView }, 401, 404) },
  }, async (request) => {
    const { scope } = tenantOf(request);
    return checkout(scope, await removeCartLine(ctx, scope, request.params.id), request.lang);
  });

  app.post('/api/portal/option-orders', {
    schema: {
      tags: ['portal'], summary: 'Skicka beställning: the cart becomes an option order and its case (tillvalsärende); a receipt e-mail follows. The same idempotency key again answers 200 with the same order',
      body: OptionOrderBody, response: withErrors({ 200: OptionOrderCreatedView, 201: OptionOrderCreatedView }, 401, 404, 409, 422),
    },
  }, async (request, reply) => {
    const result = await submitOptionOrder(ctx, tenantOf(request).scope, { ...request.body, ip: request.ip });
    return reply.status(result.created ? 201 : 200).send(result);
  });

  app.get('/api/portal/cases/:id/option-order', {
    schema: { tags: ['portal'], summary: 'The option order an option case is: lines, status, planned date or the reason it was rejected', params: IdParams, response: withErrors({ 200: OptionOrderResponseView }, 401, 404) },
  }, async (request) => {
    const found = await orderOfCase(db, tenantOf(request).scope, request.params.id);
    if (!found) throw new AppError('NOT_FOUND');
    return { order: presentOptionOrder(found) };
  });
}
