// A bank file's payments booked, in the import's one transaction: those the ledger has already are
// skipped (duplicates.ts), the rest matched by OCR against the invoices they name with what is left
// on each (matching.ts), inserted with their allocations (customer when found, the reason when not)
// and an audit event each, in chunks so the import can say how far it has come; then the credit of
// each customer the file gave money is used on its open invoices oldest first. A conflict books nothing.
import { randomUUID } from 'node:crypto';
import type { Tx } from '../../db/tx.ts';
import {
  familyOf, fileReport, matchPayments, noMatches, reportOf, sortOutDuplicates, tally,
  type FileError, type ImportReport, type IncomingPayment, type MatchResult, type PaymentToMatch,
} from '../../domain/payments/index.ts';
import { bookedByIdentity, bookedEntries, bookedFingerprints } from '../../repositories/bank-files.ts';
import { customersWithUndoneAllocations, invoicesByOcr } from '../../repositories/ledger.ts';
import { insertPaymentsWithAllocations, type AllocationInsert, type PaymentInsert } from '../../repositories/payments.ts';
import { recordAuditMany } from '../../repositories/audit.ts';
import { applyCredit, type CreditUser } from './apply-credit.ts';
import type { BankFileFormat } from './read-bank-file.ts';

/** Payments matched and inserted at a time: the progress moves once per chunk. */
export const BOOKING_CHUNK = 2000;

export interface BookingOptions {
  chunkSize?: number;
  /** Payments dealt with so far (duplicates at once, the rest per chunk). */
  onProgress?: (done: number) => void;
  /** Called inside the transaction after each chunk's writes (tests: a throw here is a crash mid-import). */
  afterChunk?: (index: number, tx: Tx) => Promise<void> | void;
}

export type Booking = { ok: true; report: ImportReport } | { ok: false; errors: FileError[] };

const unique = <T>(values: T[]) => [...new Set(values)];

/** The payment's reference as staff read it: its first OCR, else the first other reference or free text. */
function referenceOf(p: IncomingPayment): string | null {
  return (p.references[0]?.ocr ?? p.otherReferences[0] ?? p.freeText[0] ?? '').slice(0, 140) || null;
}

/** The customer a payment is booked to: its credit's, or the one customer whose invoices it paid. */
function customerOf(result: MatchResult, customerOfInvoice: Map<string, string>): string | null {
  if (result.credit) return result.credit.customerId;
  const customers = unique(result.allocations.map((a) => customerOfInvoice.get(a.invoiceId)!));
  return customers.length === 1 ? customers[0]! : null;
}

function detailsOf(p: IncomingPayment, result: MatchResult): Record<string, unknown> {
  return {
    source: p.source, entryIdentity: p.entryIdentity, references: p.references, otherReferences: p.otherReferences, freeText: p.freeText,
    receivingBankgiro: p.receivingBankgiro, payer: p.payer, currency: p.currency, valueDate: p.valueDate, bankTransactionCode: p.bankTransactionCode,
    returnReason: p.returnReason, unknownReferences: result.unknownReferences, ...(p.line ? { line: p.line } : {}), ...(p.path ? { path: p.path } : {}),
  };
}

async function sortAgainstLedger(tx: Tx, format: BankFileFormat, payments: IncomingPayment[]) {
  const other = familyOf(format) === 'bgmax' ? 'camt' : 'bgmax';
  const booked = await bookedByIdentity(tx, payments.map((p) => p.identity));
  return sortOutDuplicates(payments, {
    byIdentity: new Map(booked.map((b) => [b.identity, b])),
    otherFamily: await bookedFingerprints(tx, unique(payments.map((p) => p.fingerprint)), other),
    bookedEntries: await bookedEntries(tx, unique(payments.filter((p) => p.lumpSum).map((p) => p.entryIdentity))),
  });
}

/**
 * The payments are handed over: the array is emptied once they are sorted, and each chunk let go once
 * it is booked, so that a file of 50,000 payments is not held whole to the end of its import (its
 * report is counted as it goes).
 */
