// An invoice's status, derived, never stored (SPEC.md: unpaid, partly paid, paid, overdue; DOMAIN-SE.md
// §7.5: overdue = due date passed and not paid).
// Settled = payments allocated to it + credit notes against it. Paid when settled covers the
// total; overdue when not paid and today is after the due date (a partly paid invoice past its
// due date is overdue); a credit note, or any total ≤ 0, is paid: nothing is owed on it.
import { compareDates } from './calendar.ts';

export type InvoiceStatus = 'unpaid' | 'partly_paid' | 'paid' | 'overdue';

export interface InvoiceBalance {
  totalOre: number;
  settledOre: number;
}

export function invoiceStatus(invoice: InvoiceBalance & { dueDate: string; today: string }): InvoiceStatus {
  if (invoice.totalOre <= 0 || invoice.settledOre >= invoice.totalOre) return 'paid';
  if (compareDates(invoice.today, invoice.dueDate) > 0) return 'overdue';
  return invoice.settledOre > 0 ? 'partly_paid' : 'unpaid';
}

/** What is left to pay, never below zero (an overpayment is the payment's surplus, not the invoice's). */
export function remainingOre(invoice: InvoiceBalance): number {
  return Math.max(0, invoice.totalOre - invoice.settledOre);
}
