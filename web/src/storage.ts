// Small, forgiving wrappers around sessionStorage: a multi-step flow (registration, password
// reset) keeps where it is so that a reload continues. Storage can be blocked; the flow then
// simply starts over after a reload.

export function readStored<T>(key: string, isValid: (value: unknown) => value is T): T | undefined {
  try {
    const text = window.sessionStorage.getItem(key);
    if (text === null) return undefined;
    const value: unknown = JSON.parse(text);
    return isValid(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

export function writeStored(key: string, value: unknown): void {
  try {
    window.sessionStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Not kept over a reload, but the flow still works.
  }
}

export function clearStored(key: string): void {
  try {
    window.sessionStorage.removeItem(key);
  } catch {
    // Nothing stored then.
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Where the registration flow keeps its state (see pages/portal/register/flow.ts). */
export const REGISTRATION_KEY = 'registration';
/** Where the password reset flow keeps its state (see pages/portal/forgot-password/flow.ts). */
export const PASSWORD_RESET_KEY = 'passwordReset';
