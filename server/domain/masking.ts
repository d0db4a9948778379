// Showing which channel a code goes to without giving the address away (SPEC.md: a***@exempel.se, 070-***45 67).

export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at < 1) return '***';
  return `${email[0]}***${email.slice(at)}`;
}

/** +46701234567 → 070-***45 67; other countries keep their prefix and the last four digits. */
export function maskMobile(e164: string): string {
  const digits = e164.replace(/\D/g, '');
  const last4 = digits.slice(-4);
  const tail = `${last4.slice(0, 2)} ${last4.slice(2)}`;
  if (e164.startsWith('+46')) return `0${digits.slice(2, 4)}-***${tail}`;
  return `+${digits.slice(0, Math.max(1, digits.length - 8))}***${tail}`;
}
