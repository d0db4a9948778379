import { describe, expect, it } from 'vitest';
import { reminderEmail, reminderSms, type ReminderContent } from '../../server/messaging/reminder-messages.ts';
import { normalizeSmsText, smsEncoding, smsParts } from '../../server/domain/sms.ts';

const content: ReminderContent = {
  level: 1, invoiceName: 'avi 1042 (Kvartal 4 2026)', dueDate: '2026-09-30', remainingOre: 194_012_50, bankgiro: '5050-1055', ocr: '104257',
  fee: { number: 1200, totalOre: 60_00, ocr: '120055', dueDate: '2026-11-02' }, link: 'https://mina.exempel.se/avier/x', sender: 'Fastighets AB Exempel',
};

describe('reminder e-mail', () => {
  it('says which invoice, what is left, how to pay, the fee invoice and that a payment made settles it (Swedish)', () => {
    const mail = reminderEmail({ ...content, lang: 'sv', to: 'bo@exempel.se' });
    expect(mail).toMatchObject({ channel: 'email', recipient: 'bo@exempel.se', language: 'sv', subject: 'Påminnelse: avi 1042 (Kvartal 4 2026) är obetald' });
    expect(mail.text).toContain('Kvar att betala: 194\u00a0012,50\u00a0kr.');
    expect(mail.text).toContain('Det här är vår första påminnelse. Betala till bankgiro 5050-1055 med OCR-nummer 104257.');
    expect(mail.text).toContain('nummer 1200 med OCR-nummer 120055, att betala senast 2026-11-02.');
    expect(mail.text).toContain('Har du redan betalat');
    expect(mail.html).toContain('href="https://mina.exempel.se/avier/x"');
  });

  it('is in English for an English user, and names no fee where none was charged', () => {
    const mail = reminderEmail({ ...content, level: 2, fee: null, lang: 'en', to: 'bo@exempel.se' });
    expect(mail.subject).toBe('Reminder: avi 1042 (Kvartal 4 2026) is unpaid');
    expect(mail.text).toContain('This is our second reminder.');
    expect(mail.text).not.toMatch(/fee/);
    expect(reminderEmail({ ...content, level: 9, lang: 'sv', to: 'x' }).text).toContain('Det här är påminnelse 9.');
  });
});

describe('reminder SMS', () => {
  it('fits two GSM-7 parts with the fee and the link', () => {
    for (const lang of ['sv', 'en'] as const) {
      const sms = reminderSms({ ...content, lang, to: '+46701234567' });
      expect(sms).toMatchObject({ channel: 'sms', subject: null, html: null });
      const text = normalizeSmsText(sms.text);
      expect(smsEncoding(text)).toBe('GSM-7');
      expect(smsParts(text)).toBeLessThanOrEqual(2);
      expect(text).toContain('https://mina.exempel.se/avier/x');
    }
  });
});
