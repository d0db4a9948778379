import { describe, expect, it } from 'vitest';
import { normalizeSmsText, smsEncoding, smsParts, smsUnits } from '../../server/domain/sms.ts';

// DOMAIN-SE.md §8.3
describe('SMS encoding and length', () => {
  it('keeps Swedish text in GSM-7', () => {
    const avi = 'Hyresavi Q2 2025: 31 250,00 kr förfaller 2025-03-31. Bankgiro 5050-1055, OCR 20250400114. /Fastighets AB Exempel';
    expect(smsEncoding(avi)).toBe('GSM-7');
    expect(smsUnits(avi)).toBe(112);
    expect(smsParts(avi)).toBe(1);
    const reminder = 'Påminnelse: 31 250,00 kr (OCR 20250400114) är obetald. Påminnelseavgift 60 kr tillkommer. Betala idag till bg 5050-1055.';
    expect(smsUnits(reminder)).toBe(120);
    expect(smsParts(reminder)).toBe(1);
  });

  it('switches to UCS-2 for a dash or an emoji, and normalizing the dash helps', () => {
    const text = 'Hyran är betald – tack! 🙂';
    expect(smsEncoding(text)).toBe('UCS-2');
    expect(smsEncoding(normalizeSmsText('Hyran är betald – tack!'))).toBe('GSM-7');
  });

  it('counts extension characters twice and splits long texts into 153-unit parts', () => {
    expect(smsUnits('€[]')).toBe(6);
    expect(smsParts('a'.repeat(160))).toBe(1);
    expect(smsParts('a'.repeat(161))).toBe(2);
    expect(smsParts('a'.repeat(306))).toBe(2);
    expect(smsParts('a'.repeat(307))).toBe(3);
    expect(smsParts('ü'.repeat(70))).toBe(1);
    expect(smsParts('ж'.repeat(71))).toBe(2);
  });
});
