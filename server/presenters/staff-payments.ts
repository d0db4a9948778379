// Payments as the back office shows them (issue 11): the unmatched queue, and one payment with what
// is left of it, whose it is, where it came from, the invoices it paid and every booking on it.
import { Type, type Static } from '@sinclair/typebox';
import { IsoDate, Nullable, StringEnum } from '../http/schemas.ts';
import { periodTitle } from '../domain/billing/index.ts';
import { formatIdentityNumber } from '../domain/identity.ts';
import type { QueueRow, StaffPaymentBundle } from '../repositories/payment-queue.ts';
import { InvoiceKindView, PeriodTitleView } from './invoices.ts';

const PaymentKindView = StringEnum(['payment', 'deduction', 'return', 'refund'], {
  description: 'payment: money in; deduction: a BgMax deduction (negative); return: a bank return or reversal (negative); refund: money paid back (negative)',
});
const PaymentSourceView = StringEnum(['bank', 'manual', 'demo'], { description: "bank: from a bank file; manual: entered by staff" });
const BankFileRefView = Type.Object({ id: Type.String(), fileName: Type.String(), format: Nullable(Type.String()) });

const paymentFields = {
  id: Type.String(),
  kind: PaymentKindView,
  source: PaymentSourceView,
  paidOn: IsoDate,
  amountOre: Type.Integer({ description: 'Signed, in öre: a deduction, a return and a refund are negative' }),
  leftOre: Type.Integer({ description: "What is left of it (signed like the amount): in the queue, or its customer's credit" }),
  reference: Nullable(Type.String({ description: 'The OCR or text the payer gave' })),
  payerName: Nullable(Type.String()),
  reason: Nullable(Type.String({
    description: 'Why it waits: no_reference, invalid_reference, unknown_reference, several_customers, deduction, return, not_positive, currency_not_sek …; null when it is not in the queue',
  })),
  texts: Type.Array(Type.String(), { description: "The file's other references and free text, and staff's note, as hints" }),
  bankFile: Nullable(BankFileRefView),
};

export const QueuedPaymentView = Type.Object(paymentFields);

export const PaymentQueueView = Type.Object({
  payments: Type.Array(QueuedPaymentView, { description: 'Oldest first' }),
  count: Type.Integer({ description: 'How many wait in all' }),
  leftOre: Type.Integer({ description: 'What they have left, in all (signed)' }),
  more: Type.Boolean({ description: 'More wait than are listed' }),
});

const HistoryKindView = StringEnum(['received', 'allocated', 'undone', 'assigned', 'moved', 'refunded'], {
  description: 'received: the payment booked (import or staff); allocated / undone: to or back from an invoice; assigned: given to a customer from the queue; moved: to another customer (decision 0025); refunded: paid back',
});

export const StaffPaymentView = Type.Object({
  ...paymentFields,
  inQueue: Type.Boolean({ description: 'It waits for staff: see reason' }),
  customer: Nullable(Type.Object({ id: Type.String(), name: Type.String(), identityNumber: Type.String() })),
  customerBy: Nullable(StringEnum(['match', 'assignment'], { description: 'match: its OCR (or the staff who entered it) named the customer; assignment: staff gave it from the queue, or moved it' })),
  refundOf: Nullable(Type.Object({ id: Type.String(), paidOn: IsoDate, amountOre: Type.Integer() }, { description: 'For a refund: the payment it pays back' })),
  allocations: Type.Array(Type.Object({
    invoice: Type.Object({
      id: Type.String(), number: Type.Integer(), kind: InvoiceKindView, title: PeriodTitleView, text: Nullable(Type.String()), dueDate: IsoDate, customerId: Type.String(),
    }),
    amountOre: Type.Integer({ description: 'What the payment paid on it, net of undone allocations (signed like the payment)' }),
  }), { description: 'The invoices it paid, net; an allocation undone in full is not listed (it is in the history)' }),
  refunds: Type.Array(Type.Object({
    id: Type.String(), paidOn: IsoDate, amountOre: Type.Integer({ description: 'Negative' }),
    to: StringEnum(['customer', 'payer']), note: Nullable(Type.String()),
  })),
  history: Type.Array(Type.Object({
    at: Type.String({ format: 'date-time' }),
    kind: HistoryKindView,
    amountOre: Type.Integer({ description: 'Signed: what the booking moved' }),
    invoice: Nullable(Type.Object({ id: Type.String(), number: Type.Integer() })),
    customer: Nullable(Type.Object({ id: Type.String(), name: Type.String() })),
    by: Nullable(Type.String({ description: "The staff member's name; null for the import or the system" })),
  }), { description: 'Every booking on the payment, oldest first' }),
  bankFileReceivedAt: Nullable(Type.String({ format: 'date-time' })),
});

