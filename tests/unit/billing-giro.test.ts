import { describe, expect, it } from 'vitest';
import { bankgiroDigits, formatBankgiro, formatPlusgiro, isValidBankgiro, isValidPlusgiro } from '../../server/domain/billing/giro.ts';

describe('bankgiro (DOMAIN-SE.md §3, §10)', () => {
  it.each(['5402-9681', '297-3675', '640-5070', '5050-1055', '991-2346', '378-3511', '50501055'])('%s is valid', (bg) => expect(isValidBankgiro(bg)).toBe(true));
  it.each(['5402-9682', '5050-1056', '123-4567', '12-3456', '123456789', '5050-105x', ''])('%s is not', (bg) => expect(isValidBankgiro(bg)).toBe(false));
  it('formats 8 and 7 digits', () => {
    expect(formatBankgiro('50501055')).toBe('5050-1055');
    expect(formatBankgiro('9912346')).toBe('991-2346');
    expect(formatBankgiro('5050-1055')).toBe('5050-1055');
    expect(() => formatBankgiro('123456')).toThrow(RangeError);
  });
  it('strips dashes and spaces', () => {
    expect(bankgiroDigits('5050-1055')).toBe('50501055');
    expect(bankgiroDigits(' 5050 1055 ')).toBe('50501055');
  });
});

describe('plusgiro (§3)', () => {
  it.each(['28 65 43-4', '410 54 68-5', '4-2', '90 20 03-3'])('%s is valid', (pg) => expect(isValidPlusgiro(pg)).toBe(true));
  it.each(['410 54 68-6', '12 34 56-7', '1', '123456789'])('%s is not', (pg) => expect(isValidPlusgiro(pg)).toBe(false));
  it('formats in pairs from the right before the check digit', () => {
    expect(formatPlusgiro('41054685')).toBe('410 54 68-5');
    expect(formatPlusgiro('2865434')).toBe('28 65 43-4');
    expect(formatPlusgiro('42')).toBe('4-2');
    expect(formatPlusgiro('9020033')).toBe('90 20 03-3');
    expect(formatPlusgiro('123')).toBe('12-3');
    expect(formatPlusgiro('1234')).toBe('123-4');
  });
});
