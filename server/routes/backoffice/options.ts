// The option catalogue and option orders in the back office: groups and options (never deleted: retired),
// their pictures, the terms; the orders to process and their status moves (Utförd books the rent rows and
// the fee invoice). Reading needs a staff session; the catalogue and terms need options.edit; moving an
// order needs cases.work (the property manager gets option cases).
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { AppContext } from '../../http/context.ts';
import { IdParams, IsoDate, Nullable, StringEnum, Uuid, withErrors } from '../../http/schemas.ts';
import { authorize, staffOf } from '../../http/session.ts';
import { AppError } from '../../errors.ts';
import { optionOrderStatuses } from '../../domain/options/status.ts';
import { listGroups, listOptions, readTerms } from '../../repositories/option-catalogue.ts';
import { picturesOf } from '../../repositories/options.ts';
import { findOrder, listOrders, orderOfCase } from '../../repositories/option-orders.ts';
import { OptionOrderListView, OptionOrderResponseView, presentOptionOrder } from '../../presenters/options.ts';
import { createOption, changeOption } from '../../usecases/options/save-option.ts';
import { changeOptionGroup, createOptionGroup } from '../../usecases/options/save-option-group.ts';
import { addOptionPicture, removeOptionPicture } from '../../usecases/options/option-pictures.ts';
import { changeOptionTerms } from '../../usecases/options/change-option-terms.ts';
import { moveOptionOrder, type MoveInput } from '../../usecases/options/move-option-order.ts';
import type { OptionFields } from '../../usecases/options/option-input.ts';

const spaceKinds = ['kitchen', 'bathroom', 'hall', 'office', 'room', 'storage', 'staff_room', 'shop', 'workshop'] as const;
const objectTypes = ['premises', 'apartment', 'parking', 'storage'] as const;
const Vat = Type.Union([Type.Literal(0), Type.Literal(25)]);
const Ore = Nullable(Type.Integer({ minimum: 0, maximum: 100_000_000, description: 'Öre excluding VAT; null or 0 for none' }));

export const OptionGroupBody = Type.Object({ name: Type.String({ maxLength: 100 }), sortOrder: Type.Integer({ minimum: 0, maximum: 10_000 }) }, { additionalProperties: false });
export const OptionGroupChangeBody = Type.Object({ ...OptionGroupBody.properties, retired: Type.Boolean() }, { additionalProperties: false });
const optionFields = {
  groupId: Uuid, name: Type.String({ maxLength: 200 }), description: Type.String({ maxLength: 4000 }),
  monthlyOre: Ore, monthlyVatRatePercent: Vat, feeOre: Ore, feeVatRatePercent: Vat,
  unit: StringEnum(['piece', 'other']), maxQuantity: Type.Integer({ minimum: 1, maximum: 1000 }),
  spaceKind: StringEnum(spaceKinds), objectTypes: Type.Array(StringEnum(objectTypes), { maxItems: 4 }), objectIds: Type.Array(Uuid, { maxItems: 1000 }),
  sortOrder: Type.Integer({ minimum: 0, maximum: 10_000 }),
};
export const OptionBody = Type.Object(optionFields, { additionalProperties: false });
export const OptionChangeBody = Type.Object({ ...optionFields, retired: Type.Boolean() }, { additionalProperties: false });
export const OptionPictureBody = Type.Object({ attachmentId: Uuid }, { additionalProperties: false });
export const OptionTermsBody = Type.Object({ text: Type.String({ maxLength: 20_000 }) }, { additionalProperties: false });
export const OptionOrderMoveBody = Type.Object({
  from: StringEnum(optionOrderStatuses, { description: 'The status the form showed' }), to: StringEnum(optionOrderStatuses),
  plannedDate: Type.Optional(Nullable(IsoDate)), reason: Type.Optional(Nullable(Type.String({ maxLength: 2000 }))),
}, { additionalProperties: false });

