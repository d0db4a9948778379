import { describe, expect, it } from 'vitest';
import { failedPasswordRules, passwordRuleResults } from '../../server/domain/password-policy.ts';
import { isCommonPassword } from '../../server/security/common-passwords.ts';
import { maskEmail, maskMobile } from '../../server/domain/masking.ts';

const check = (password: string, username?: string) => failedPasswordRules(password, { username, isCommon: isCommonPassword });

describe('password rules', () => {
  it('accepts a password that meets every rule', () => {
    expect(check('Lunden#2026', 'kalle')).toEqual([]);
    expect(check('Åsa-Öl 99', 'kalle')).toEqual([]);
  });

  it.each([
    ['Ab1#xyz', ['minLength']],
    ['lunden#2026', ['upper']],
    ['LUNDEN#2026', ['lower']],
    ['Lunden#abcd', ['digit']],
    ['Lunden2026', ['symbol']],
    ['abc', ['minLength', 'upper', 'digit', 'symbol']],
    ['', ['minLength', 'upper', 'lower', 'digit', 'symbol']],
  ])('names each rule %s fails', (password, failed) => {
    expect(check(password)).toEqual(failed);
  });

  it('refuses one of the 10,000 most common passwords, whatever its case', () => {
    expect(isCommonPassword('password1!')).toBe(false);
    expect(isCommonPassword('password')).toBe(true);
    expect(check('Password')).toEqual(['digit', 'symbol', 'common']);
    expect(check('P@ssw0rd', 'kalle')).toEqual(['common']);
  });

  it('refuses a password that contains the username', () => {
    expect(check('Kalle#2026x', 'kalle')).toEqual(['containsUsername']);
    expect(check('Kalle#2026x', 'ka')).toEqual([]);
  });

  it('gives the browser the same five rules, met or not', () => {
    expect(passwordRuleResults('a1')).toEqual([
      { rule: 'minLength', met: false }, { rule: 'upper', met: false }, { rule: 'lower', met: true },
      { rule: 'digit', met: true }, { rule: 'symbol', met: false },
    ]);
  });
});

describe('masking', () => {
  it('shows the first letter and the domain of an e-mail address', () => {
    expect(maskEmail('anna@exempel.se')).toBe('a***@exempel.se');
    expect(maskEmail('ekonomi@kontorshotellet.se')).toBe('e***@kontorshotellet.se');
  });
  it('shows a Swedish mobile number as 070-***45 67', () => {
    expect(maskMobile('+46701234567')).toBe('070-***45 67');
    expect(maskMobile('+46739876543')).toBe('073-***65 43');
    expect(maskMobile('+4915112345678')).toBe('+49151***56 78');
  });
});
