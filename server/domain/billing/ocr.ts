// OCR references (DOMAIN-SE.md §2): 2–25 digits, the last a Luhn check digit over all before it,
// and (variable length, the level we issue) a length digit before it: total length mod 10.
import { luhnCheckDigit, hasValidLuhn } from './luhn.ts';

export const OCR_MIN_LENGTH = 2;
export const OCR_MAX_LENGTH = 25;

/** A base of digits made into an OCR reference: with a length digit (default) and a check digit. */
export function makeOcr(base: string, withLengthDigit = true): string {
  if (!/^\d+$/.test(base)) throw new RangeError(`An OCR base is digits only, got "${base}"`);
  const body = withLengthDigit ? base + String((base.length + 2) % 10) : base;
  const ocr = body + String(luhnCheckDigit(body));
  if (ocr.length < OCR_MIN_LENGTH || ocr.length > OCR_MAX_LENGTH) throw new RangeError(`An OCR reference has 2–25 digits, "${ocr}" has ${ocr.length}`);
  return ocr;
}

/**
 * The OCR reference of an invoice: its number as the base, then length and check digit. The number
 * is unique and the base is recovered by dropping the last two digits, so the OCR is unique too.
 */
export function ocrForInvoice(invoiceNumber: number): string {
  if (!Number.isSafeInteger(invoiceNumber) || invoiceNumber < 1) throw new RangeError(`An invoice number is a positive integer, got ${invoiceNumber}`);
  return makeOcr(String(invoiceNumber));
}

/** The invoice number an OCR reference of ours carries, or null when it is not a valid one. */
export function invoiceNumberOfOcr(ocr: string): number | null {
  if (!isValidOcr(ocr) || ocr.length < 3 || ocr.startsWith('0')) return null;
  const n = Number(ocr.slice(0, -2));
  return Number.isSafeInteger(n) && n >= 1 ? n : null;
}

export type OcrControl = 'soft' | 'hard' | 'variable' | { fixed: number[] };

/**
 * What an internet bank does with a reference at a control level (§2): 'ok', 'warn' (soft: a
 * wrong check digit only warns) or 'reject'. Length and charset are always enforced.
 */
export function checkOcr(ocr: string, control: OcrControl): 'ok' | 'warn' | 'reject' {
  if (!/^\d+$/.test(ocr) || ocr.length < OCR_MIN_LENGTH || ocr.length > OCR_MAX_LENGTH) return 'reject';
  if (!hasValidLuhn(ocr)) return control === 'soft' ? 'warn' : 'reject';
  if (control === 'variable' && Number(ocr[ocr.length - 2]) !== ocr.length % 10) return 'reject';
  if (typeof control === 'object' && !control.fixed.includes(ocr.length)) return 'reject';
  return 'ok';
}

/** Valid at the level we issue: variable length with length digit (hard check digit). */
export function isValidOcr(ocr: string): boolean {
  return checkOcr(ocr, 'variable') === 'ok';
}
