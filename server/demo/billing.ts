// Demo invoices and payments, made by the invoice run's own code (issueRentInvoices, issueInvoices):
// a year of avier for every lease by its billing period, up to and including the coming period, in
// the order they would have been issued, so the numbers follow the issue dates.
// - Paid (by a demo payment a few days before the due date): every avi whose due date has passed,
//   except Byggvaruhuset's latest, which is overdue (its debt).
// - Unpaid and not yet due: the coming period's avier.
// - Café Lunden also has a one-off invoice (Extra nyckel, 450 kr + 25 % VAT) and a credit note for half of
//   it; the other half is paid.
// - One payment waits in the unmatched queue: Byggvaruhuset paid its overdue avi with two digits of the
//   OCR swapped, so the import could not place it (staff find the avi and allocate it by hand).
import { randomUUID } from 'node:crypto';
import type { Tx } from '../db/tx.ts';
import { swedishDate } from '../domain/dates.ts';
import { addDays, addMonths, isValidOcr, parsePeriodKey, periodKeyOf, vatOre, type ParsedPeriod } from '../domain/billing/index.ts';
import { leasesAround, type RunLease } from '../repositories/invoice-runs.ts';
import { insertPaymentsWithAllocations, type AllocationInsert, type PaymentInsert } from '../repositories/payments.ts';
import { issueInvoices, issueRentInvoices, type IssuedInvoice, type Issuer } from '../usecases/billing/issue-invoices.ts';

const MONTHS_OF_HISTORY = 12;
const KEY_PRICE_NET = 450_00;

/** The periods of a kind from a year back up to and including the first that starts after today. */
function demoPeriods(kind: 'month' | 'quarter', today: string): ParsedPeriod[] {
  const step = kind === 'month' ? 1 : 3;
  const current = parsePeriodKey(periodKeyOf(kind, today))!;
  const coming = addMonths(current.start, step);
  const periods: ParsedPeriod[] = [];
  for (let back = MONTHS_OF_HISTORY - step; back >= 0; back -= step) {
    periods.push(parsePeriodKey(periodKeyOf(kind, addMonths(coming, -back)))!);
  }
  return periods;
}

/** A demo avi was issued a month before its period (never after today). */
const issueDateOf = (periodStart: string, today: string) => (addDays(periodStart, -30) < today ? addDays(periodStart, -30) : today);

