// E-mail about option orders: the receipt when the tenant sends one (its lines and the case number), and a
// word at each status the tenant should know of (approved, planned with the date, done, rejected with why).
import type { Language } from '../i18n/language.ts';
import type { NewMessage } from '../repositories/messages.ts';
import type { OptionOrderStatus } from '../domain/options/status.ts';
import { formatKronor } from '../domain/money.ts';
import { renderEmailHtml, renderEmailText, type EmailContent } from './email-layout.ts';

export interface OrderLineText { name: string; quantity: number; unit: 'piece' | 'other'; spaceName: string; monthlyOre: number | null; feeOre: number | null }

function lineText(l: OrderLineText, sv: boolean): string {
  const prices = [
    l.monthlyOre ? `${formatKronor(l.monthlyOre * l.quantity)} kr${sv ? '/mån' : '/month'}` : null,
    l.feeOre ? `${sv ? 'engångsavgift' : 'one-off fee'} ${formatKronor(l.feeOre * l.quantity)} kr` : null,
  ].filter(Boolean).join(', ');
  return `${l.unit === 'piece' ? `${l.quantity} ${sv ? 'st' : 'pcs'} ` : ''}${l.name} (${l.spaceName}): ${prices} ${sv ? 'exkl. moms' : 'excl. VAT'}`;
}

export function optionOrderReceipt(input: { lang: Language; to: string; number: string; lines: OrderLineText[]; link: string; sender: string }): NewMessage {
  const sv = input.lang === 'sv';
  const content: EmailContent = {
    greeting: sv ? 'Hej!' : 'Hello,',
    paragraphs: [
      sv ? `Tack för din tillvalsbeställning. Den är registrerad som ärende ${input.number}, och du följer den under Ärenden på Mina sidor.` : `Thank you for your option order. It is registered as case ${input.number}; follow it under Cases on Mina sidor.`,
      ...input.lines.map((l) => lineText(l, sv)),
    ],
    action: { label: sv ? 'Öppna ärendet' : 'Open the case', url: input.link },
    signature: input.sender,
  };
  return {
    channel: 'email', recipient: input.to, language: input.lang,
    subject: sv ? `Tillvalsbeställning ${input.number} är mottagen` : `Option order ${input.number} is received`,
    text: renderEmailText(content), html: renderEmailHtml(content, input.lang),
  };
}

type Told = Exclude<OptionOrderStatus, 'received'>;

const said: Record<Language, Record<Told, (p: { date: string | null; reason: string | null }) => string>> = {
  sv: {
    approved: () => 'Din tillvalsbeställning är godkänd. Vi hör av oss om när arbetet görs.',
    planned: (p) => `Arbetet med din tillvalsbeställning är planerat till ${p.date}.`,
    done: () => 'Arbetet med din tillvalsbeställning är utfört. Ett månadstillägg kommer med nästa avi och en engångsavgift som en egen faktura.',
    closed: () => 'Din tillvalsbeställning är avslutad.',
    rejected: (p) => `Din tillvalsbeställning är nekad: ${p.reason}`,
  },
  en: {
    approved: () => 'Your option order is approved. We will let you know when the work is done.',
    planned: (p) => `The work on your option order is planned for ${p.date}.`,
    done: () => 'The work on your option order is done. A monthly surcharge comes with the next rent invoice, a one-off fee as an invoice of its own.',
    closed: () => 'Your option order is closed.',
    rejected: (p) => `Your option order is rejected: ${p.reason}`,
  },
};

export function optionOrderStatusEmail(input: { lang: Language; to: string; number: string; status: Told; plannedDate: string | null; reason: string | null; link: string; sender: string }): NewMessage {
  const sv = input.lang === 'sv';
  const content: EmailContent = {
    greeting: sv ? 'Hej!' : 'Hello,',
    paragraphs: [said[input.lang][input.status]({ date: input.plannedDate, reason: input.reason }), `${sv ? 'Ärende' : 'Case'} ${input.number}`],
    action: { label: sv ? 'Öppna ärendet' : 'Open the case', url: input.link },
    signature: input.sender,
  };
  return {
    channel: 'email', recipient: input.to, language: input.lang,
    subject: sv ? `Tillvalsbeställning ${input.number}: ny status` : `Option order ${input.number}: new status`,
    text: renderEmailText(content), html: renderEmailHtml(content, input.lang),
  };
}
