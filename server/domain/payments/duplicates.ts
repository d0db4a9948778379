// Which payments of a bank file the ledger has already (decision 0015), so an import books nothing
// twice: the same identity (the same file again, a camt.054 and the camt.053 of the same day), or
// the same fingerprint booked from the other format family (a BgMax file and a camt file of one
// payment). The same identity with another amount or date is a conflict: the file is refused.
// A camt.053's lump sum (a deposit as one sum) is never booked: its camt.054 books the payments.
import type { IncomingPayment, PaymentSource } from './incoming.ts';

export type PaymentFamily = 'bgmax' | 'camt';

export function familyOf(source: PaymentSource): PaymentFamily {
  return source === 'bgmax' ? 'bgmax' : 'camt';
}

/** A payment the ledger has under an identity the file repeats. */
export interface BookedPayment {
  identity: string;
  amountOre: number;
  paidOn: string;
  bankFileId: string | null;
}

/** Payments of the other family in the ledger with a fingerprint the file has: how many, and one's file. */
export interface BookedFingerprint {
  count: number;
  bankFileId: string | null;
}

export interface DuplicatePayment {
  payment: IncomingPayment;
  /** identity: the same bank reference; fingerprint: the same date, amount and OCRs from the other format. */
  by: 'identity' | 'fingerprint';
  bankFileId: string | null;
}

export interface IdentityConflict {
  payment: IncomingPayment;
  booked: BookedPayment;
}

export interface LumpSum {
  payment: IncomingPayment;
  /** Whether payments of its entry are booked (from a camt.054), or it waits for one. */
  bookedInDetail: boolean;
}

export interface SortedPayments {
  fresh: IncomingPayment[];
  duplicates: DuplicatePayment[];
  conflicts: IdentityConflict[];
  lumpSums: LumpSum[];
}

/**
 * Sorts a file's payments, in file order, into those to book and those not to. Fingerprints are
 * counted (decision 0015): k payments in the file with fingerprint F and j of the other family in the
 * ledger leave the last k − j new. Within one family fingerprints are not compared.
 */
export function sortOutDuplicates(
  payments: IncomingPayment[],
  ledger: { byIdentity: Map<string, BookedPayment>; otherFamily: Map<string, BookedFingerprint>; bookedEntries: Set<string> },
): SortedPayments {
  const sorted: SortedPayments = { fresh: [], duplicates: [], conflicts: [], lumpSums: [] };
  const usedFingerprints = new Map<string, number>();
  for (const payment of payments) {
    if (payment.lumpSum) {
      sorted.lumpSums.push({ payment, bookedInDetail: ledger.bookedEntries.has(payment.entryIdentity) });
      continue;
    }
    const booked = ledger.byIdentity.get(payment.identity);
    if (booked) {
      if (booked.amountOre !== payment.amountOre || booked.paidOn !== payment.bookingDate) sorted.conflicts.push({ payment, booked });
      else sorted.duplicates.push({ payment, by: 'identity', bankFileId: booked.bankFileId });
      continue;
    }
    const other = ledger.otherFamily.get(payment.fingerprint);
    const used = usedFingerprints.get(payment.fingerprint) ?? 0;
    if (other && used < other.count) {
      usedFingerprints.set(payment.fingerprint, used + 1);
      sorted.duplicates.push({ payment, by: 'fingerprint', bankFileId: other.bankFileId });
      continue;
    }
    sorted.fresh.push(payment);
  }
  return sorted;
}
