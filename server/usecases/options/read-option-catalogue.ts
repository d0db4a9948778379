// Tillval as the tenant sees it: the objects it may order for, and for one of them the categories (groups)
// that hold options possible there, the cart and its count, and for a chosen category its options, each
// with the spaces it may go in and, where a rule stops it, why in words. Debt stops everything, so the
// page says so once at the top. The catalogue itself is kept in memory until it changes (decision 0032).
import type { Db } from '../../db/client.ts';
import type { Clock } from '../../clock.ts';
import { AppError } from '../../errors.ts';
import { errorMessage } from '../../i18n/errors.ts';
import type { Language } from '../../i18n/language.ts';
import type { TenantScope } from '../../policies/tenant.ts';
import { swedishDate } from '../../domain/dates.ts';
import { orderingRefusal } from '../../domain/options/rules.ts';
import { orderableObjects, type CartLine, type OrderableObject } from '../../repositories/options.ts';
import { catalogueOnObject } from './catalogue-in-memory.ts';
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
  const [catalogue, ctx] = [await catalogueOnObject(deps.db, object), await orderingContext(deps.db, scope, object.id, today)];
  const blocked = ctx.state.hasDebt ? { code: 'OPTION_DEBT', message: errorMessage('OPTION_DEBT', input.lang) } : null;
  let category = null;
  if (input.groupId) {
    const inGroup = catalogue.byGroup.get(input.groupId);
    if (!inGroup) throw new AppError('NOT_FOUND');
    const group = inGroup[0]!.entry.group;
    category = {
      id: group.id, name: group.name,
      options: inGroup.map(({ entry, spaces }) => ({ ...entry.view, spaces: spaces.map((s) => spaceView(ctx, entry, s, input.lang)) })),
    };
  }
  return { object: objectView(object), blocked, categories: catalogue.categories, category, cart: presentCart(ctx.cart) };
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
