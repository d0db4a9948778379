// Matching payments to invoices (DOMAIN-SE.md §6.5, §7.5; issue 11 "Matching"), integer öre:
// - by OCR, exactly, to the invoice that carries it;
// - one payment naming several OCRs is split over them, oldest due first (an amount the payer put on a
//   reference, BgMax TK22 or camt RfrdDocAmt, goes to that invoice first);
// - what is left after the named invoices is the customer's credit (an overpayment; also a payment to
//   an invoice already paid); an underpayment leaves the invoice partly paid;
// - what can not be matched waits in the queue with its reason: no or a wrong OCR, a deduction, a
//   return, another currency, or a surplus over invoices of several customers.
// Every öre of a payment ends up in exactly one place: allocated + credit + unmatched = paid.
import { compareDates } from '../billing/calendar.ts';
import { isValidOcr } from '../billing/ocr.ts';
import type { PaymentKind, PaymentReference, PaymentRefusal } from './incoming.ts';

export interface InvoiceToMatch {
  id: string;
  ocr: string;
  customerId: string;
  /** What is still to pay; 0 for an invoice already paid (a payment to it becomes credit). */
  remainingOre: number;
  dueDate: string;
  issueDate: string;
}

export interface PaymentToMatch {
  id: string;
  kind: PaymentKind;
  /** Signed: a deduction or a return is negative. */
  amountOre: number;
  references: PaymentReference[];
  refusal?: PaymentRefusal | null;
}

export type UnmatchedReason =
  | PaymentRefusal
  | 'deduction'
  | 'return'
  | 'not_positive'
  | 'no_reference'
  | 'invalid_reference' // every OCR named fails its check digit or length digit
  | 'unknown_reference' // well-formed OCRs, but none of ours
  | 'several_customers'; // a surplus over invoices of more than one customer: staff decide whose credit

export interface Allocation {
  invoiceId: string;
  amountOre: number;
}

export interface MatchResult {
  paymentId: string;
  allocations: Allocation[];
  credit: { customerId: string; amountOre: number } | null;
  unmatched: { amountOre: number; reason: UnmatchedReason } | null;
  /** More than one invoice paid by this payment. */
  split: boolean;
  /** OCRs the payment named that are no invoice of ours (for the report and staff). */
  unknownReferences: string[];
}

