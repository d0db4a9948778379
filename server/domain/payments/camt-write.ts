// Writing camt.054 (a credit notification) and camt.053 (a statement), version 001.08, the way the
// Swedish banks send incoming bankgiro payments (DOMAIN-SE.md §6.9): one entry per deposit, each
// payment a TxDtls with the bank's reference, the payer and its OCRs as SCOR references. For the demo
// file (`npm run demo:bankfile`), the tests and the benchmark: what parseCamt reads, it writes.
// fast-xml-parser's builder escapes the text; amounts are written from öre, never through floats.
import { XMLBuilder } from 'fast-xml-parser';

export interface CamtPaymentOut {
  /** The bank's reference for the payment (TxDtls/Refs/AcctSvcrRef). */
  reference: string;
  amountOre: number;
  /** OCRs (SCOR), each with the amount the payer put on it when it split the payment. */
  references: { ocr: string; amountOre?: number }[];
  payerName: string;
  /** Free text (Ustrd) instead of or beside the OCRs. */
  freeText?: string;
}

export interface CamtEntryOut {
  /** The bank's reference for the deposit (Ntry/AcctSvcrRef). */
  reference: string;
  bookingDate: string;
  payments: CamtPaymentOut[];
  /** camt.053 only: the deposit as one sum (Btch/NbOfTxs, no TxDtls), its payments left to the camt.054. */
  lumpSum?: boolean;
}

export interface CamtMessageOut {
  messageId: string;
  /** ISO date-time, e.g. 2026-11-02T18:00:00+01:00. */
  createdAt: string;
  entries: CamtEntryOut[];
}

const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@', format: true, indentBy: '  ', suppressEmptyNode: true });

/** Öre as ISO 20022's decimal amount: 1234567 → '12345.67'. */
export function oreToAmount(ore: number): string {
  if (!Number.isSafeInteger(ore) || ore < 0) throw new RangeError(`an amount is whole, non-negative öre, got ${ore}`);
  return `${Math.floor(ore / 100)}.${String(ore % 100).padStart(2, '0')}`;
}

const sek = (ore: number) => ({ '@Ccy': 'SEK', '#text': oreToAmount(ore) });
const entryTotal = (entry: CamtEntryOut) => entry.payments.reduce((sum, p) => sum + p.amountOre, 0);
const bankTransactionCode = { Domn: { Cd: 'PMNT', Fmly: { Cd: 'RCDT', SubFmlyCd: 'DMCT' } } };

function transaction(payment: CamtPaymentOut) {
  const split = payment.references.length > 1;
  return {
    Refs: { AcctSvcrRef: payment.reference, EndToEndId: 'NOTPROVIDED' },
    Amt: sek(payment.amountOre),
    CdtDbtInd: 'CRDT',
    RltdPties: { Dbtr: { Pty: { Nm: payment.payerName } } },
    RmtInf: {
      ...(payment.freeText ? { Ustrd: payment.freeText } : {}),
      ...(payment.references.length > 0
        ? {
            Strd: payment.references.map((r) => ({
              ...(split && r.amountOre !== undefined ? { RfrdDocAmt: { RmtdAmt: sek(r.amountOre) } } : {}),
              CdtrRefInf: { Tp: { CdOrPrtry: { Cd: 'SCOR' } }, Ref: r.ocr },
            })),
          }
        : {}),
    },
  };
}

function entry(e: CamtEntryOut) {
  const total = entryTotal(e);
  return {
    Amt: sek(total),
    CdtDbtInd: 'CRDT',
    Sts: { Cd: 'BOOK' },
    BookgDt: { Dt: e.bookingDate },
    ValDt: { Dt: e.bookingDate },
    AcctSvcrRef: e.reference,
    BkTxCd: bankTransactionCode,
    NtryDtls: {
      Btch: { NbOfTxs: String(e.payments.length), TtlAmt: sek(total) },
      ...(e.lumpSum ? {} : { TxDtls: e.payments.map(transaction) }),
    },
  };
}

function summary(entries: CamtEntryOut[]) {
  const sum = entries.reduce((s, e) => s + entryTotal(e), 0);
  return { TtlNtries: { NbOfNtries: String(entries.length), Sum: oreToAmount(sum), TtlNetNtry: { Amt: oreToAmount(sum), CdtDbtInd: 'CRDT' } } };
}

function document(message: 'camt.054' | 'camt.053', body: object): string {
  const xml = builder.build({ Document: { '@xmlns': `urn:iso:std:iso:20022:tech:xsd:${message}.001.08`, ...body } }) as string;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${xml}`;
}

/** A camt.054.001.08 credit notification for the bankgiro (Acct Othr/Id with scheme BGNR). */
export function writeCamt054(message: CamtMessageOut & { bankgiro: string }): string {
  return document('camt.054', {
    BkToCstmrDbtCdtNtfctn: {
      GrpHdr: { MsgId: message.messageId, CreDtTm: message.createdAt },
      Ntfctn: {
        Id: `${message.messageId}-1`,
        CreDtTm: message.createdAt,
        Acct: { Id: { Othr: { Id: message.bankgiro, SchmeNm: { Prtry: 'BGNR' } } }, Ccy: 'SEK' },
        TxsSummry: summary(message.entries),
        Ntry: message.entries.map(entry),
      },
    },
  });
}

/** A camt.053.001.08 statement of the bank account (IBAN), its closing balance the opening plus its entries. */
export function writeCamt053(message: CamtMessageOut & { iban: string; date: string; openingOre: number }): string {
  const closing = message.openingOre + message.entries.reduce((s, e) => s + entryTotal(e), 0);
  const balance = (code: string, ore: number) => ({ Tp: { CdOrPrtry: { Cd: code } }, Amt: sek(ore), CdtDbtInd: 'CRDT', Dt: { Dt: message.date } });
  return document('camt.053', {
    BkToCstmrStmt: {
      GrpHdr: { MsgId: message.messageId, CreDtTm: message.createdAt },
      Stmt: {
        Id: `${message.iban}-${message.date.replace(/-/g, '')}`,
        CreDtTm: message.createdAt,
        Acct: { Id: { IBAN: message.iban }, Ccy: 'SEK' },
        Bal: [balance('OPBD', message.openingOre), balance('CLBD', closing)],
        TxsSummry: summary(message.entries),
        Ntry: message.entries.map(entry),
      },
    },
  });
}
