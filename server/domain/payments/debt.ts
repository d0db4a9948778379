// A customer's debt (skuld, DOMAIN-SE.md §7.5): from its invoices and the bookings against them, on a
// date. Overdue is what is left to pay on invoices whose due date has passed, by age (1–30, 31–60,
// 61–90, over 90 days past due); not yet due is the rest; credit is money paid in and not allocated.
// Settled follows status.ts: allocations to the invoice plus the credit notes that credit it.
import { compareDates, daysInclusive } from '../billing/calendar.ts';

export interface LedgerInvoice {
  id: string;
  /** Including VAT; a credit note's is negative. */
  totalOre: number;
  dueDate: string;
  /** For a credit note: the invoice it credits. */
  creditsInvoiceId?: string | null;
}

export interface LedgerAllocation {
  invoiceId: string;
  amountOre: number;
  paymentId?: string;
}

export interface LedgerPayment {
  id: string;
  /** Signed: a refund or reversal is negative. */
  amountOre: number;
}

export interface DebtInput {
  invoices: LedgerInvoice[];
  allocations: LedgerAllocation[];
  /** The customer's payments, for its credit; leave out to count no credit. */
  payments?: LedgerPayment[];
  /** YYYY-MM-DD, from the clock. */
  today: string;
}

export type AgeBucket = '1-30' | '31-60' | '61-90' | '90+';
export const AGE_BUCKETS: readonly AgeBucket[] = ['1-30', '31-60', '61-90', '90+'];

export interface OverdueInvoice {
  id: string;
  remainingOre: number;
  dueDate: string;
  daysOverdue: number;
  bucket: AgeBucket;
}

export interface DebtSummary {
  overdueOre: number;
  notDueOre: number;
  creditOre: number;
  buckets: Record<AgeBucket, number>;
  /** Oldest due first. */
  overdueInvoices: OverdueInvoice[];
}

/** The age bucket of a number of days past the due date; null when not overdue (0 or fewer). */
export function ageBucket(daysOverdue: number): AgeBucket | null {
  if (daysOverdue <= 0) return null;
  if (daysOverdue <= 30) return '1-30';
  if (daysOverdue <= 60) return '31-60';
  if (daysOverdue <= 90) return '61-90';
  return '90+';
}

/** Days from the due date to today: the day after the due date is 1. */
export function daysOverdue(dueDate: string, today: string): number {
  return compareDates(today, dueDate) <= 0 ? 0 : daysInclusive(dueDate, today) - 1;
}

export function debtOf(input: DebtInput): DebtSummary {
  const settled = new Map<string, number>();
  const add = (id: string, ore: number) => settled.set(id, (settled.get(id) ?? 0) + ore);
  for (const a of input.allocations) add(a.invoiceId, a.amountOre);
  for (const invoice of input.invoices) if (invoice.creditsInvoiceId) add(invoice.creditsInvoiceId, -invoice.totalOre);

  const buckets: Record<AgeBucket, number> = { '1-30': 0, '31-60': 0, '61-90': 0, '90+': 0 };
  const overdueInvoices: OverdueInvoice[] = [];
  let notDueOre = 0;
  for (const invoice of input.invoices) {
    const remainingOre = Math.max(0, invoice.totalOre - (settled.get(invoice.id) ?? 0));
    if (remainingOre === 0) continue;
    const days = daysOverdue(invoice.dueDate, input.today);
    const bucket = ageBucket(days);
    if (bucket === null) {
      notDueOre += remainingOre;
      continue;
    }
    buckets[bucket] += remainingOre;
    overdueInvoices.push({ id: invoice.id, remainingOre, dueDate: invoice.dueDate, daysOverdue: days, bucket });
  }
  overdueInvoices.sort((a, b) => compareDates(a.dueDate, b.dueDate) || (a.id < b.id ? -1 : 1));

  const paymentIds = new Set((input.payments ?? []).map((p) => p.id));
  const paidIn = (input.payments ?? []).reduce((sum, p) => sum + p.amountOre, 0);
  const allocatedFromPayments = input.allocations.filter((a) => a.paymentId !== undefined && paymentIds.has(a.paymentId)).reduce((sum, a) => sum + a.amountOre, 0);
  return {
    overdueOre: AGE_BUCKETS.reduce((sum, b) => sum + buckets[b], 0),
    notDueOre,
    creditOre: Math.max(0, paidIn - allocatedFromPayments),
    buckets,
    overdueInvoices,
  };
}

/**
 * Whether the customer has overdue debt on the date: more than `thresholdOre` (default nothing) past
 * its due date and not covered by its credit (money paid in and not yet allocated). The rule the
 * option rules and others call.
 */
export function hasDebt(input: DebtInput, thresholdOre = 0): boolean {
  return debtExceeds(debtOf(input), thresholdOre);
}

/** hasDebt on sums already made (the overdue balance and the credit, from the ledger's queries). */
export function debtExceeds(debt: Pick<DebtSummary, 'overdueOre' | 'creditOre'>, thresholdOre = 0): boolean {
  return debt.overdueOre - debt.creditOre > thresholdOre;
}
