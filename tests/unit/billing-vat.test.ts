import { describe, expect, it } from 'vitest';
import { defaultVatRate, vatOre } from '../../server/domain/billing/vat.ts';

describe('vatOre', () => {
  it('25 % of a row rounded to öre, halves away from zero; 0 % is nothing', () => {
    expect(vatOre(110_401_44, 25)).toBe(27_600_36);
    expect(vatOre(2_901_44, 25)).toBe(725_36);
    expect(vatOre(10, 25)).toBe(3);
    expect(vatOre(9, 25)).toBe(2);
    expect(vatOre(-10, 25)).toBe(-3);
    expect(vatOre(1_000_00, 0)).toBe(0);
  });
});

describe('defaultVatRate', () => {
  it('premises with voluntary VAT 25 %, without 0 %; housing always 0 %', () => {
    expect(defaultVatRate('premises', true)).toBe(25);
    expect(defaultVatRate('premises', false)).toBe(0);
    expect(defaultVatRate('apartment', true)).toBe(0);
    expect(defaultVatRate('apartment', false)).toBe(0);
  });
  it('parking and storage follow the lease', () => {
    expect(defaultVatRate('parking', true)).toBe(25);
    expect(defaultVatRate('parking', false)).toBe(0);
    expect(defaultVatRate('storage', true)).toBe(25);
    expect(defaultVatRate('storage', false)).toBe(0);
  });
});
