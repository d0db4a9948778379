import type { TFunction } from 'i18next';
import type { Language } from './i18n';
import type { InvoiceStatus, InvoiceSummary } from '@api';
// The run's names of periods, so that the back office and the portal call a period the same.
import { periodLabel } from './pages/backoffice/billing/periods';

/**
 * What an invoice is called, in the list and as its page's heading: its period for an avi ("April
 * 2026", "Kvartal 2 2026"), its text for a one-off invoice ("Extra nyckel"), "Kreditfaktura 1234" for
 * a credit note.
 */
export function invoiceHeading(invoice: Pick<InvoiceSummary, 'kind' | 'number' | 'title' | 'text'>, t: TFunction, lang: Language): string {
  if (invoice.kind === 'credit') return t('invoiceTitle.credit', { number: invoice.number });
  if (invoice.title !== null) return periodLabel(invoice.title, t, lang);
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
