// E-mail about invoices: a new avi (or several, from one run) is in Mina sidor. The e-mail says what,
// how much and when it falls due, and links to the portal; the payment details stay there.
import type { Language } from '../i18n/language.ts';
import type { NewMessage } from '../repositories/messages.ts';
import type { PeriodTitle } from '../domain/billing/index.ts';
import { renderEmailHtml, renderEmailText, type EmailContent } from './email-layout.ts';

const monthNames: Record<Language, string[]> = {
  sv: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** "April 2026" / "Kvartal 2 2026" ("Quarter 2 2026"), the heading the portal gives the avi. */
export function periodHeading(title: PeriodTitle, lang: Language): string {
  if (title.kind === 'quarter') return `${lang === 'sv' ? 'Kvartal' : 'Quarter'} ${title.quarter} ${title.year}`;
  const name = monthNames[lang][title.month - 1]!;
  return `${name.charAt(0).toUpperCase()}${name.slice(1)} ${title.year}`;
}

const money: Record<Language, Intl.NumberFormat> = {
  sv: new Intl.NumberFormat('sv-SE', { style: 'currency', currency: 'SEK' }),
  en: new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'SEK' }),
};

export function formatMoney(ore: number, lang: Language): string {
  return money[lang].format(ore / 100);
}

export interface NewInvoiceLine { heading: string; totalOre: number; dueDate: string }

export function newInvoiceEmail(input: { lang: Language; to: string; invoices: NewInvoiceLine[]; link: string; sender: string }): NewMessage {
  const sv = input.lang === 'sv';
  const lines = input.invoices.map((i) => sv
    ? `${i.heading}: ${formatMoney(i.totalOre, 'sv')}, att betala senast ${i.dueDate}`
    : `${i.heading}: ${formatMoney(i.totalOre, 'en')}, due on ${i.dueDate}`);
  const several = input.invoices.length > 1;
  const content: EmailContent = {
    greeting: sv ? 'Hej!' : 'Hello,',
    paragraphs: [
      sv
        ? (several ? `Det finns ${input.invoices.length} nya avier i Mina sidor.` : 'Det finns en ny avi i Mina sidor.')
        : (several ? `There are ${input.invoices.length} new invoices in Mina sidor.` : 'There is a new invoice in Mina sidor.'),
      lines.join('\n'),
      sv ? 'Bankgiro, OCR-nummer och en QR-kod att betala med finns på avin.' : 'The bankgiro, the OCR reference and a QR code to pay with are on the invoice.',
    ],
    action: { label: sv ? (several ? 'Visa avierna' : 'Visa avin') : (several ? 'Show the invoices' : 'Show the invoice'), url: input.link },
    signature: input.sender,
  };
  return {
    channel: 'email', recipient: input.to, language: input.lang,
    subject: sv ? 'Ny avi i Mina sidor' : 'New invoice in Mina sidor',
    text: renderEmailText(content), html: renderEmailHtml(content, input.lang),
  };
}
