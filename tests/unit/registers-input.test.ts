// The property and customer registers' pure rules: postal codes, property designations, object
// numbers, area and floor, text fields, and who may be named a customer's or a property's manager.
import { describe, expect, it } from 'vitest';
import { cleanText, differences, normalizeDesignation, normalizeObjectNumber, normalizePostalCode, validArea, validFloor } from '../../server/domain/registers.ts';
import { mayBeManager } from '../../server/policies/staff.ts';

describe('normalizePostalCode', () => {
  it('takes five digits in the usual writings and prints them as "412 61"', () => {
    expect(normalizePostalCode('41261')).toBe('412 61');
    expect(normalizePostalCode(' 412 61 ')).toBe('412 61');
    expect(normalizePostalCode('SE-411 36')).toBe('411 36');
    expect(normalizePostalCode('se41136')).toBe('411 36');
    expect(normalizePostalCode('412\u00a061')).toBe('412 61');
  });
  it('refuses what is not a Swedish postal code', () => {
    for (const bad of ['', '4126', '412 611', '012 61', 'abc de', '412-61', 'DK-2100']) expect(normalizePostalCode(bad), bad).toBeNull();
  });
});

describe('normalizeDesignation', () => {
  it('takes municipality, district and block:unit, with the spaces tidied', () => {
    expect(normalizeDesignation('Göteborg Inom Vallgraven 12:3')).toBe('Göteborg Inom Vallgraven 12:3');
    expect(normalizeDesignation('  Göteborg   Heden  24 : 7 ')).toBe('Göteborg Heden 24:7');
    expect(normalizeDesignation('Stockholm Vasastaden1:1')).toBe('Stockholm Vasastaden 1:1');
    expect(normalizeDesignation('Malmö Södra Förstaden 2:45')).toBe('Malmö Södra Förstaden 2:45');
  });
  it('refuses a designation without block:unit or without a name', () => {
    for (const bad of ['', 'Göteborg Heden', '12:3', 'Göteborg Heden 12', 'Göteborg Heden 12:', ':3 Heden', `${'A'.repeat(120)} 1:1`]) {
      expect(normalizeDesignation(bad), bad).toBeNull();
    }
  });
});

describe('normalizeObjectNumber', () => {
  it('keeps numbers as written on doors and leases', () => {
    expect(normalizeObjectNumber(' 1001 ')).toBe('1001');
    expect(normalizeObjectNumber('P-01')).toBe('P-01');
    expect(normalizeObjectNumber('Lgh 1102')).toBe('Lgh 1102');
  });
  it('refuses empty, too long or odd numbers', () => {
    for (const bad of ['', '   ', '-01', '1001!', 'x'.repeat(21)]) expect(normalizeObjectNumber(bad), bad).toBeNull();
  });
});

describe('area and floor', () => {
  it('takes an area above zero with at most one decimal', () => {
    expect(validArea(142.5)).toBe(true);
    expect(validArea(6)).toBe(true);
    expect(validArea(999_999.9)).toBe(true);
    for (const bad of [0, -4, 142.55, 1_000_000, Number.NaN, Number.POSITIVE_INFINITY]) expect(validArea(bad), String(bad)).toBe(false);
  });
  it('takes whole floors from −9 to 99', () => {
    expect(validFloor(0)).toBe(true);
    expect(validFloor(-1)).toBe(true);
    expect(validFloor(99)).toBe(true);
    for (const bad of [1.5, -10, 100]) expect(validFloor(bad), String(bad)).toBe(false);
  });
});

describe('cleanText', () => {
  it('trims, keeps one space between words and makes nothing null', () => {
    expect(cleanText('  Café   Lunden AB ')).toBe('Café Lunden AB');
    expect(cleanText(' \u00a0 ')).toBeNull();
    expect(cleanText(null)).toBeNull();
  });
});

describe('mayBeManager', () => {
  it('names customer managers for customers and property managers for properties, administrators for both', () => {
    expect(mayBeManager('customer_manager', 'customer')).toBe(true);
    expect(mayBeManager('property_manager', 'customer')).toBe(false);
    expect(mayBeManager('property_manager', 'property')).toBe(true);
    expect(mayBeManager('finance', 'property')).toBe(false);
    expect(mayBeManager('administrator', 'customer')).toBe(true);
    expect(mayBeManager('administrator', 'property')).toBe(true);
  });
});

describe('differences', () => {
  it('gives the fields that changed, before and after, and null when none did', () => {
    expect(differences({ name: 'A', city: 'Göteborg', floor: 0 }, { name: 'B', city: 'Göteborg', floor: null })).toEqual({ before: { name: 'A', floor: 0 }, after: { name: 'B', floor: null } });
    expect(differences({ name: 'A' }, { name: 'A' })).toBeNull();
  });
});
