import { describe, expect, it } from 'vitest';
import { amountCheckDigit, ocrLine, OCR_LINE_LENGTH } from '../../server/domain/billing/ocr-line.ts';
import { makeOcr } from '../../server/domain/billing/ocr.ts';

// Copied character for character from DOMAIN-SE.md §4 (and §7.3, §10): 79 columns, four trailing spaces.
const LINE_2025 = '#               20250400114 #   31250 00   4 >                50501055 #41#    ';
const LINE_2022 = '#               22021001718 #  138001 80   5 >                50501055 #41#    ';
const LINE_SMALL = '#                    102343 #     125 00   5 >                50501055 #41#    ';

describe('ocrLine (DOMAIN-SE.md §4)', () => {
  it('31 250,00 kr to bankgiro 5050-1055, OCR 20250400114 (§4, §10)', () => {
    expect(ocrLine({ ocr: '20250400114', amountOre: 3_125_000, giro: '5050-1055' })).toBe(LINE_2025);
  });
  it('138 001,80 kr, OCR 22021001718: the worked avi of §7.3', () => {
    expect(ocrLine({ ocr: '22021001718', amountOre: 13_800_180, giro: '50501055' })).toBe(LINE_2022);
  });
  it('125,00 kr, OCR 102343 (§4)', () => {
    expect(ocrLine({ ocr: makeOcr('10234', false), amountOre: 12_500, giro: '5050 1055' })).toBe(LINE_SMALL);
  });
  it('is 79 characters of digits, spaces, # and > only', () => {
    for (const line of [LINE_2025, LINE_2022, LINE_SMALL]) expect(line).toHaveLength(OCR_LINE_LENGTH);
    const line = ocrLine({ ocr: '1'.repeat(25), amountOre: 9_999_999_999, giro: '9912346' });
    expect(line).toHaveLength(79);
    expect(line).toMatch(/^[0-9 #>]+$/);
  });
  it('a document type other than 41 sits between the last pair of #', () => {
    expect(ocrLine({ ocr: '20250400114', amountOre: 3_125_000, giro: '4105468-5', documentType: '14' }).trimEnd().endsWith('41054685 #14#')).toBe(true);
  });
  it('refuses what the line cannot carry', () => {
    expect(() => ocrLine({ ocr: '1', amountOre: 100, giro: '50501055' })).toThrow(RangeError);
    expect(() => ocrLine({ ocr: '20250400114', amountOre: -1, giro: '50501055' })).toThrow(RangeError);
    expect(() => ocrLine({ ocr: '20250400114', amountOre: 10_000_000_000, giro: '50501055' })).toThrow(RangeError);
    expect(() => ocrLine({ ocr: '20250400114', amountOre: 1.5, giro: '50501055' })).toThrow(RangeError);
    expect(() => ocrLine({ ocr: '20250400114', amountOre: 100, giro: 'BG 5050' })).toThrow(RangeError);
  });
});

describe('amountCheckDigit: Luhn over kronor and öre', () => {
  it.each([[3_125_000, 4], [13_800_180, 5], [12_500, 5], [50, 5]])('%i öre → %i', (ore, digit) => expect(amountCheckDigit(ore)).toBe(digit));
});