export async function seedDemoBilling(tx: Tx, now: Date): Promise<void> {
  const today = swedishDate(now);
  const by: Issuer = { now, staffId: null, runId: null, ip: null };
  const leases = await leasesAround(tx, '1900-01-01');
  const ofKind = (billing: RunLease['billingPeriod']) => leases.filter((l) => l.billingPeriod === billing);
  const lunden = leases.find((l) => l.customerName === 'Café Lunden AB' && l.number === '100101')!;

  // Each step issues what a landlord would have issued that day; run in date order.
  type Step = { date: string; issue: () => Promise<IssuedInvoice[]> };
  const steps: Step[] = [
    ...demoPeriods('quarter', today).map((run) => ({ run, leases: ofKind('quarterly') })),
    ...demoPeriods('month', today).map((run) => ({ run, leases: ofKind('monthly') })),
  ].map(({ run, leases: billed }) => {
    const issueDate = issueDateOf(run.start, today);
    return { date: issueDate, issue: async () => (await issueRentInvoices(tx, { run, leases: billed, issueDate, by })).issued };
  });

  let keyInvoice: IssuedInvoice | null = null;
  const keyIssued = addDays(today, -75);
  steps.push({
    date: keyIssued,
    issue: async () => {
      const made = await issueInvoices(tx, [{
        kind: 'one_off', customerId: lunden.customerId, leaseId: lunden.id, periodKey: null, periodFrom: null, periodTo: null,
        issueDate: keyIssued, dueDate: addDays(keyIssued, 30), text: 'Extra nyckel', creditsInvoiceId: null,
        rows: [{ kind: 'one_off', description: 'Extra nyckel till entrén', periodFrom: null, periodTo: null, netOre: KEY_PRICE_NET, vatRatePercent: 25, vatOre: vatOre(KEY_PRICE_NET, 25) }],
      }], by);
      keyInvoice = made[0]!;
      return made;
    },
  });
  const creditIssued = addDays(keyIssued, 7);
  steps.push({
    date: creditIssued,
    issue: () => issueInvoices(tx, [{
      kind: 'credit', customerId: lunden.customerId, leaseId: lunden.id, periodKey: null, periodFrom: null, periodTo: null,
      issueDate: creditIssued, dueDate: creditIssued, text: `Kredit av faktura ${keyInvoice!.number}: Extra nyckel`, creditsInvoiceId: keyInvoice!.id,
      rows: [{ kind: 'credit', description: 'Halva priset för extra nyckel (kampanj)', periodFrom: null, periodTo: null, netOre: -KEY_PRICE_NET / 2, vatRatePercent: 25, vatOre: vatOre(-KEY_PRICE_NET / 2, 25) }],
    }], by),
  });

  steps.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const issued: IssuedInvoice[] = [];
  for (const step of steps) issued.push(...await step.issue());

  // Byggvaruhuset's debt: its latest avi that has fallen due stays unpaid.
  const bygg = leases.find((l) => l.customerName === 'Byggvaruhuset Väst AB');
  const byggDue = issued.filter((i) => i.draft.customerId === bygg?.customerId && i.draft.kind === 'rent' && i.draft.dueDate < today)
    .sort((a, b) => (a.draft.dueDate < b.draft.dueDate ? 1 : -1))[0];
  const credited = new Map<string, number>();
  for (const i of issued) if (i.draft.creditsInvoiceId) credited.set(i.draft.creditsInvoiceId, (credited.get(i.draft.creditsInvoiceId) ?? 0) - i.totals.totalOre);

  const payments: PaymentInsert[] = [];
  const allocations: AllocationInsert[] = [];
  for (const i of issued) {
    if (i.draft.kind === 'credit' || i.draft.dueDate >= today || i === byggDue) continue;
    const amountOre = i.totals.totalOre - (credited.get(i.id) ?? 0);
    if (amountOre <= 0) continue;
    const paidOn = addDays(i.draft.dueDate, -3);
    const id = randomUUID();
    payments.push({ id, customerId: i.draft.customerId, amountOre, paidOn, reference: i.ocr, source: 'demo', createdAt: now });
    allocations.push({ paymentId: id, invoiceId: i.id, amountOre, createdAt: now });
  }
  if (byggDue?.ocr) payments.push(mistypedPayment(byggDue, today, now));
  await insertPaymentsWithAllocations(tx, { payments, allocations });
}

/** The OCR with the first two adjacent digits that make it fail its check digit swapped: a typing slip. */
function mistyped(ocr: string): string {
  for (let i = 0; i + 1 < ocr.length; i += 1) {
    const swapped = ocr.slice(0, i) + ocr[i + 1] + ocr[i] + ocr.slice(i + 2);
    if (swapped !== ocr && !isValidOcr(swapped)) return swapped;
  }
  return `${ocr}0`;
}

/** Byggvaruhuset's payment of its overdue avi with a mistyped OCR: in the queue, nobody's yet. */
function mistypedPayment(invoice: IssuedInvoice, today: string, now: Date): PaymentInsert {
  const paidOn = addDays(invoice.draft.dueDate, 2) < today ? addDays(invoice.draft.dueDate, 2) : today;
  return {
    id: randomUUID(), customerId: null, amountOre: invoice.totals.totalOre, paidOn, reference: mistyped(invoice.ocr!), source: 'demo',
    identity: 'demo:unmatched:1', payerName: 'BYGGVARUHUSET VAST AB', unmatchedReason: 'invalid_reference',
    details: { freeText: ['Hyra'] }, createdAt: now,
  };
}
