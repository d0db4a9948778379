// Bankgiro and plusgiro numbers (DOMAIN-SE.md §3): a bankgiro is 7 or 8 digits, a plusgiro 2 to 8,
// both with a Luhn check digit over the whole number. Shown as NNN-NNNN / NNNN-NNNN (bankgiro) and
// in pairs from the right before "-C" (plusgiro: 28 65 43-4).
import { hasValidLuhn } from './luhn.ts';

/** The digits of a giro number as typed or printed: dashes and spaces removed. */
export function bankgiroDigits(text: string): string {
  return text.replace(/[\s-]/g, '');
}

export function isValidBankgiro(digits: string): boolean {
  const d = bankgiroDigits(digits);
  return /^\d{7,8}$/.test(d) && hasValidLuhn(d);
}

/** '50501055' → '5050-1055', '9912346' → '991-2346'. */
export function formatBankgiro(digits: string): string {
  const d = bankgiroDigits(digits);
  if (!/^\d{7,8}$/.test(d)) throw new RangeError(`A bankgiro number has 7 or 8 digits, got "${digits}"`);
  return `${d.slice(0, -4)}-${d.slice(-4)}`;
}

export function isValidPlusgiro(digits: string): boolean {
  const d = bankgiroDigits(digits);
  return /^\d{2,8}$/.test(d) && hasValidLuhn(d);
}

/** '41054685' → '410 54 68-5', '2865434' → '28 65 43-4', '42' → '4-2'. */
export function formatPlusgiro(digits: string): string {
  const d = bankgiroDigits(digits);
  if (!/^\d{2,8}$/.test(d)) throw new RangeError(`A plusgiro number has 2 to 8 digits, got "${digits}"`);
  const body = d.slice(0, -1);
  const pairs: string[] = [];
  for (let end = body.length; end > 0; end -= 2) pairs.unshift(body.slice(Math.max(0, end - 2), end));
  // An odd body's first digit joins the first pair: 410 54 68, not 4 10 54 68.
  if (body.length % 2 === 1 && pairs.length > 1) pairs.splice(0, 2, pairs[0]! + pairs[1]!);
  return `${pairs.join(' ')}-${d.slice(-1)}`;
}
