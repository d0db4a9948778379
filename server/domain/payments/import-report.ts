// What an import of a bank file found and did, for its report (issue 11: payments read, matched,
// split, unmatched, total per deposit): counted from the file's payments, how they were sorted from
// the ledger (duplicates.ts) and how the new ones matched (matching.ts). Pure: the import stores it.
import type { SortedPayments } from './duplicates.ts';
import type { IncomingPayment } from './incoming.ts';
import type { MatchResult } from './matching.ts';

/** Lists in a report stop here; their counts say how many there were. */
export const REPORT_LISTED = 100;

export interface ImportReport {
  /** Every payment the file reports, lump sums and duplicates included. */
  payments: number;
  /** Booked payments that paid at least one invoice. */
  matched: number;
  /** Of those, the ones that paid more than one invoice. */
  split: number;
  /** Booked payments that left money over as the customer's credit, and how much. */
  credit: number;
  creditOre: number;
  /** Credit (this file's or older) then used on the customers' open invoices, oldest first. */
  creditUsedOre: number;
  /** Booked payments (or what was left of them) waiting in the queue, and how much. */
  unmatched: number;
  unmatchedOre: number;
  /** Payments booked already from this or another file, not booked again. */
  duplicates: number;
  duplicateOre: number;
  /** The sum of the payments booked from this file. */
  bookedOre: number;
  /** camt.053 deposits reported as one sum, never booked (their camt.054 books the payments). */
  lumpSums: number;
  lumpSumsWaiting: number;
  /** Per deposit (BgMax TK05–15) or entry (camt Ntry): its payments in the file and their sum. */
  deposits: { reference: string; date: string; count: number; totalOre: number }[];
  duplicateList: { identity: string; date: string; amountOre: number; by: 'identity' | 'fingerprint'; bankFileId: string | null }[];
  lumpSumList: { reference: string; date: string; amountOre: number; bookedInDetail: boolean }[];
}

/** 'camt:SE2611…' → 'SE2611…', 'bgmax:50501055:2026-08-28:0001' → '50501055:2026-08-28:0001'. */
export function entryReference(entryIdentity: string): string {
  return entryIdentity.replace(/^(camt|bgmax):/, '');
}

function deposits(payments: IncomingPayment[]): ImportReport['deposits'] {
  const byEntry = new Map<string, ImportReport['deposits'][number]>();
  for (const p of payments) {
    const deposit = byEntry.get(p.entryIdentity) ?? { reference: entryReference(p.entryIdentity), date: p.bookingDate, count: 0, totalOre: 0 };
    deposit.count += 1;
    deposit.totalOre += p.amountOre;
    byEntry.set(p.entryIdentity, deposit);
  }
  return [...byEntry.values()];
}

const sum = (amounts: number[]) => amounts.reduce((s, a) => s + a, 0);

/** What the booked payments' matching came to, counted a chunk at a time (tally): no result is kept for it. */
export interface MatchTally {
  matched: number;
  split: number;
  credit: number;
  creditOre: number;
  unmatched: number;
  unmatchedOre: number;
}

export const noMatches: MatchTally = { matched: 0, split: 0, credit: 0, creditOre: 0, unmatched: 0, unmatchedOre: 0 };

export function tally(before: MatchTally, results: MatchResult[]): MatchTally {
  const next = { ...before };
  for (const r of results) {
    if (r.allocations.length > 0) next.matched += 1;
    if (r.split) next.split += 1;
    if (r.credit) {
      next.credit += 1;
      next.creditOre += r.credit.amountOre;
    }
    if (r.unmatched) {
      next.unmatched += 1;
      next.unmatchedOre += r.unmatched.amountOre;
    }
  }
  return next;
}

/** The report's part that the file and the ledger's duplicates give, known before a payment is booked. */
export type FileReport = Omit<ImportReport, keyof MatchTally | 'creditUsedOre'>;

export function fileReport(payments: IncomingPayment[], sorted: SortedPayments): FileReport {
  return {
    payments: payments.length,
    duplicates: sorted.duplicates.length,
    duplicateOre: sum(sorted.duplicates.map((d) => d.payment.amountOre)),
    bookedOre: sum(sorted.fresh.map((p) => p.amountOre)),
    lumpSums: sorted.lumpSums.length,
    lumpSumsWaiting: sorted.lumpSums.filter((l) => !l.bookedInDetail).length,
    deposits: deposits(payments),
    duplicateList: sorted.duplicates.slice(0, REPORT_LISTED).map((d) => ({
      identity: d.payment.identity, date: d.payment.bookingDate, amountOre: d.payment.amountOre, by: d.by, bankFileId: d.bankFileId,
    })),
    lumpSumList: sorted.lumpSums.slice(0, REPORT_LISTED).map((l) => ({
      reference: entryReference(l.payment.entryIdentity), date: l.payment.bookingDate, amountOre: l.payment.amountOre, bookedInDetail: l.bookedInDetail,
    })),
  };
}

export function reportOf(file: FileReport, matches: MatchTally, creditUsedOre: number): ImportReport {
  const { payments, ...rest } = file;
  return { payments, ...matches, creditUsedOre, ...rest };
}

export function importReport(input: { payments: IncomingPayment[]; sorted: SortedPayments; results: MatchResult[]; creditUsedOre: number }): ImportReport {
  return reportOf(fileReport(input.payments, input.sorted), tally(noMatches, input.results), input.creditUsedOre);
}
