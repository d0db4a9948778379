import type { TFunction } from 'i18next';
import type { Language } from './i18n';
import type { InvoiceStatus, InvoiceSummary } from '@api';

const monthFormats = new Map<Language, Intl.DateTimeFormat>();

/** "April 2026" / "april 2026" → "April 2026": the month's name, capitalised as a heading. */
function monthTitle(year: number, month: number, lang: Language): string {
  let format = monthFormats.get(lang);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', { month: 'long', timeZone: 'UTC' });
    monthFormats.set(lang, format);
  }
  const name = format.format(Date.UTC(year, month - 1, 1));
  return `${name.charAt(0).toLocaleUpperCase(lang)}${name.slice(1)} ${String(year)}`;
}

/**
 * What an invoice is called, in the list and as its page's heading: its period for an avi ("April
 * 2026", "Kvartal 2 2026"), its text for a one-off invoice ("Extra nyckel"), "Kreditfaktura 1234" for
 * a credit note.
 */
export function invoiceHeading(invoice: Pick<InvoiceSummary, 'kind' | 'number' | 'title' | 'text'>, t: TFunction, lang: Language): string {
  if (invoice.kind === 'credit') return t('invoiceTitle.credit', { number: invoice.number });
  const { title } = invoice;
  if (title?.kind === 'month') return monthTitle(title.year, title.month, lang);
  if (title?.kind === 'quarter') return t('invoiceTitle.quarter', { quarter: title.quarter, year: title.year });
  return invoice.text ?? t('invoiceTitle.invoice', { number: invoice.number });
}

/** Still to pay: unpaid, partly paid or overdue. */
export function isOpen(invoice: Pick<InvoiceSummary, 'kind' | 'status'>): boolean {
  return invoice.kind !== 'credit' && invoice.status !== 'paid';
}

/** The invoice's PDF ("Öppna avi"), opened by the browser in a new tab. */
export function invoicePdfHref(id: string): string {
  return `/api/portal/invoices/${encodeURIComponent(id)}/pdf`;
}

export function invoiceHref(id: string): string {
  return `/avier/${encodeURIComponent(id)}`;
}

export const INVOICE_STATUS_TONES = {
  unpaid: 'info',
  partly_paid: 'warning',
  paid: 'success',
  overdue: 'danger',
} as const satisfies Record<InvoiceStatus, string>;
