// Rounding money to whole öre: half away from zero (DOMAIN-SE.md §7.3 "round each VAT line
// half-up to öre"; for a negative amount, a credit, the mirror image). Exact on integers: no
// floating-point division decides a half.

/** numerator / denominator rounded to an integer, halves away from zero. Integers in, integer out. */
export function divideRounded(numerator: number, denominator: number): number {
  if (!Number.isSafeInteger(numerator) || !Number.isSafeInteger(denominator) || denominator === 0) {
    throw new RangeError(`divideRounded needs safe integers and a non-zero denominator: ${numerator} / ${denominator}`);
  }
  const negative = (numerator < 0) !== (denominator < 0);
  const n = Math.abs(numerator);
  const d = Math.abs(denominator);
  let q = Math.floor(n / d);
  let r = n - q * d;
  // Math.floor of a large quotient may be off by one; settle it on the remainder.
  while (r < 0) { q -= 1; r += d; }
  while (r >= d) { q += 1; r -= d; }
  const rounded = 2 * r >= d ? q + 1 : q;
  return negative ? -rounded : rounded;
}
