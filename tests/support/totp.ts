// The server takes each TOTP code once. Tests that log the same staff member in several times pick a
// code the server has not seen: the current step's, else the next step's (accepted for clock drift),
// else they wait for time to move on, as a person waits for the app's next code.
import { totpCode } from '../../server/security/totp.ts';
import type { Clock, FixedClock } from '../../server/clock.ts';

export const TOTP_STEP_MS = 30_000;

/** The step to use after `lastStep`, and how long to wait before its code is accepted. */
export function nextTotpStep(lastStep: number | undefined, now = Date.now()): { step: number; waitMs: number } {
  const current = Math.floor(now / TOTP_STEP_MS);
  const step = Math.max(current, (lastStep ?? -Infinity) + 1);
  // a code is accepted up to one step early: step - 1 must have begun
  const waitMs = step > current + 1 ? (step - 1) * TOTP_STEP_MS - now + 100 : 0;
  return { step, waitMs };
}

/** `clock`: the app's, when a test fixed it (the code must be right for the server's time); a fixed clock is moved on instead of waited for. */
export async function unusedTotpCode(secret: string, lastStep: number | undefined, clock?: Clock): Promise<{ code: string; step: number }> {
  const { step, waitMs } = nextTotpStep(lastStep, clock ? clock.now().getTime() : Date.now());
  if (waitMs > 0) {
    if (clock && 'advance' in clock) (clock as FixedClock).advance(waitMs);
    else await new Promise((resolve) => setTimeout(resolve, waitMs));
  }
  return { code: totpCode(secret, step * TOTP_STEP_MS), step };
}
