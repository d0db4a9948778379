import { describe, expect, it } from 'vitest';
import { codeEmail, codeSms } from '../../server/messaging/account-messages.ts';
import { smsEncoding, smsParts } from '../../server/domain/sms.ts';
import { lockSecondsAfterFailure } from '../../server/domain/login-throttle.ts';
import { codeState, resendWaitSeconds } from '../../server/domain/verification.ts';

const base = { purpose: 'registration' as const, to: '+46701234567', code: '123456', sender: 'Fastighets AB Exempel' };

describe('code messages', () => {
  it('keeps the SMS with its link in one GSM-7 part, in Swedish and English', () => {
    for (const lang of ['sv', 'en'] as const) {
      const sms = codeSms({ ...base, lang, link: 'https://minasidor.exempel.se/v/AbCdEfGhIjKlMnOpQrStUv' });
      expect(smsEncoding(sms.text)).toBe('GSM-7');
      expect(smsParts(sms.text)).toBe(1);
      expect(sms.text).toContain('123456');
      expect(sms.text).toContain('/v/AbCdEfGhIjKlMnOpQrStUv');
    }
  });

  it('drops the link rather than split the SMS when the address is long', () => {
    const sms = codeSms({ ...base, lang: 'sv', purpose: 'password_reset', link: `https://${'lang'.repeat(20)}.exempel.se/v/AbCdEfGhIjKlMnOpQrStUv`, sender: 'Fastighetsaktiebolaget Långt Namn i Göteborg' });
    expect(smsParts(sms.text)).toBe(1);
    expect(sms.text).toContain('123456');
    expect(sms.text).not.toContain('https://');
  });

  it('sends e-mail with the code, the link as a button and an escaped HTML part', () => {
    const mail = codeEmail({ ...base, to: 'a@b.se', lang: 'en', link: 'https://x.se/v/t', sender: 'Exempel <AB>' });
    expect(mail.subject).toBe('Verify your account on Mina sidor');
    expect(mail.text).toContain('Your code: 123456');
    expect(mail.text).toContain('Verify the account: https://x.se/v/t');
    expect(mail.html).toContain('href="https://x.se/v/t"');
    expect(mail.html).toContain('Exempel &lt;AB&gt;');
  });
});

describe('login throttle', () => {
  it('is free for four failures, slows down from the fifth, locks for 15 minutes at the tenth', () => {
    expect([1, 2, 3, 4].map(lockSecondsAfterFailure)).toEqual([0, 0, 0, 0]);
    expect([5, 6, 7, 8, 9].map(lockSecondsAfterFailure)).toEqual([30, 60, 120, 240, 480]);
    expect(lockSecondsAfterFailure(10)).toBe(900);
    expect(lockSecondsAfterFailure(25)).toBe(900);
  });
});

describe('verification codes', () => {
  const now = new Date('2026-11-22T12:00:00Z');
  const flow = { codeHash: 'h', codeExpiresAt: new Date('2026-11-22T12:30:00Z'), attempts: 0, verifiedAt: null };
  it('are usable for 30 minutes and five tries, once', () => {
    expect(codeState(flow, now)).toBe('usable');
    expect(codeState(flow, new Date('2026-11-22T12:30:00Z'))).toBe('expired');
    expect(codeState({ ...flow, attempts: 5 }, now)).toBe('too_many_tries');
    expect(codeState({ ...flow, verifiedAt: now }, now)).toBe('used');
    expect(codeState({ ...flow, codeHash: null }, now)).toBe('missing');
  });
  it('can be resent a minute after the last one', () => {
    expect(resendWaitSeconds(null, now)).toBe(0);
    expect(resendWaitSeconds(new Date('2026-11-22T11:59:30Z'), now)).toBe(30);
    expect(resendWaitSeconds(new Date('2026-11-22T11:59:00Z'), now)).toBe(0);
  });
});
