// Staff record a payment that came another way than the bank's files: a tenant who paid to the wrong
// account, cash. With an OCR it is matched as an import's payment is (matching.ts matchPayments): the
// invoice it names is paid, a surplus is the customer's credit, and what cannot be placed waits in the
// queue with its reason. Without one it is the chosen customer's, or it waits in the queue. Money that
// is a customer's pays its open invoices at once, oldest due first, as an import's does (decision 0018).
//
// A double submit books it once: the form sends an idempotency key (a UUID it made), kept as the
// payment's identity ('manual:' + key, unique); the same key again answers with the payment booked.
import { randomUUID } from 'node:crypto';
import { AppError } from '../../errors.ts';
import { swedishDate } from '../../domain/dates.ts';
import { digitGroups, matchPayments } from '../../domain/payments/index.ts';
import { recordAudit } from '../../repositories/audit.ts';
import { insertPaymentOnce, insertPaymentsWithAllocations } from '../../repositories/payments.ts';
import { customerExists, invoicesByOcr, lockInvoicesToAllocate, paymentByIdentity } from '../../repositories/payment-queue.ts';
import { applyCreditNow, lockCreditFirst, type HandlingDeps } from './handle-payment.ts';
import type { UsedCredit } from './apply-credit.ts';

export interface ManualPaymentInput {
  staffId: string;
  ip: string | null;
  /** The form's idempotency key, a UUID. */
  key: string;
  paidOn: string;
  amountOre: number;
  /** The OCR (or text) the payer gave; its groups of digits are the OCR candidates. */
  reference?: string | null;
  payerName: string;
  customerId?: string | null;
  note?: string | null;
}

export interface RecordedPayment { id: string; replay: boolean; creditUsed: UsedCredit[] }

export async function recordManualPayment(deps: HandlingDeps, input: ManualPaymentInput): Promise<RecordedPayment> {
  const now = deps.clock.now();
  const today = swedishDate(now);
  const payerName = input.payerName.trim();
  const reference = input.reference?.trim() || null;
  const note = input.note?.trim() || null;
  const customerId = input.customerId || null;
  if (!payerName) throw new AppError('VALIDATION', { keyword: 'required', field: 'payerName' }, { details: { field: 'payerName' } });
  if (!Number.isSafeInteger(input.amountOre) || input.amountOre <= 0) throw new AppError('PAYMENT_AMOUNT_NOT_POSITIVE', {}, { details: { field: 'amountOre' } });
  if (input.paidOn > today) throw new AppError('MANUAL_PAYMENT_IN_FUTURE', { date: input.paidOn }, { details: { field: 'paidOn' } });
  if (customerId && !await customerExists(deps.db, customerId)) throw new AppError('UNKNOWN_CUSTOMER', {}, { details: { field: 'customerId' } });
  const identity = `manual:${input.key}`;
  const references = [...new Set(reference ? digitGroups(reference) : [])].map((ocr) => ({ ocr, amountOre: null }));

  const replay = async () => {
    const booked = await paymentByIdentity(deps.db, identity);
    if (!booked) return null;
    if (booked.amountOre !== input.amountOre || booked.paidOn !== input.paidOn) throw new AppError('MANUAL_PAYMENT_KEY_REUSED');
    return { id: booked.id, replay: true, creditUsed: [] };
  };
  const earlier = await replay();
  if (earlier) return earlier;

  const id = randomUUID();
  const booked = await deps.db.transaction(async (tx) => {
    const named = await invoicesByOcr(tx, references.map((r) => r.ocr));
    // The customers' credit first, then the invoices: the order every booking locks in (handle-payment.ts).
    await lockCreditFirst(tx, [...named.map((i) => i.customerId), customerId]);
    await lockInvoicesToAllocate(tx, named.map((i) => i.id));
    const invoices = await invoicesByOcr(tx, references.map((r) => r.ocr));
    const foreign = customerId ? invoices.find((i) => i.customerId !== customerId) : undefined;
    if (foreign) throw new AppError('MANUAL_PAYMENT_OCR_OF_OTHER_CUSTOMER', { number: foreign.number }, { details: { field: 'reference' } });

    const [match] = matchPayments([{ id, kind: 'payment', amountOre: input.amountOre, references }], invoices).results;
    const paidCustomers = new Set(match!.allocations.map((a) => invoices.find((i) => i.id === a.invoiceId)!.customerId));
    // Whose: the invoices' customer (with any surplus as its credit), else the one staff chose; else nobody's (the queue).
    const owner = match!.credit?.customerId ?? (match!.unmatched === null && paidCustomers.size === 1 ? [...paidCustomers][0]! : null) ?? (match!.allocations.length === 0 ? customerId : null);
    const unmatchedReason = owner === null ? match!.unmatched?.reason ?? null : null;

    const inserted = await insertPaymentOnce(tx, {
      id, customerId: owner, amountOre: input.amountOre, paidOn: input.paidOn, reference, source: 'manual', kind: 'payment', identity,
      payerName, unmatchedReason, details: { ...(note ? { note } : {}), ...(references.length > 0 ? { references: references.map((r) => r.ocr) } : {}) },
      createdBy: input.staffId, createdAt: now,
    });
    if (!inserted) return null;
    await insertPaymentsWithAllocations(tx, {
      payments: [],
      allocations: match!.allocations.map((a) => ({ paymentId: id, invoiceId: a.invoiceId, amountOre: a.amountOre, createdBy: input.staffId, createdAt: now })),
    });
    await recordAudit(tx, {
      at: now, actorKind: 'staff', actorId: input.staffId, action: 'payment.recorded', subjectKind: 'payment', subjectId: id, ip: input.ip,
      details: {
        amountOre: input.amountOre, paidOn: input.paidOn, customerId: owner, ...(unmatchedReason ? { unmatchedReason } : {}),
        allocations: match!.allocations.map((a) => ({ invoiceId: a.invoiceId, number: invoices.find((i) => i.id === a.invoiceId)!.number, amountOre: a.amountOre })),
      },
    });
    return owner ? applyCreditNow(tx, owner, input, now) : [];
  });
  if (booked) return { id, replay: false, creditUsed: booked };
  // Another request with the same key committed first: answer as it did.
  const second = await replay();
  if (!second) throw new AppError('CONFLICT');
  return second;
}
