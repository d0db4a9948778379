import { describe, expect, it } from 'vitest';
import { totpCode, verifyTotp } from '../../server/security/totp.ts';
import { nextTotpStep } from '../support/totp.ts';

// RFC 6238 appendix B: the SHA-1 secret "12345678901234567890"; our codes are the last 6 of its 8 digits.
const rfcSecret = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';

describe('TOTP', () => {
  it('gives the RFC 6238 codes', () => {
    expect(totpCode(rfcSecret, 59_000)).toBe('287082');
    expect(totpCode(rfcSecret, 1_111_111_109_000)).toBe('081804');
    expect(totpCode(rfcSecret, 1_234_567_890_000)).toBe('005924');
  });

  it('tells which 30-second step a code belongs to, one step either side, so each code can be taken once', () => {
    expect(verifyTotp(rfcSecret, '287082', 59_000)).toBe(1);
    expect(verifyTotp(rfcSecret, '287082', 89_000)).toBe(1); // a clock one step behind
    expect(verifyTotp(rfcSecret, '287082', 31_000)).toBe(1);
    expect(verifyTotp(rfcSecret, '287082', 120_000)).toBeNull(); // two steps late
    expect(verifyTotp(rfcSecret, '287083', 59_000)).toBeNull();
    expect(verifyTotp(rfcSecret, '28708', 59_000)).toBeNull();
    expect(verifyTotp(rfcSecret, '2870820', 59_000)).toBeNull();
  });

  it('test logins pick a step the server has not seen, waiting when the next is taken too', () => {
    expect(nextTotpStep(undefined, 95_000)).toEqual({ step: 3, waitMs: 0 });
    expect(nextTotpStep(3, 95_000)).toEqual({ step: 4, waitMs: 0 });
    expect(nextTotpStep(4, 95_000)).toEqual({ step: 5, waitMs: 120_000 - 95_000 + 100 });
    expect(nextTotpStep(1, 95_000)).toEqual({ step: 3, waitMs: 0 });
  });
});
