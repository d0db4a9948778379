// The password rules of SPEC.md (seed "Så här loggar du in"): pure, shared by the server and the
// web app's live checklist. The server adds two checks the browser does not get: the common list and
// the username (server/security/password-strength.ts).
export type PasswordRule = 'minLength' | 'upper' | 'lower' | 'digit' | 'symbol';
export type ServerPasswordRule = PasswordRule | 'common' | 'containsUsername';

export const MIN_PASSWORD_LENGTH = 8;
export const MAX_PASSWORD_LENGTH = 200;

const checks: Record<PasswordRule, (password: string) => boolean> = {
  minLength: (p) => [...p].length >= MIN_PASSWORD_LENGTH,
  upper: (p) => /\p{Lu}/u.test(p),
  lower: (p) => /\p{Ll}/u.test(p),
  digit: (p) => /\p{Nd}/u.test(p),
  symbol: (p) => /[^\p{L}\p{N}]/u.test(p),
};

export const passwordRules = Object.keys(checks) as PasswordRule[];

export function passwordRuleResults(password: string): { rule: PasswordRule; met: boolean }[] {
  return passwordRules.map((rule) => ({ rule, met: checks[rule](password) }));
}

/** Every rule the password fails, in a fixed order; empty when it is acceptable. */
export function failedPasswordRules(
  password: string,
  context: { username?: string; isCommon?: (lowerCased: string) => boolean } = {},
): ServerPasswordRule[] {
  const failed: ServerPasswordRule[] = passwordRuleResults(password).filter((r) => !r.met).map((r) => r.rule);
  const lower = password.toLowerCase();
  if (context.isCommon?.(lower)) failed.push('common');
  const username = context.username?.trim().toLowerCase();
  if (username && username.length >= 3 && lower.includes(username)) failed.push('containsUsername');
  return failed;
}
