// A payment as a bank file reports it, the same shape whatever the format (BgMax, camt.054, camt.053),
// so matching and booking need not know where it came from. Its identity makes an import idempotent:
// the rule is docs/decisions/0015-payment-identity-across-bank-files.md.

export type PaymentSource = 'bgmax' | 'camt.053' | 'camt.054';

/**
 * payment: money in. deduction: a BgMax TK21 (a payer's credit-note deduction, subtracted from the
 * deposit). return: a camt debit or reversal (RvslInd), money going back or a booking undone.
 */
export type PaymentKind = 'payment' | 'deduction' | 'return';

/** Why a payment can not be matched whatever the invoices: it goes to the queue with this reason. */
export type PaymentRefusal = 'currency_not_sek';

export interface PaymentReference {
  /** A candidate OCR reference: digits only, as the payer gave it (matching decides if it is ours). */
  ocr: string;
  /** The amount the payer put on this reference (BgMax TK22/23, camt RfrdDocAmt), when given and not zero. */
  amountOre: number | null;
}

export interface Payer {
  name: string | null;
  /** Further name and address lines, as hints for staff. */
  addressLines: string[];
  /** Organisationsnummer or personnummer when the file gives one (BgMax TK29), digits only. */
  identityNumber: string | null;
  /** The payer's own bankgiro when the file gives one. */
  bankgiro: string | null;
}

export interface IncomingPayment {
  /** Stable across files: the same payment from a camt.054 and a camt.053 has the same identity. */
  identity: string;
  /** The bank entry (camt Ntry) or deposit (BgMax TK05–TK15) the payment was booked in. */
  entryIdentity: string;
  /** Date, amount and references: to find the same payment in a file of the other format family. */
  fingerprint: string;
  source: PaymentSource;
  kind: PaymentKind;
  /** Signed: money in is positive, a deduction or a debit negative. In the currency's minor unit. */
  amountOre: number;
  currency: string;
  /** The date the money was booked (BgMax: the deposit's payment date, TK15). */
  bookingDate: string;
  valueDate: string | null;
  references: PaymentReference[];
  /** Reference text that is not an OCR (letters, a wrong BgMax reference), kept for staff. */
  otherReferences: string[];
  /** Free text from the payer (camt Ustrd, BgMax TK25). */
  freeText: string[];
  /** The landlord's bankgiro the money was paid to, digits only, when the file says. */
  receivingBankgiro: string | null;
  payer: Payer;
  refusal: PaymentRefusal | null;
  /** camt: the bank's transaction code, Domain/Family/SubFamily ('PMNT/RCDT/DMCT') or proprietary. */
  bankTransactionCode: string | null;
  /** camt: a return's reason code (RtrInf/Rsn/Cd, e.g. AC01). */
  returnReason: string | null;
  /**
   * camt.053: a batch booked as one sum (Btch/NbOfTxs more than its TxDtls); its payments come one by
   * one in the camt.054 of the same entry (decision 0015).
   */
  lumpSum: boolean;
  /** Where in the file: a BgMax line or a camt XML path. */
  line?: number;
  path?: string;
}

/** The OCR candidates in a reference text: its groups of digits ("20250400213 20250400312"). */
export function digitGroups(text: string): string[] {
  return text.split(/[\s,;/]+/).filter((part) => /^\d{2,25}$/.test(part));
}

/**
 * The date, amount and OCRs of a payment, which a BgMax file and a camt file of the same payment
 * share although their bank references differ (decision 0015).
 */
export function paymentFingerprint(bookingDate: string, amountOre: number, references: PaymentReference[]): string {
  const ocrs = [...new Set(references.map((r) => r.ocr))].sort();
  return `${bookingDate}|${amountOre}|${ocrs.join(',')}`;
}

/** Makes identities unique within one file: a repeat gets "#2", "#3" (a bank reference used twice). */
export function uniqueIdentities(payments: IncomingPayment[]): IncomingPayment[] {
  const seen = new Map<string, number>();
  return payments.map((payment) => {
    const n = (seen.get(payment.identity) ?? 0) + 1;
    seen.set(payment.identity, n);
    return n === 1 ? payment : { ...payment, identity: `${payment.identity}#${n}` };
  });
}
