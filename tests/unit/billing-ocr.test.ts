import { describe, expect, it } from 'vitest';
import { checkOcr, invoiceNumberOfOcr, isValidOcr, makeOcr, ocrForInvoice } from '../../server/domain/billing/ocr.ts';

describe('makeOcr (DOMAIN-SE.md §2 table, §10)', () => {
  it.each([
    ['123', '1230', '12351'],
    ['1234567890', '12345678903', '123456789023'],
    ['10234', '102343', '1023472'],
    ['202504001', '2025040011', '20250400114'],
    ['12345678', '123456782', '1234567806'],
    ['4711', '47118', '471169'],
  ])('%s → check only %s, length + check %s', (base, checkOnly, withLength) => {
    expect(makeOcr(base, false)).toBe(checkOnly);
    expect(makeOcr(base)).toBe(withLength);
  });
  it('220210017 → 22021001718 (the worked avi of §7.3)', () => expect(makeOcr('220210017')).toBe('22021001718'));
  it('uses the length mod 10, not its first digit (Odoo\'s mistake)', () => expect(makeOcr('12345678').slice(-2, -1)).toBe('0'));
  it('refuses a base that is not digits or would exceed 25 digits', () => {
    expect(() => makeOcr('12a')).toThrow(RangeError);
    expect(() => makeOcr('1'.repeat(24))).toThrow(RangeError);
    expect(makeOcr('1'.repeat(23))).toHaveLength(25);
  });
});

describe('checkOcr at each control level (§2 validation vectors)', () => {
  it('102343 passes soft and hard; 102344 warns soft and is rejected hard', () => {
    expect(checkOcr('102343', 'soft')).toBe('ok');
    expect(checkOcr('102343', 'hard')).toBe('ok');
    expect(checkOcr('102344', 'soft')).toBe('warn');
    expect(checkOcr('102344', 'hard')).toBe('reject');
  });
  it('variable length: 20250400114 ok, 20250400124 and 1234567816 rejected', () => {
    expect(checkOcr('20250400114', 'variable')).toBe('ok');
    expect(checkOcr('20250400124', 'variable')).toBe('reject');
    expect(checkOcr('1234567816', 'variable')).toBe('reject');
  });
  it('fixed length: 20250400114 ok for {11}, rejected for {10, 12}', () => {
    expect(checkOcr('20250400114', { fixed: [11] })).toBe('ok');
    expect(checkOcr('20250400114', { fixed: [10, 12] })).toBe('reject');
  });
  it('length 2–25 digits: 7 rejected, 00 ok, 26 digits rejected, non-digits rejected', () => {
    expect(checkOcr('7', 'soft')).toBe('reject');
    expect(checkOcr('00', 'hard')).toBe('ok');
    const twentySix = makeOcr('1'.repeat(23)) + '0';
    expect(twentySix).toHaveLength(26);
    expect(checkOcr(twentySix, 'soft')).toBe('reject');
    expect(checkOcr('2025 0400114', 'hard')).toBe('reject');
  });
});

describe('isValidOcr (variable length, the level we issue)', () => {
  it.each(['12351', '123456789023', '1023472', '20250400114', '1234567806', '471169', '22021001718'])('%s is valid', (ocr) => expect(isValidOcr(ocr)).toBe(true));
  it.each(['1230', '102343', '20250400124', '1234567816', '7', '', '2025040011x'])('%s is not', (ocr) => expect(isValidOcr(ocr)).toBe(false));
});

describe('ocrForInvoice', () => {
  it('makes the invoice number the base, with length and check digit', () => {
    expect(ocrForInvoice(202504001)).toBe('20250400114');
    expect(ocrForInvoice(220210017)).toBe('22021001718');
    expect(ocrForInvoice(1)).toBe('133');
    expect(isValidOcr(ocrForInvoice(1))).toBe(true);
  });
  it('is unique per invoice number and gives the number back', () => {
    const seen = new Set<string>();
    for (let n = 1; n <= 20_000; n++) {
      const ocr = ocrForInvoice(n);
      expect(isValidOcr(ocr)).toBe(true);
      expect(invoiceNumberOfOcr(ocr)).toBe(n);
      seen.add(ocr);
    }
    expect(seen.size).toBe(20_000);
  });
  it('refuses a number that is not a positive integer', () => {
    for (const n of [0, -1, 1.5, Number.NaN]) expect(() => ocrForInvoice(n)).toThrow(RangeError);
  });
  it('invoiceNumberOfOcr is null for an OCR that is not ours', () => {
    expect(invoiceNumberOfOcr('20250400124')).toBeNull();
    expect(invoiceNumberOfOcr('00')).toBeNull();
  });
});
