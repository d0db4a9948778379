// The cart (varukorg), kept on the server so it survives a new login: "Beställ" puts an option in it for a
// space of the object, the checkout changes a piece option's quantity or removes a line. Every step asks
// the rules first (debt, an ongoing order or unpaid fee in the group and space, the cart lock, the
// quantity); a refusal leaves the cart as it was.
import { AppError } from '../../errors.ts';
import type { TenantScope } from '../../policies/tenant.ts';
import { swedishDate } from '../../domain/dates.ts';
import { spacesFor } from '../../domain/options/applies.ts';
import { quantityRefusal } from '../../domain/options/quantity.ts';
import { deleteCartLine, findCartLine, findOption, putInCart, setCartLine, type OptionRow } from '../../repositories/options.ts';
import { findOrderableObject, type CatalogueDeps } from './read-option-catalogue.ts';
import { orderingContext, refuseUnlessOrderable } from './ordering-state.ts';

/** Refuses a quantity the option does not take, in words naming the option and its largest quantity. */
export function refuseBadQuantity(option: Pick<OptionRow, 'name' | 'unit' | 'maxQuantity'>, quantity: number, field = 'quantity'): void {
  const reason = quantityRefusal(option, quantity);
  if (reason) throw new AppError('OPTION_QUANTITY', { reason, max: option.maxQuantity, option: option.name }, { details: { field, reason } });
}

export async function addToCart(deps: CatalogueDeps, scope: TenantScope, input: { rentalObjectId: string; optionId: string; spaceId: string; quantity: number }) {
  const today = swedishDate(deps.clock.now());
  const object = await findOrderableObject(deps.db, scope, input.rentalObjectId, today);
  const found = await findOption(deps.db, input.optionId);
  if (!found) throw new AppError('NOT_FOUND', {}, { details: { field: 'optionId' } });
  const { option, group } = found;
  if (option.retiredAt || group.retiredAt) throw new AppError('OPTION_CHANGED', { option: option.name }, { details: { field: 'optionId' } });
  const space = spacesFor(option, object).find((s) => s.id === input.spaceId);
  if (!space) throw new AppError('OPTION_NOT_FOR_OBJECT', { option: option.name }, { details: { field: 'spaceId' } });
  refuseBadQuantity(option, input.quantity);
  const ctx = await orderingContext(deps.db, scope, object.id, today);
  const want = { groupId: group.id, groupName: group.name, spaceId: space.id, spaceName: space.name, optionId: option.id };
  refuseUnlessOrderable(ctx, want);
  const id = await putInCart(deps.db, scope, {
    rentalObjectId: object.id, optionId: option.id, groupId: group.id, spaceId: space.id, quantity: input.quantity, optionVersion: option.version,
  }, deps.clock.now());
  // Another request put another option of the group in this space between the check and the write.
  if (!id) throw new AppError('OPTION_LOCKED_IN_CART', { group: group.name, space: space.name });
  return id;
}

/**
 * A line's new quantity. Saving it is the tenant seeing the option as it is now, so a changed option's
 * line takes its current version (the page shows the current price). A retired option cannot be kept.
 */
export async function changeCartLine(deps: CatalogueDeps, scope: TenantScope, input: { lineId: string; quantity: number }) {
  const line = await findCartLine(deps.db, scope, input.lineId);
  if (!line) throw new AppError('NOT_FOUND');
  const found = await findOption(deps.db, line.optionId);
  if (!found || found.option.retiredAt || found.group.retiredAt) throw new AppError('OPTION_CHANGED', { option: line.option.name });
  refuseBadQuantity(found.option, input.quantity);
  const today = swedishDate(deps.clock.now());
  const object = await findOrderableObject(deps.db, scope, line.rentalObjectId, today);
  if (!spacesFor(found.option, object).some((s) => s.id === line.spaceId)) throw new AppError('OPTION_NOT_FOR_OBJECT', { option: found.option.name });
  const ctx = await orderingContext(deps.db, scope, object.id, today);
  refuseUnlessOrderable(ctx, { groupId: line.groupId, groupName: line.groupName, spaceId: line.spaceId, spaceName: line.spaceName, optionId: line.optionId });
  await setCartLine(deps.db, scope, line.id, { quantity: input.quantity, optionVersion: found.option.version });
  return line.rentalObjectId;
}

export async function removeCartLine(deps: CatalogueDeps, scope: TenantScope, lineId: string) {
  const line = await findCartLine(deps.db, scope, lineId);
  if (!line || !(await deleteCartLine(deps.db, scope, lineId))) throw new AppError('NOT_FOUND');
  return line.rentalObjectId;
}