export async function bookBankPayments(
  tx: Tx,
  input: { bankFileId: string; format: BankFileFormat; payments: IncomingPayment[]; by: CreditUser },
  options: BookingOptions = {},
): Promise<Booking> {
  const { bankFileId, payments, by } = input;
  const total = payments.length;
  const sorted = await sortAgainstLedger(tx, input.format, payments);
  if (sorted.conflicts.length > 0) {
    return {
      ok: false,
      errors: sorted.conflicts.map(({ payment: p, booked }) => ({
        code: 'IDENTITY_CONFLICT', ...(p.line ? { line: p.line } : {}), ...(p.path ? { path: p.path } : {}),
        params: { identity: p.identity, bookedOre: booked.amountOre, bookedDate: booked.paidOn, fileOre: p.amountOre, fileDate: p.bookingDate },
      })),
    };
  }
  const file = fileReport(payments, sorted);
  const fresh = sorted.fresh;
  payments.length = 0;
  sorted.fresh = [];
  let done = total - fresh.length;
  options.onProgress?.(done);

  let matches = noMatches;
  const touched = new Set<string>();
  const credited = new Set<string>();
  const size = options.chunkSize ?? BOOKING_CHUNK;
  for (let index = 0; fresh.length > 0; index++) {
    const chunk = fresh.splice(0, size).map((payment) => ({ payment, id: randomUUID() }));
    // Read in the transaction: what earlier chunks allocated is taken off what is left to pay.
    const invoices = await invoicesByOcr(tx, unique(chunk.flatMap(({ payment }) => payment.references.map((r) => r.ocr))));
    const customerOfInvoice = new Map(invoices.map((i) => [i.id, i.customerId]));
    const toMatch = chunk.map(({ payment: p, id }): PaymentToMatch => ({ id, kind: p.kind, amountOre: p.amountOre, references: p.references, refusal: p.refusal }));
    const matched = matchPayments(toMatch, invoices).results;

    const rows: PaymentInsert[] = [];
    const allocations: AllocationInsert[] = [];
    chunk.forEach(({ payment: p, id }, i) => {
      const result = matched[i]!;
      const customerId = customerOf(result, customerOfInvoice);
      if (customerId) touched.add(customerId);
      if (result.credit) credited.add(result.credit.customerId);
      rows.push({
        id, customerId, amountOre: p.amountOre, paidOn: p.bookingDate, reference: referenceOf(p), source: 'bank', kind: p.kind, bankFileId,
        identity: p.identity, fingerprint: p.fingerprint, payerName: p.payer.name, details: detailsOf(p, result),
        unmatchedReason: result.unmatched?.reason ?? null, createdBy: by.staffId, createdAt: by.now,
      });
      for (const a of result.allocations) allocations.push({ paymentId: id, invoiceId: a.invoiceId, amountOre: a.amountOre, createdBy: by.staffId, createdAt: by.now });
    });
    await insertPaymentsWithAllocations(tx, { payments: rows, allocations });
    await recordAuditMany(tx, chunk.map(({ payment: p, id }, i) => ({
      at: by.now, actorKind: by.staffId ? 'staff' : 'system', actorId: by.staffId, action: 'payment.booked', subjectKind: 'payment', subjectId: id, ip: by.ip,
      details: {
        bankFileId, amountOre: p.amountOre, identity: p.identity, allocations: matched[i]!.allocations,
        ...(matched[i]!.credit ? { creditOre: matched[i]!.credit!.amountOre } : {}), ...(matched[i]!.unmatched ? { unmatched: matched[i]!.unmatched } : {}),
      },
    })));
    matches = tally(matches, matched);
    done += chunk.length;
    options.onProgress?.(done);
    await options.afterChunk?.(index, tx);
  }

  // Decision 0018: the money a file gives a customer pays its open invoices. A customer has no credit
  // beside an open invoice unless an allocation of its was undone or released: those are read whole
  // (every payment of theirs), the others the file gave credit only as this file's payments. Summing
  // every payment of every touched customer would cost seconds per thousand of them.
  const undone = new Set(await customersWithUndoneAllocations(tx, [...touched]));
  const used = await applyCredit(tx, [...undone], by, { bankFileId, customerIds: [...credited].filter((c) => !undone.has(c)) });
  return { ok: true, report: reportOf(file, matches, used.reduce((s, a) => s + a.amountOre, 0)) };
}
