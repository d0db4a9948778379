import { describe, expect, it } from 'vitest';
import { orderingRefusal, type OrderingState } from '../../../server/domain/options/rules.ts';

const kitchen = { groupId: 'diskm', spaceId: 'kok' };
const want = { ...kitchen, optionId: 'disk-a' };
const clear: OrderingState = { hasDebt: false, ongoingOrders: [], unpaidFees: [], cart: [] };

describe('ordering rules (SPEC.md "Option ordering")', () => {
  it('lets a customer without debt, orders, fees or cart order', () => {
    expect(orderingRefusal(clear, want)).toBeNull();
  });

  it('refuses everything while the customer has a debt, before any other reason', () => {
    expect(orderingRefusal({ ...clear, hasDebt: true }, want)).toBe('debt');
    expect(orderingRefusal({ ...clear, hasDebt: true, ongoingOrders: [kitchen], cart: [{ ...kitchen, optionId: 'disk-b' }] }, want)).toBe('debt');
  });

  it('refuses a group and space with an ongoing order, but not another space or another group', () => {
    const state = { ...clear, ongoingOrders: [kitchen] };
    expect(orderingRefusal(state, want)).toBe('ongoing_order');
    expect(orderingRefusal(state, { ...want, spaceId: 'pentry' })).toBeNull();
    expect(orderingRefusal(state, { ...want, groupId: 'golv' })).toBeNull();
  });

  it('refuses a group and space while a done option there has a fee not fully paid, not elsewhere', () => {
    const state = { ...clear, unpaidFees: [kitchen] };
    expect(orderingRefusal(state, want)).toBe('unpaid_fee');
    expect(orderingRefusal(state, { ...want, spaceId: 'pentry' })).toBeNull();
    expect(orderingRefusal(state, { ...want, groupId: 'golv' })).toBeNull();
  });

  it('does not block once the option is finished and its fee paid (neither ongoing nor unpaid)', () => {
    // A finished and paid option is in neither list: the caller leaves it out.
    expect(orderingRefusal({ ...clear, ongoingOrders: [{ groupId: 'golv', spaceId: 'kok' }], unpaidFees: [] }, want)).toBeNull();
  });

  it('locks the other options of a group and space in the cart, not the line itself, another space or group', () => {
    const state = { ...clear, cart: [{ ...kitchen, optionId: 'disk-a' }] };
    expect(orderingRefusal(state, { ...want, optionId: 'disk-b' })).toBe('locked_in_cart');
    expect(orderingRefusal(state, want)).toBeNull();
    expect(orderingRefusal(state, { ...want, optionId: 'disk-b', spaceId: 'pentry' })).toBeNull();
    expect(orderingRefusal(state, { ...want, optionId: 'golv-1', groupId: 'golv' })).toBeNull();
  });

  it("checks the cart's own lines at submit without the cart lock, but with the other rules", () => {
    const state = { ...clear, cart: [{ ...kitchen, optionId: 'disk-a' }] };
    expect(orderingRefusal(state, { ...want, optionId: 'disk-b' }, { ignoreCart: true })).toBeNull();
    expect(orderingRefusal({ ...state, ongoingOrders: [kitchen] }, want, { ignoreCart: true })).toBe('ongoing_order');
  });
});