export const StaffPaymentResponseView = Type.Object({ payment: StaffPaymentView });

export const CreditUsedView = Type.Array(Type.Object({
  paymentId: Type.String({ description: 'The payment the money came from: this one, or an older credit of the customer' }),
  invoice: Type.Object({ id: Type.String(), number: Type.Integer() }),
  amountOre: Type.Integer(),
}), { description: "What the customer's credit paid on its open invoices, oldest due first, in the same booking (decision 0018)" });

/** A booking that may give money to a customer: the payment now, and the credit it used at once. */
export const StaffPaymentBookedView = Type.Object({ payment: StaffPaymentView, creditUsed: CreditUsedView });

/** A payment moved to another customer: what it had paid on the first one's invoices, undone. */
export const StaffPaymentMovedView = Type.Object({
  payment: StaffPaymentView, creditUsed: CreditUsedView,
  undone: Type.Array(Type.Object({ invoice: Type.Object({ id: Type.String(), number: Type.Integer() }), amountOre: Type.Integer() }), { description: "What it had paid on the first customer's invoices: open again" }),
});

export function presentCreditUsed(used: { paymentId: string; invoiceId: string; number: number; amountOre: number }[]): Static<typeof CreditUsedView> {
  return used.map((u) => ({ paymentId: u.paymentId, invoice: { id: u.invoiceId, number: u.number }, amountOre: u.amountOre }));
}

type Details = Record<string, unknown> | null;

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v.trim() !== '') : typeof value === 'string' && value.trim() !== '' ? [value] : []);

/** What a bank file (or staff) said beside the amount: references that are no OCR, free text, a note. */
function hintTexts(details: Details): string[] {
  if (!details) return [];
  return [...new Set([...strings(details.otherReferences), ...strings(details.freeText), ...strings(details.note)])];
}

const sources = ['bank', 'manual', 'demo'] as const;
const kinds = ['payment', 'deduction', 'return', 'refund'] as const;
const asSource = (s: string) => (sources as readonly string[]).includes(s) ? s as (typeof sources)[number] : 'bank';
const asKind = (k: string) => (kinds as readonly string[]).includes(k) ? k as (typeof kinds)[number] : 'payment';

/** Why a payment waits: the reason the import gave, else what it is (a deduction or a return). */
function reasonOf(kind: string, unmatchedReason: string | null, waiting: boolean): string | null {
  if (!waiting) return null;
  return unmatchedReason ?? (kind === 'deduction' || kind === 'return' ? kind : 'no_reference');
}

export function presentQueuedPayment(row: QueueRow): Static<typeof QueuedPaymentView> {
  return {
    id: row.id, kind: asKind(row.kind), source: asSource(row.source), paidOn: row.paidOn, amountOre: row.amountOre, leftOre: row.leftOre,
    reference: row.reference, payerName: row.payerName, reason: reasonOf(row.kind, row.unmatchedReason, true), texts: hintTexts(row.details),
    bankFile: row.bankFileId && row.bankFileName ? { id: row.bankFileId, fileName: row.bankFileName, format: row.bankFileFormat } : null,
  };
}

