// E-mail about a one-off invoice (a faktura: a key, a repair): it is in Mina sidor, what it is for, how
// much and when it falls due, with a link to it; the payment details stay in the portal, as for an avi.
import type { Language } from '../i18n/language.ts';
import type { NewMessage } from '../repositories/messages.ts';
import { renderEmailHtml, renderEmailText, type EmailContent } from './email-layout.ts';
import { formatMoney } from './invoice-messages.ts';

export function newOneOffInvoiceEmail(input: { lang: Language; to: string; text: string; totalOre: number; dueDate: string; link: string; sender: string }): NewMessage {
  const sv = input.lang === 'sv';
  const content: EmailContent = {
    greeting: sv ? 'Hej!' : 'Hello,',
    paragraphs: [
      sv ? 'Det finns en ny faktura i Mina sidor.' : 'There is a new invoice in Mina sidor.',
      sv
        ? `${input.text}: ${formatMoney(input.totalOre, 'sv')}, att betala senast ${input.dueDate}`
        : `${input.text}: ${formatMoney(input.totalOre, 'en')}, due on ${input.dueDate}`,
      sv ? 'Bankgiro, OCR-nummer och en QR-kod att betala med finns på fakturan.' : 'The bankgiro, the OCR reference and a QR code to pay with are on the invoice.',
    ],
    action: { label: sv ? 'Visa fakturan' : 'Show the invoice', url: input.link },
    signature: input.sender,
  };
  return {
    channel: 'email', recipient: input.to, language: input.lang,
    subject: sv ? 'Ny faktura i Mina sidor' : 'New invoice in Mina sidor',
    text: renderEmailText(content), html: renderEmailHtml(content, input.lang),
  };
}
