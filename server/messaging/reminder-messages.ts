// A reminder (påminnelse) of an overdue invoice, by e-mail and SMS: which invoice, what is left to pay
// and since when, how to pay it, the reminder fee's own invoice when there is one, and that a payment
// already made settles it. In the recipient's language (a customer's contact e-mail and mobile: Swedish).
import type { Language } from '../i18n/language.ts';
import type { NewMessage } from '../repositories/messages.ts';
import { renderEmailHtml, renderEmailText, type EmailContent } from './email-layout.ts';
import { formatMoney } from './invoice-messages.ts';

export interface ReminderContent {
  level: number;
  /** "Avi 1234 (April 2026)" or "Faktura 1234 (Extra nyckel)", in the recipient's language. */
  invoiceName: string;
  dueDate: string;
  remainingOre: number;
  bankgiro: string;
  ocr: string | null;
  /** The reminder fee's invoice, when the fee was agreed and charged. */
  fee: { number: number; totalOre: number; ocr: string | null; dueDate: string } | null;
  link: string;
  sender: string;
}

const ordinal: Record<Language, string[]> = {
  sv: ['första', 'andra', 'tredje', 'fjärde', 'femte'],
  en: ['first', 'second', 'third', 'fourth', 'fifth'],
};

function reminderName(level: number, lang: Language): string {
  const word = ordinal[lang][level - 1];
  if (lang === 'sv') return word ? `Det här är vår ${word} påminnelse.` : `Det här är påminnelse ${level}.`;
  return word ? `This is our ${word} reminder.` : `This is reminder ${level}.`;
}

function payWith(c: ReminderContent, lang: Language): string {
  if (lang === 'sv') return c.ocr ? `Betala till bankgiro ${c.bankgiro} med OCR-nummer ${c.ocr}.` : `Betala till bankgiro ${c.bankgiro}.`;
  return c.ocr ? `Pay to bankgiro ${c.bankgiro} with the OCR reference ${c.ocr}.` : `Pay to bankgiro ${c.bankgiro}.`;
}

function feeText(fee: NonNullable<ReminderContent['fee']>, lang: Language): string {
  return lang === 'sv'
    ? `En påminnelseavgift på ${formatMoney(fee.totalOre, 'sv')} har lagts på en egen faktura, nummer ${fee.number}${fee.ocr ? ` med OCR-nummer ${fee.ocr}` : ''}, att betala senast ${fee.dueDate}.`
    : `A reminder fee of ${formatMoney(fee.totalOre, 'en')} is on an invoice of its own, number ${fee.number}${fee.ocr ? ` with the OCR reference ${fee.ocr}` : ''}, due on ${fee.dueDate}.`;
}

export function reminderEmail(input: ReminderContent & { lang: Language; to: string }): NewMessage {
  const { lang } = input;
  const sv = lang === 'sv';
  const content: EmailContent = {
    greeting: sv ? 'Hej!' : 'Hello,',
    paragraphs: [
      sv
        ? `Vi har inte fått betalt för ${input.invoiceName}, som förföll ${input.dueDate}. Kvar att betala: ${formatMoney(input.remainingOre, 'sv')}.`
        : `We have not received payment for ${input.invoiceName}, which fell due on ${input.dueDate}. Left to pay: ${formatMoney(input.remainingOre, 'en')}.`,
      `${reminderName(input.level, lang)} ${payWith(input, lang)}`,
      ...(input.fee ? [feeText(input.fee, lang)] : []),
      sv ? 'Har du redan betalat kan du bortse från den här påminnelsen.' : 'If you have already paid, please disregard this reminder.',
    ],
    action: { label: sv ? 'Visa i Mina sidor' : 'Show in Mina sidor', url: input.link },
    signature: input.sender,
  };
  return {
    channel: 'email', recipient: input.to, language: lang,
    subject: sv ? `Påminnelse: ${input.invoiceName} är obetald` : `Reminder: ${input.invoiceName} is unpaid`,
    text: renderEmailText(content), html: renderEmailHtml(content, lang),
  };
}

export function reminderSms(input: ReminderContent & { lang: Language; to: string }): NewMessage {
  const sv = input.lang === 'sv';
  const text = sv
    ? [
      `Påminnelse från ${input.sender}: ${input.invoiceName} förföll ${input.dueDate}.`,
      `Kvar att betala ${formatMoney(input.remainingOre, 'sv')} till bankgiro ${input.bankgiro}${input.ocr ? `, OCR ${input.ocr}` : ''}.`,
      ...(input.fee ? [`Påminnelseavgift ${formatMoney(input.fee.totalOre, 'sv')} på faktura ${input.fee.number}.`] : []),
      'Redan betalt? Bortse från detta.',
      input.link,
    ].join(' ')
    : [
      `Reminder from ${input.sender}: ${input.invoiceName} fell due on ${input.dueDate}.`,
      `Left to pay ${formatMoney(input.remainingOre, 'en')} to bankgiro ${input.bankgiro}${input.ocr ? `, OCR ${input.ocr}` : ''}.`,
      ...(input.fee ? [`Reminder fee ${formatMoney(input.fee.totalOre, 'en')} on invoice ${input.fee.number}.`] : []),
      'Already paid? Please disregard this.',
      input.link,
    ].join(' ');
  return { channel: 'sms', recipient: input.to, language: input.lang, subject: null, html: null, text };
}
