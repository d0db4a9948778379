// E-mail addresses and mobile numbers as the landlord stores them: trimmed lower-case e-mail,
// mobile numbers in E.164 (+46701234567).

/** A pragmatic check (one @, a dot in the domain, no spaces); the real proof is the verification code. */
export function normalizeEmail(input: string): string | null {
  const email = input.trim().toLowerCase();
  if (email.length > 254) return null;
  return /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test(email) ? email : null;
}

/** Swedish mobile numbers (07x) in any usual writing, or any E.164 number; null when not a mobile number. */
export function normalizeMobile(input: string): string | null {
  const compact = input.trim().replace(/[\s\-().]/g, '');
  let e164: string;
  if (/^07\d{8}$/.test(compact)) e164 = '+46' + compact.slice(1);
  else if (/^00\d+$/.test(compact)) e164 = '+' + compact.slice(2);
  else if (/^\+\d+$/.test(compact)) e164 = compact;
  else return null;
  if (e164.startsWith('+46')) return /^\+467[02369]\d{7}$/.test(e164) ? e164 : null;
  return /^\+[1-9]\d{7,14}$/.test(e164) ? e164 : null;
}

/**
 * A stored mobile number as people read it: a Swedish one (+46 7X…) as 07X-XXX XX XX, any other
 * left in its international form. What cannot be read as E.164 is shown as it is.
 */
export function formatMobile(e164: string): string {
  const swedish = /^\+46(7\d)(\d{3})(\d{2})(\d{2})$/.exec(e164);
  if (swedish) return `0${swedish[1]!}-${swedish[2]!} ${swedish[3]!} ${swedish[4]!}`;
  return e164;
}
