import { describe, expect, it } from 'vitest';
import { largestQuantity, quantityRefusal } from '../../../server/domain/options/quantity.ts';

const pieces = { unit: 'piece' as const, maxQuantity: 4 };
const once = { unit: 'other' as const, maxQuantity: 1 };

describe('option quantity', () => {
  it('takes a whole number of pieces from 1 to the largest', () => {
    for (const q of [1, 2, 4]) expect(quantityRefusal(pieces, q)).toBeNull();
  });

  it.each([
    [0, 'below_one'], [-1, 'below_one'], [1.5, 'not_whole'], [5, 'above_max'], [1000, 'above_max'],
    [Number.NaN, 'not_whole'], [Number.POSITIVE_INFINITY, 'not_whole'], [-0.5, 'not_whole'],
  ] as const)('refuses %s pieces: %s', (quantity, reason) => {
    expect(quantityRefusal(pieces, quantity)).toBe(reason);
  });

  it('orders an option of another unit once, never more and never a part', () => {
    expect(quantityRefusal(once, 1)).toBeNull();
    expect(quantityRefusal(once, 2)).toBe('not_piece');
    expect(quantityRefusal(once, 0)).toBe('below_one');
    expect(quantityRefusal(once, 1.5)).toBe('not_whole');
  });

  it("gives only piece options a largest quantity above 1", () => {
    expect(largestQuantity('piece', 6)).toBe(6);
    expect(largestQuantity('other', 6)).toBe(1);
  });
});