const StaffOptionView = Type.Object({
  id: Type.String(), groupId: Type.String(), name: Type.String(), description: Type.String(),
  monthlyOre: Nullable(Type.Integer()), monthlyVatRatePercent: Type.Integer(), feeOre: Nullable(Type.Integer()), feeVatRatePercent: Type.Integer(),
  unit: StringEnum(['piece', 'other']), maxQuantity: Type.Integer(), spaceKind: StringEnum(spaceKinds),
  objectTypes: Type.Array(StringEnum(objectTypes)), objectIds: Type.Array(Type.String()), sortOrder: Type.Integer(), retired: Type.Boolean(),
  pictures: Type.Array(Type.Object({ id: Type.String(), filename: Type.String() })),
});
export const OptionCatalogueAdminView = Type.Object({
  groups: Type.Array(Type.Object({ id: Type.String(), name: Type.String(), sortOrder: Type.Integer(), retired: Type.Boolean(), optionCount: Type.Integer() })),
  options: Type.Array(StaffOptionView),
});
export const OptionTermsView = Type.Object({ text: Type.String() });
const Created = Type.Object({ id: Type.String() });

export default async function backofficeOptionRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = ctx;
  const editor = (request: FastifyRequest) => {
    const staff = authorize(request, 'options.edit');
    return { staffId: staff.userId, ip: request.ip };
  };

  async function catalogue() {
    const [groups, options] = [await listGroups(db), await listOptions(db, {})];
    const pictures = await picturesOf(db, options.map((o) => o.id));
    return {
      groups: groups.map((g) => ({ id: g.group.id, name: g.group.name, sortOrder: g.group.sortOrder, retired: g.group.retiredAt !== null, optionCount: g.optionCount })),
      options: options.map((o) => ({
        id: o.id, groupId: o.groupId, name: o.name, description: o.description, monthlyOre: o.monthlyOre, monthlyVatRatePercent: o.monthlyVatRatePercent,
        feeOre: o.feeOre, feeVatRatePercent: o.feeVatRatePercent, unit: o.unit, maxQuantity: o.maxQuantity, spaceKind: o.spaceKind,
        objectTypes: o.objectTypes, objectIds: o.objectIds, sortOrder: o.sortOrder, retired: o.retiredAt !== null,
        pictures: pictures.filter((p) => p.optionId === o.id).map((p) => ({ id: p.attachmentId, filename: p.filename })),
      })),
    };
  }

  app.get('/api/backoffice/option-catalogue', {
    schema: { tags: ['backoffice'], summary: 'The option catalogue: groups in order and every option, retired ones too, with pictures', response: withErrors({ 200: OptionCatalogueAdminView }, 401, 403) },
  }, async (request) => { staffOf(request); return catalogue(); });

  app.post('/api/backoffice/option-groups', {
    schema: { tags: ['backoffice'], summary: 'A new group (category)', body: OptionGroupBody, response: withErrors({ 201: Created }, 401, 403, 422) },
  }, async (request, reply) => reply.status(201).send({ id: (await createOptionGroup(ctx, editor(request), request.body)).id }));

  app.put('/api/backoffice/option-groups/:id', {
    schema: { tags: ['backoffice'], summary: "A group's name and order, or retire it", params: IdParams, body: OptionGroupChangeBody, response: withErrors({ 200: OptionCatalogueAdminView }, 401, 403, 404, 422) },
  }, async (request) => { await changeOptionGroup(ctx, editor(request), request.params.id, request.body); return catalogue(); });

  app.post('/api/backoffice/options', {
    schema: { tags: ['backoffice'], summary: 'A new option in a group', body: OptionBody, response: withErrors({ 201: Created }, 401, 403, 422) },
  }, async (request, reply) => reply.status(201).send({ id: (await createOption(ctx, editor(request), request.body as OptionFields)).id }));

  app.put('/api/backoffice/options/:id', {
    schema: { tags: ['backoffice'], summary: 'Change an option or retire it (carts holding it are checked again at submit)', params: IdParams, body: OptionChangeBody, response: withErrors({ 200: OptionCatalogueAdminView }, 401, 403, 404, 422) },
  }, async (request) => { await changeOption(ctx, editor(request), request.params.id, request.body as OptionFields & { retired: boolean }); return catalogue(); });

  app.post('/api/backoffice/options/:id/pictures', {
    schema: { tags: ['backoffice'], summary: 'Give an uploaded picture (POST /api/backoffice/uploads) to the option', params: IdParams, body: OptionPictureBody, response: withErrors({ 200: OptionCatalogueAdminView }, 401, 403, 404, 422) },
  }, async (request) => { await addOptionPicture(ctx, editor(request), request.params.id, request.body.attachmentId); return catalogue(); });

  app.delete('/api/backoffice/options/:id/pictures/:attachmentId', {
    schema: { tags: ['backoffice'], summary: 'Take a picture off the option', params: Type.Object({ id: Uuid, attachmentId: Uuid }, { additionalProperties: false }), response: withErrors({ 200: OptionCatalogueAdminView }, 401, 403, 404) },
  }, async (request) => { await removeOptionPicture(ctx, editor(request), request.params.id, request.params.attachmentId); return catalogue(); });

  app.get('/api/backoffice/option-terms', {
    schema: { tags: ['backoffice'], summary: 'The terms for option orders (villkor)', response: withErrors({ 200: OptionTermsView }, 401, 403) },
  }, async (request) => { staffOf(request); return { text: await readTerms(db) }; });

  app.put('/api/backoffice/option-terms', {
    schema: { tags: ['backoffice'], summary: 'Change the terms for option orders', body: OptionTermsBody, response: withErrors({ 200: OptionTermsView }, 401, 403, 422) },
  }, async (request) => { await changeOptionTerms(ctx, editor(request), request.body); return { text: await readTerms(db) }; });

  app.get('/api/backoffice/option-orders', {
    schema: {
      tags: ['backoffice'], summary: 'Option orders: open ones oldest first, or all newest first',
      querystring: Type.Object({ view: Type.Optional(StringEnum(['open', 'all'])) }, { additionalProperties: false }), response: withErrors({ 200: OptionOrderListView }, 401, 403),
    },
  }, async (request) => {
    authorize(request, 'cases.read');
    return { orders: (await listOrders(db, { open: request.query.view !== 'all' })).map(presentOptionOrder) };
  });

  app.get('/api/backoffice/option-orders/:id', {
    schema: { tags: ['backoffice'], summary: 'One option order', params: IdParams, response: withErrors({ 200: OptionOrderResponseView }, 401, 403, 404) },
  }, async (request) => {
    authorize(request, 'cases.read');
    const found = await findOrder(db, request.params.id);
    if (!found) throw new AppError('NOT_FOUND');
    return { order: presentOptionOrder(found) };
  });

  app.get('/api/backoffice/cases/:id/option-order', {
    schema: { tags: ['backoffice'], summary: 'The option order an option case is', params: IdParams, response: withErrors({ 200: OptionOrderResponseView }, 401, 403, 404) },
  }, async (request) => {
    const staff = authorize(request, 'cases.read');
    const found = await orderOfCase(db, staff.scope, request.params.id);
    if (!found) throw new AppError('NOT_FOUND');
    return { order: presentOptionOrder(found) };
  });

  app.post('/api/backoffice/option-orders/:id/status', {
    schema: {
      tags: ['backoffice'], summary: 'Move an option order: Godkänd, Planerad (with a date), Utförd (the surcharge a rent row from the next period, the fee an invoice), Avslutad, Nekad (with a reason)',
      params: IdParams, body: OptionOrderMoveBody, response: withErrors({ 200: OptionOrderResponseView }, 401, 403, 404, 409, 422),
    },
  }, async (request) => {
    const staff = authorize(request, 'cases.work');
    const moved = await moveOptionOrder(ctx, staff.scope, { orderId: request.params.id, ...(request.body as Omit<MoveInput, 'orderId' | 'ip'>), ip: request.ip });
    return { order: presentOptionOrder(moved) };
  });
}
