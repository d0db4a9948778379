// What the ordering rules read for a customer and one of its objects, and a rule's refusal as an AppError
// whose words name the group, the space and what holds it. Asked at every step: reading the catalogue
// (to lock and explain), adding to the cart, changing a line, and at submit inside its transaction.
import type { Db } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import type { TenantScope } from '../../policies/tenant.ts';
import { orderingRefusal, type OrderingRefusal, type OrderingState } from '../../domain/options/rules.ts';
import { cartLines, heldGroupSpaces, type CartLine } from '../../repositories/options.ts';
import { hasDebt } from '../payments/debt.ts';

export interface OrderingContext {
  state: OrderingState;
  cart: CartLine[];
  ongoing: { groupId: string; spaceId: string; caseNumber: string }[];
}

export async function orderingContext(db: Db, scope: TenantScope, rentalObjectId: string, today: string): Promise<OrderingContext> {
  // Side by side on PostgreSQL's pool; one after another in a transaction or on PGlite.
  const [debt, { ongoing, unpaidFees }, cart] = await Promise.all([
    hasDebt(db, scope, scope.customerId, today), heldGroupSpaces(db, scope), cartLines(db, scope, rentalObjectId),
  ]);
  return { state: { hasDebt: debt, ongoingOrders: ongoing, unpaidFees, cart }, cart, ongoing };
}

const codes: Record<OrderingRefusal, 'OPTION_DEBT' | 'OPTION_ONGOING_ORDER' | 'OPTION_UNPAID_FEE' | 'OPTION_LOCKED_IN_CART'> = {
  debt: 'OPTION_DEBT', ongoing_order: 'OPTION_ONGOING_ORDER', unpaid_fee: 'OPTION_UNPAID_FEE', locked_in_cart: 'OPTION_LOCKED_IN_CART',
};

export interface Wanted { groupId: string; groupName: string; spaceId: string; spaceName: string; optionId: string }

/** The refusal's error, with the words' values: group, space, the case of an ongoing order, the option in the cart. */
export function refusalError(refusal: OrderingRefusal, ctx: OrderingContext, want: Wanted): AppError {
  const params: Record<string, string> = { group: want.groupName, space: want.spaceName };
  if (refusal === 'ongoing_order') {
    const holder = ctx.ongoing.find((o) => o.groupId === want.groupId && o.spaceId === want.spaceId);
    if (holder) params.number = holder.caseNumber;
  }
  if (refusal === 'locked_in_cart') {
    const other = ctx.cart.find((l) => l.groupId === want.groupId && l.spaceId === want.spaceId && l.optionId !== want.optionId);
    if (other) params.other = other.option.name;
  }
  return new AppError(codes[refusal], params, { details: { reason: refusal } });
}

/** Throws the rule's refusal for this option and space, if any. */
export function refuseUnlessOrderable(ctx: OrderingContext, want: Wanted, options: { ignoreCart?: boolean } = {}): void {
  const refusal = orderingRefusal(ctx.state, want, options);
  if (refusal) throw refusalError(refusal, ctx, want);
}
