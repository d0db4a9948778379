// Invoice numbers (löpnummer, VAT law's unique serial, DOMAIN-SE.md §7.1): one gap-free series of
// positive integers, shown as plain digits without padding or prefix, so that the number is also
// the OCR reference's base (ocr.ts) and reads the same on the avi, in the OCR and in bookkeeping.

export function formatInvoiceNumber(n: number): string {
  if (!Number.isSafeInteger(n) || n < 1) throw new RangeError(`An invoice number is a positive integer, got ${n}`);
  return String(n);
}

/** The next `count` numbers after the series' current last number (0 before the first invoice). */
export function nextInvoiceNumbers(current: number, count: number): number[] {
  if (!Number.isSafeInteger(current) || current < 0) throw new RangeError(`The series' current number is a non-negative integer, got ${current}`);
  if (!Number.isSafeInteger(count) || count < 0) throw new RangeError(`A count is a non-negative integer, got ${count}`);
  return Array.from({ length: count }, (_, i) => current + 1 + i);
}
