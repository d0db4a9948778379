// The ordering rules of SPEC.md "Option ordering" (seed 2), as pure functions: the server asks them when an
// option goes into the cart, when the cart is read, and again at submit. Each refusal is a reason the
// page puts into words; null means the option may be ordered.
//
// 1. No ordering at all while the customer has a debt.
// 2. No ordering in a group for a space while an order in that group and space is ongoing.
// 3. No ordering in a group for a space while an ongoing option in that group and space has a fee not
//    fully paid.
// 4. Once an option of a group and space is in the cart, the group's other options for that space are
//    locked (the cart lock).
export type OrderingRefusal = 'debt' | 'ongoing_order' | 'unpaid_fee' | 'locked_in_cart';

/** Where an option is ordered: its group and the space it goes in. */
export interface GroupSpace { groupId: string; spaceId: string }

export interface OrderingState {
  hasDebt: boolean;
  /** The groups and spaces of the customer's orders still being handled (Mottagen, Godkänd, Planerad). */
  ongoingOrders: readonly GroupSpace[];
  /** The groups and spaces of done options whose one-off fee is not fully paid. */
  unpaidFees: readonly GroupSpace[];
  /** The cart's lines. */
  cart: readonly (GroupSpace & { optionId: string })[];
}

const same = (a: GroupSpace, b: GroupSpace) => a.groupId === b.groupId && a.spaceId === b.spaceId;

/**
 * Why the option may not be ordered for this space, or null. A line already in the cart for this very
 * option and space does not lock itself (its quantity may change); `ignoreCart` is for checking the cart's
 * own lines at submit, where the lock has done its work.
 */
export function orderingRefusal(state: OrderingState, want: GroupSpace & { optionId: string }, options: { ignoreCart?: boolean } = {}): OrderingRefusal | null {
  if (state.hasDebt) return 'debt';
  if (state.ongoingOrders.some((o) => same(o, want))) return 'ongoing_order';
  if (state.unpaidFees.some((o) => same(o, want))) return 'unpaid_fee';
  if (!options.ignoreCart && state.cart.some((line) => same(line, want) && line.optionId !== want.optionId)) return 'locked_in_cart';
  return null;
}
