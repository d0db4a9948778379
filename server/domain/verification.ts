// One-time codes: six digits, valid 30 minutes, five tries, a new one at most once a minute.
export const CODE_TTL_MINUTES = 30;
export const MAX_CODE_ATTEMPTS = 5;
export const RESEND_COOLDOWN_SECONDS = 60;

export type CodeState = 'usable' | 'missing' | 'expired' | 'too_many_tries' | 'used';

export function codeState(
  flow: { codeHash: string | null; codeExpiresAt: Date | null; attempts: number; verifiedAt: Date | null },
  now: Date,
): CodeState {
  if (flow.verifiedAt) return 'used';
  if (!flow.codeHash || !flow.codeExpiresAt) return 'missing';
  if (now.getTime() >= flow.codeExpiresAt.getTime()) return 'expired';
  if (flow.attempts >= MAX_CODE_ATTEMPTS) return 'too_many_tries';
  return 'usable';
}

/** Seconds until a new code may be sent; 0 when it may be sent now. */
export function resendWaitSeconds(lastSentAt: Date | null, now: Date): number {
  if (!lastSentAt) return 0;
  return Math.max(0, Math.ceil((lastSentAt.getTime() + RESEND_COOLDOWN_SECONDS * 1000 - now.getTime()) / 1000));
}

export function codeExpiry(now: Date): Date {
  return new Date(now.getTime() + CODE_TTL_MINUTES * 60_000);
}
