import { describe, expect, it } from 'vitest';
import { hasValidLuhn, luhnCheckDigit } from '../../server/domain/billing/luhn.ts';

describe('luhnCheckDigit (DOMAIN-SE.md §0, §10)', () => {
  it.each([
    ['811218987', 6], ['556016068', 0], ['2025040011', 4], ['5050105', 5], ['3125000', 4], ['13800180', 5], ['12500', 5],
  ])('%s → %i', (payload, digit) => expect(luhnCheckDigit(payload)).toBe(digit));

  it('refuses anything but digits', () => {
    expect(() => luhnCheckDigit('12-3')).toThrow(RangeError);
    expect(() => luhnCheckDigit('')).toThrow(RangeError);
  });
});

describe('hasValidLuhn', () => {
  it('accepts a number ending in its check digit and refuses one digit off', () => {
    expect(hasValidLuhn('8112189876')).toBe(true);
    expect(hasValidLuhn('8112189877')).toBe(false);
    expect(hasValidLuhn('5560160680')).toBe(true);
    expect(hasValidLuhn('20250400114')).toBe(true);
    expect(hasValidLuhn('50501055')).toBe(true);
    expect(hasValidLuhn('50501056')).toBe(false);
  });
  it('is false for non-digits and too short input', () => {
    expect(hasValidLuhn('5050-1055')).toBe(false);
    expect(hasValidLuhn('0')).toBe(false);
    expect(hasValidLuhn('')).toBe(false);
  });
});
