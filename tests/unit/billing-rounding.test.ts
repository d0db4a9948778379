import { describe, expect, it } from 'vitest';
import { divideRounded } from '../../server/domain/billing/rounding.ts';

describe('divideRounded', () => {
  it('rounds halves away from zero and the rest to nearest', () => {
    expect(divideRounded(5, 2)).toBe(3);
    expect(divideRounded(-5, 2)).toBe(-3);
    expect(divideRounded(5, -2)).toBe(-3);
    expect(divideRounded(7, 3)).toBe(2);
    expect(divideRounded(8, 3)).toBe(3);
    expect(divideRounded(0, 7)).toBe(0);
  });
  it('refuses non-integers and a zero denominator', () => {
    expect(() => divideRounded(1.5, 2)).toThrow(RangeError);
    expect(() => divideRounded(1, 0)).toThrow(RangeError);
  });
});
