import type { TFunction } from 'i18next';
import type { Language } from '../../../i18n';
import { formatMoney } from '../../../format';
import type { CreditUsed, QueuedPayment } from '@api';

const REASONS = ['no_reference', 'invalid_reference', 'unknown_reference', 'several_customers', 'deduction', 'return', 'not_positive', 'currency_not_sek'] as const;
type Reason = (typeof REASONS)[number];
const isReason = (value: string): value is Reason => (REASONS as readonly string[]).includes(value);

/** Why a payment waits, in words; a reason the import gives that we have no words for reads "Kunde inte kopplas". */
export function reasonText(reason: string | null, t: TFunction): string | null {
  if (reason === null) return null;
  return isReason(reason) ? t(`backoffice.paymentQueue.reasons.${reason}`) : t('backoffice.paymentQueue.reasons.other');
}

/** Where a payment came from: its bank file, staff, or the demo data. */
export function sourceText(payment: Pick<QueuedPayment, 'source' | 'bankFile'>, t: TFunction): string {
  if (payment.source === 'manual') return t('backoffice.payment.sourceManual');
  if (payment.source === 'demo') return t('backoffice.payment.sourceDemo');
  return payment.bankFile ? t('backoffice.payment.sourceBank', { file: payment.bankFile.fileName }) : t('backoffice.payment.sourceBankUnknown');
}

/**
 * What a booking's credit paid at once (decision 0018), as a sentence to add to its message:
 * "Kundens tillgodo betalade också faktura 49 (50,00 kr)." Empty when it paid nothing.
 */
export function creditUsedText(used: CreditUsed, t: TFunction, lang: Language): string {
  const byInvoice = new Map<number, number>();
  for (const use of used) byInvoice.set(use.invoice.number, (byInvoice.get(use.invoice.number) ?? 0) + use.amountOre);
  if (byInvoice.size === 0) return '';
  const list = [...byInvoice].map(([number, ore]) => t('backoffice.payment.creditUsedItem', { number, amount: formatMoney(ore, lang) }));
  return t('backoffice.payment.creditUsed', { list: new Intl.ListFormat(lang, { type: 'conjunction' }).format(list) });
}

/** A booking's message with what its credit paid, if anything. */
export function withCreditUsed(message: string, used: CreditUsed, t: TFunction, lang: Language): string {
  return [message, creditUsedText(used, t, lang)].filter(Boolean).join(' ');
}
