// Luhn / modulus 10 with weights 2-1 (DOMAIN-SE.md §0): the one check digit behind OCR references,
// bankgiro and plusgiro numbers and the OCR line's amount check digit.

const DIGITS = /^\d+$/;

/** The check digit for a payload of digits: weights 2,1,2,… from the rightmost payload digit. */
export function luhnCheckDigit(digits: string): number {
  if (!DIGITS.test(digits)) throw new RangeError(`luhnCheckDigit needs digits only, got "${digits}"`);
  let sum = 0;
  for (let i = digits.length - 1, weight = 2; i >= 0; i--, weight = 3 - weight) {
    const product = Number(digits[i]) * weight;
    sum += product > 9 ? product - 9 : product;
  }
  return (10 - (sum % 10)) % 10;
}

/** Whether the last digit is the Luhn check digit of the digits before it (false for non-digits). */
export function hasValidLuhn(digits: string): boolean {
  if (!DIGITS.test(digits) || digits.length < 2) return false;
  return luhnCheckDigit(digits.slice(0, -1)) === Number(digits.slice(-1));
}