/** What was left of the payment once the bookings up to `at` were made (an assignment: the credit it gave). */
function leftAt(bundle: StaffPaymentBundle, at: Date): number {
  const until = (rows: { createdAt: Date; amountOre: number }[]) => rows.filter((r) => r.createdAt <= at).reduce((sum, r) => sum + r.amountOre, 0);
  return bundle.row.amountOre - until(bundle.allocations) + until(bundle.refunds);
}

export function presentStaffPayment(bundle: StaffPaymentBundle): Static<typeof StaffPaymentView> {
  const { row } = bundle;
  const waiting = row.kind !== 'refund' && bundle.leftOre !== 0 && (bundle.customerId === null || row.kind !== 'payment');
  const sign = row.amountOre < 0 ? -1 : 1;
  const customerRef = (id: string) => (bundle.customer && bundle.customer.id === id ? { id, name: bundle.customer.name } : null);

  const net = new Map<string, { invoice: StaffPaymentBundle['allocations'][number]; amountOre: number }>();
  for (const a of bundle.allocations) {
    const entry = net.get(a.invoiceId) ?? { invoice: a, amountOre: 0 };
    entry.amountOre += a.amountOre;
    net.set(a.invoiceId, entry);
  }
  type Entry = Static<typeof StaffPaymentView>['history'][number];
  const history: Entry[] = [
    { at: row.createdAt.toISOString(), kind: 'received' as const, amountOre: row.amountOre, invoice: null, customer: row.customerId ? customerRef(row.customerId) : null, by: bundle.createdByName ?? null },
    ...bundle.allocations.map((a): Entry => ({
      at: a.createdAt.toISOString(), kind: Math.sign(a.amountOre) === sign ? 'allocated' : 'undone', amountOre: a.amountOre,
      invoice: { id: a.invoiceId, number: a.number }, customer: null, by: a.byName ?? null,
    })),
    ...bundle.assignments.map((a, i): Entry => ({
      at: a.createdAt.toISOString(), kind: i === 0 && row.customerId === null ? 'assigned' : 'moved', amountOre: leftAt(bundle, a.createdAt),
      invoice: null, customer: { id: a.customerId, name: a.customerName }, by: a.byName ?? null,
    })),
    ...bundle.refunds.map((r): Entry => ({ at: r.createdAt.toISOString(), kind: 'refunded', amountOre: r.amountOre, invoice: null, customer: null, by: r.byName ?? null })),
  ].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));

  return {
    id: row.id, kind: asKind(row.kind), source: asSource(row.source), paidOn: row.paidOn, amountOre: row.amountOre, leftOre: bundle.leftOre,
    reference: row.reference, payerName: row.payerName, reason: reasonOf(row.kind, row.unmatchedReason, waiting), texts: hintTexts(row.details),
    bankFile: row.bankFileId && bundle.bankFileName ? { id: row.bankFileId, fileName: bundle.bankFileName, format: bundle.bankFileFormat } : null,
    bankFileReceivedAt: bundle.bankFileReceivedAt ? bundle.bankFileReceivedAt.toISOString() : null,
    inQueue: waiting,
    customer: bundle.customer ? { ...bundle.customer, identityNumber: formatIdentityNumber(bundle.customer.identityNumber) } : null,
    customerBy: bundle.assignments.length > 0 ? 'assignment' : row.customerId ? 'match' : null,
    refundOf: bundle.refundOf,
    allocations: [...net.values()].filter((e) => e.amountOre !== 0).map(({ invoice: a, amountOre }) => ({
      invoice: { id: a.invoiceId, number: a.number, kind: a.kind, title: a.periodKey ? periodTitle(a.periodKey) : null, text: a.text, dueDate: a.dueDate, customerId: a.customerId },
      amountOre,
    })),
    refunds: bundle.refunds.map((r) => ({
      id: r.id, paidOn: r.paidOn, amountOre: r.amountOre,
      to: (r.details as Details)?.to === 'customer' ? 'customer' : 'payer', note: strings((r.details as Details)?.note)[0] ?? null,
    })),
    history,
  };
}
