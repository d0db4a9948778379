import { describe, expect, it } from 'vitest';
import { formatInvoiceNumber, nextInvoiceNumbers } from '../../server/domain/billing/invoice-number.ts';

describe('invoice numbers', () => {
  it('are plain digits without padding', () => {
    expect(formatInvoiceNumber(1)).toBe('1');
    expect(formatInvoiceNumber(202504001)).toBe('202504001');
  });
  it('refuse what is not a positive integer', () => {
    for (const n of [0, -3, 2.5, Number.NaN]) expect(() => formatInvoiceNumber(n)).toThrow(RangeError);
  });
  it('continue the series without a gap', () => {
    expect(nextInvoiceNumbers(0, 3)).toEqual([1, 2, 3]);
    expect(nextInvoiceNumbers(41, 2)).toEqual([42, 43]);
    expect(nextInvoiceNumbers(41, 0)).toEqual([]);
    expect(() => nextInvoiceNumbers(-1, 1)).toThrow(RangeError);
  });
});
