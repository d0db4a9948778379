// Tillval as the tenant sees it: the objects it may order for, and for one of them the categories (groups)
// that hold options possible there, the cart and its count, and for a chosen category its options, each
// with the spaces it may go in and, where a rule stops it, why in words. Debt stops everything, so the
// page says so once at the top.
import type { Db } from '../../db/client.ts';
import type { Clock } from '../../clock.ts';
import { AppError } from '../../errors.ts';
import { errorMessage } from '../../i18n/errors.ts';
import type { Language } from '../../i18n/language.ts';
import type { TenantScope } from '../../policies/tenant.ts';
import { swedishDate } from '../../domain/dates.ts';
import { spacesFor } from '../../domain/options/applies.ts';
import { orderingRefusal } from '../../domain/options/rules.ts';
import { optionCategoriesForObject, optionsForObject, orderableObjects, picturesOf, type CartLine, type OrderableObject } from '../../repositories/options.ts';
import { orderingContext, refusalError, type OrderingContext } from './ordering-state.ts';

export interface CatalogueDeps { db: Db; clock: Clock }

export async function findOrderableObject(db: Db, scope: TenantScope, id: string, today: string): Promise<OrderableObject> {
  const object = (await orderableObjects(db, scope, today)).find((o) => o.id === id);
  if (!object) throw new AppError('NOT_FOUND');
  return object;
}

export function presentCartLine(line: CartLine) {
  const o = line.option;
  return {
    id: line.id, rentalObjectId: line.rentalObjectId, optionId: line.optionId, name: o.name, groupName: line.groupName, spaceName: line.spaceName,
    unit: o.unit, maxQuantity: o.maxQuantity, quantity: line.quantity,
    monthlyOre: o.monthlyOre, monthlyVatRatePercent: o.monthlyVatRatePercent, feeOre: o.feeOre, feeVatRatePercent: o.feeVatRatePercent,
    // The option changed (price, unit, where it applies) or was retired after the line was added.
    changed: o.version !== line.optionVersion || o.retiredAt !== null,
  };
}

export function presentCart(lines: CartLine[]) {
  return { count: lines.reduce((n, l) => n + l.quantity, 0), lines: lines.map(presentCartLine) };
}

const objectView = (o: OrderableObject) => ({ id: o.id, number: o.number, type: o.type, street: o.street });

export async function listOrderableObjects(deps: CatalogueDeps, scope: TenantScope) {
  const objects = await orderableObjects(deps.db, scope, swedishDate(deps.clock.now()));
  return { objects: objects.map(objectView) };
}

export async function readOptionCatalogue(deps: CatalogueDeps, scope: TenantScope, input: { objectId: string; groupId?: string; lang: Language }) {
  const today = swedishDate(deps.clock.now());
  const object = await findOrderableObject(deps.db, scope, input.objectId, today);
  const kinds = [...new Set(object.spaces.map((s) => s.kind))];
  const [categories, ctx] = [await optionCategoriesForObject(deps.db, object, kinds), await orderingContext(deps.db, scope, object.id, today)];
  const blocked = ctx.state.hasDebt ? { code: 'OPTION_DEBT', message: errorMessage('OPTION_DEBT', input.lang) } : null;
  let category = null;
  if (input.groupId) {
    const inGroup = (await optionsForObject(deps.db, object, kinds, input.groupId)).filter((r) => spacesFor(r.option, object).length > 0);
    if (inGroup.length === 0) throw new AppError('NOT_FOUND');
    const pictures = await picturesOf(deps.db, inGroup.map((r) => r.option.id));
    category = {
      id: inGroup[0]!.group.id, name: inGroup[0]!.group.name,
      options: inGroup.map((r) => ({
        id: r.option.id, name: r.option.name, description: r.option.description, unit: r.option.unit, maxQuantity: r.option.maxQuantity,
        monthlyOre: r.option.monthlyOre, monthlyVatRatePercent: r.option.monthlyVatRatePercent, feeOre: r.option.feeOre, feeVatRatePercent: r.option.feeVatRatePercent,
        pictures: pictures.filter((p) => p.optionId === r.option.id).map((p) => ({ id: p.attachmentId, filename: p.filename })),
        spaces: spacesFor(r.option, object).map((s) => spaceView(ctx, r, s, input.lang)),
      })),
    };
  }
  return { object: objectView(object), blocked, categories, category, cart: presentCart(ctx.cart) };
}

function spaceView(ctx: OrderingContext, r: { option: { id: string }; group: { id: string; name: string } }, space: { id: string; name: string }, lang: Language) {
  const want = { groupId: r.group.id, groupName: r.group.name, spaceId: space.id, spaceName: space.name, optionId: r.option.id };
  const line = ctx.cart.find((l) => l.optionId === r.option.id && l.spaceId === space.id);
  const refusal = orderingRefusal(ctx.state, want);
  // Debt is said once for the page; the space names the other reasons.
  const error = refusal && refusal !== 'debt' ? refusalError(refusal, ctx, want) : null;
  return {
    id: space.id, name: space.name,
    inCart: line ? { lineId: line.id, quantity: line.quantity } : null,
    locked: error ? { code: error.code, message: errorMessage(error.code, lang, error.params) } : null,
  };
}