/** Oldest first: due date, then issue date, then id, so the order never depends on input order. */
export function oldestFirst<T extends { id: string; dueDate: string; issueDate: string }>(a: T, b: T): number {
  return compareDates(a.dueDate, b.dueDate) || compareDates(a.issueDate, b.issueDate) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function unmatched(payment: PaymentToMatch, reason: UnmatchedReason, unknownReferences: string[] = []): MatchResult {
  return result(payment, [], null, { amountOre: payment.amountOre, reason }, unknownReferences);
}

function assertWholeOre(amount: number, what: string): void {
  if (!Number.isSafeInteger(amount)) throw new RangeError(`${what} is whole öre, got ${amount}`);
}

/**
 * Matches payments in order against the invoices their OCRs name. Pass every invoice a payment's OCR
 * names, paid or not. The balances carry from one payment to the next: two payments of one invoice
 * pay it once and the second becomes credit.
 */
export function matchPayments(payments: PaymentToMatch[], invoices: InvoiceToMatch[]): { results: MatchResult[]; remainingOre: Map<string, number> } {
  const byOcr = new Map<string, InvoiceToMatch>();
  const remaining = new Map<string, number>();
  for (const invoice of invoices) {
    assertWholeOre(invoice.remainingOre, 'An invoice\'s remaining amount');
    byOcr.set(invoice.ocr, invoice);
    remaining.set(invoice.id, Math.max(0, invoice.remainingOre));
  }
  const results = payments.map((payment) => matchOne(payment, byOcr, remaining));
  return { results, remainingOre: remaining };
}

function matchOne(payment: PaymentToMatch, byOcr: Map<string, InvoiceToMatch>, remaining: Map<string, number>): MatchResult {
  assertWholeOre(payment.amountOre, 'A payment');
  if (payment.refusal) return unmatched(payment, payment.refusal);
  if (payment.kind !== 'payment') return unmatched(payment, payment.kind);
  if (payment.amountOre <= 0) return unmatched(payment, 'not_positive');
  const references = new Map<string, number | null>();
  for (const ref of payment.references) if (!references.has(ref.ocr)) references.set(ref.ocr, ref.amountOre);
  if (references.size === 0) return unmatched(payment, 'no_reference');
  const named = [...references.keys()].map((ocr) => byOcr.get(ocr)).filter((i): i is InvoiceToMatch => i !== undefined).sort(oldestFirst);
  const unknown = [...references.keys()].filter((ocr) => !byOcr.has(ocr));
  if (named.length === 0) return unmatched(payment, unknown.every((ocr) => !isValidOcr(ocr)) ? 'invalid_reference' : 'unknown_reference', unknown);

  let money = payment.amountOre;
  const allocated = new Map<string, number>();
  const take = (invoice: InvoiceToMatch, wanted: number) => {
    const amount = Math.min(wanted, remaining.get(invoice.id)!, money);
    if (amount <= 0) return;
    money -= amount;
    remaining.set(invoice.id, remaining.get(invoice.id)! - amount);
    allocated.set(invoice.id, (allocated.get(invoice.id) ?? 0) + amount);
  };
  // The payer's own split first, then the rest oldest due first.
  for (const invoice of named) {
    const designated = references.get(invoice.ocr);
    if (designated && designated > 0) take(invoice, designated);
  }
  for (const invoice of named) take(invoice, money);

  const allocations = named.filter((i) => allocated.has(i.id)).map((i) => ({ invoiceId: i.id, amountOre: allocated.get(i.id)! }));
  const customers = new Set(named.map((i) => i.customerId));
  const credit = money > 0 && customers.size === 1 ? { customerId: named[0]!.customerId, amountOre: money } : null;
  return result(payment, allocations, credit, money > 0 && !credit ? { amountOre: money, reason: 'several_customers' } : null, unknown);
}

/**
 * Every result made by this one literal, so all share one shape: spread from a common base, V8 gave
 * each of 50,000 results a hidden class of its own (some 10 MB live in a bank import).
 */
function result(payment: PaymentToMatch, allocations: Allocation[], credit: MatchResult['credit'], unmatched: MatchResult['unmatched'], unknownReferences: string[]): MatchResult {
  return { paymentId: payment.id, allocations, credit, unmatched, split: allocations.length > 1, unknownReferences };
}

export interface OpenInvoice {
  id: string;
  remainingOre: number;
  dueDate: string;
  issueDate: string;
}

/**
 * A customer's credit (unallocated money) used on its open invoices, oldest due first (§7.5): on the
 * next invoice when one is issued, or at once on any still open.
 */
export function applyCredit(creditOre: number, invoices: OpenInvoice[]): { allocations: Allocation[]; creditLeftOre: number } {
  assertWholeOre(creditOre, 'A credit');
  let left = creditOre;
  const allocations: Allocation[] = [];
  for (const invoice of [...invoices].sort(oldestFirst)) {
    const amount = Math.min(left, invoice.remainingOre);
    if (amount <= 0) continue;
    allocations.push({ invoiceId: invoice.id, amountOre: amount });
    left -= amount;
  }
  return { allocations, creditLeftOre: left };
}

/** What is left of one of a customer's payments (its credit), to be used on its invoices. */
export interface CreditPayment {
  paymentId: string;
  leftOre: number;
  paidOn: string;
}

export interface CreditAllocation {
  paymentId: string;
  invoiceId: string;
  amountOre: number;
}

/**
 * A customer's credit used on its open invoices (applyCredit: oldest due first), each amount taken
 * from its oldest payments first (paid date, then id), so an allocation names the payment it comes
 * from (decision 0016: credit is what is left of payments, used by allocations of those payments).
 */
export function creditAllocations(credits: CreditPayment[], invoices: OpenInvoice[]): CreditAllocation[] {
  const sources = credits.filter((c) => c.leftOre > 0)
    .sort((a, b) => compareDates(a.paidOn, b.paidOn) || (a.paymentId < b.paymentId ? -1 : a.paymentId > b.paymentId ? 1 : 0))
    .map((c) => ({ ...c }));
  const { allocations } = applyCredit(sources.reduce((sum, c) => sum + c.leftOre, 0), invoices);
  const result: CreditAllocation[] = [];
  let source = 0;
  for (const allocation of allocations) {
    let wanted = allocation.amountOre;
    while (wanted > 0) {
      const from = sources[source]!;
      const amount = Math.min(wanted, from.leftOre);
      result.push({ paymentId: from.paymentId, invoiceId: allocation.invoiceId, amountOre: amount });
      from.leftOre -= amount;
      wanted -= amount;
      if (from.leftOre === 0) source += 1;
    }
  }
  return result;
}
