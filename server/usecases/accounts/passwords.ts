// The password checks every flow that sets a password makes (registration, reset, change, invitation).
import { AppError } from '../../errors.ts';
import { failedPasswordRules, MAX_PASSWORD_LENGTH } from '../../domain/password-policy.ts';
import { isCommonPassword } from '../../security/common-passwords.ts';

export function assertAcceptablePassword(password: string, repeat: string, username: string): void {
  const failed = failedPasswordRules(password, { username, isCommon: isCommonPassword });
  if (password.length > MAX_PASSWORD_LENGTH) throw new AppError('VALIDATION', { keyword: 'maxLength', field: 'password' });
  if (failed.length > 0) throw new AppError('PASSWORD_WEAK', { rules: failed.join(',') }, { details: { rules: failed } });
  if (password !== repeat) throw new AppError('PASSWORD_MISMATCH');
}

/** Usernames: 3-40 letters, digits and . _ - @, compared lower-case. */
export function normalizeUsername(input: string): string | null {
  const username = input.trim().toLowerCase();
  return /^[\p{L}\p{N}._@-]{3,40}$/u.test(username) ? username : null;
}
