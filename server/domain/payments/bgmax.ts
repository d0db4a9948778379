// BgMax, Bankgirot's incoming-payment file (DOMAIN-SE.md §6), for files from before the switch to
// ISO 20022 in 2026. Grammar (§6.1): 01 ( 05 ( (20|21) (22|23|25)* 26? 27? 28? 29? )+ 15 )+ 70.
// Every sum and count is checked: TK15 against its section's TK20 − TK21, TK70 against the file. The
// result is the whole file or only errors, each with its line: nothing partial.
import iconv from 'iconv-lite';
import { isValidBankgiro } from '../billing/giro.ts';
import { readRecord, type BgmaxRecord } from './bgmax-records.ts';
import { ErrorList, fail, type FileResult } from './file-errors.ts';
import { digitGroups, paymentFingerprint, uniqueIdentities, type IncomingPayment, type PaymentReference } from './incoming.ts';
import { looksLikeUtf8, sniffFileKind } from './sniff.ts';

export interface BgmaxExtraReference {
  line: number;
  reference: string;
  referenceCode: number;
  /** TK22 positive or zero, TK23 negative (a credit). */
  amountOre: number;
}

export interface BgmaxPayment {
  line: number;
  /** TK20 a payment, TK21 a deduction (avdrag). */
  kind: 'payment' | 'deduction';
  /** Null when the file says 0000000000 (unknown, e.g. an internet-bank payment). */
  payerBankgiro: string | null;
  reference: string;
  /** 0–5 (§6.2): 2 is a correct OCR, 3 one or more references (then often TK22/23). */
  referenceCode: number;
  /** 1 internet bank, 2 Leverantörsbetalningar, 3 form, 4 Autogiro. */
  channel: number;
  /** Bankgirot's serial for the payment (BGC-löpnummer). */
  serial: string;
  hasImage: boolean;
  deductionCode: number | null;
  /** As written: positive also for a deduction. */
  amountOre: number;
  extraReferences: BgmaxExtraReference[];
  information: string[];
  payerName: string | null;
  payerExtraName: string | null;
  address: string | null;
  postalCode: string | null;
  city: string | null;
  country: string | null;
  countryCode: string | null;
  identityNumber: string | null;
}

export interface BgmaxDeposit {
  line: number;
  receivingBankgiro: string;
  receivingPlusgiro: string | null;
  currency: string;
  bankAccount: string;
  /** The payment date of every payment in the deposit (TK15; TK05 has none). */
  paymentDate: string;
  depositSerial: string;
  amountOre: number;
  count: number;
  payments: BgmaxPayment[];
}

export interface BgmaxFile {
  /** TK01's timestamp, YYYY-MM-DDTHH:MM:SS (Swedish time). */
  writtenAt: string;
  test: boolean;
  deposits: BgmaxDeposit[];
  /** TK70's counts, checked against the file: TK20, TK21, TK22 + TK23, TK15. */
  counts: { payments: number; deductions: number; extraReferences: number; deposits: number };
}

/** Digits to a number of öre, or null when they pass 2^53 (a landlord's amounts never do). */
function amount(digits: string): number | null {
  const n = Number(digits);
  return Number.isSafeInteger(n) ? n : null;
}

/** A bankgiro from a zero-filled field: '0050501055' → '50501055'; null for zeros. */
function giro(digits: string): string | null {
  const d = digits.replace(/^0+/, '');
  return d === '' ? null : d;
}

const orNull = (text: string | undefined) => (text ? text : null);

type State = 'start' | 'file' | 'opened' | 'payment' | 'closed';

/** Which records may follow, for the message of an unexpected one. */
const EXPECTED: Record<State, string> = { start: '01', file: '05, 70', opened: '20, 21', payment: '20–29, 15', closed: '' };

/** The order of a payment's information records: (22|23|25)* then 26? 27? 28? 29?. */
const INFO_LEVEL: Partial<Record<string, number>> = { '22': 0, '23': 0, '25': 0, '26': 1, '27': 2, '28': 3, '29': 4 };

type OpenDeposit = Omit<BgmaxDeposit, 'bankAccount' | 'paymentDate' | 'depositSerial' | 'amountOre' | 'count'> & { damaged: boolean };

/**
 * Reads the records in order, checking the grammar, the sums and the counts. A broken record (its
 * field errors already listed) still moves the grammar on and counts, so one bad line gives one error;
 * the sums of a deposit with a broken record are not checked (they could only repeat it).
 */
class BgmaxReader {
  private state: State = 'start';
  private infoLevel = 0;
  private deposit: OpenDeposit | null = null;
  private payment: BgmaxPayment | null = null;
  private damaged = false;
  private readonly totals = { payments: 0, deductions: 0, extraReferences: 0, deposits: 0 };
  private readonly file: BgmaxFile = { writtenAt: '', test: false, deposits: [], counts: this.totals };

  constructor(private readonly errors: ErrorList) {}

  read(record: BgmaxRecord): void {
    const { code, line, fields: f } = record;
    const unexpected = () => this.errors.add('UNEXPECTED_RECORD', { line }, { record: code, expected: EXPECTED[this.state] });
    if (this.state === 'closed') return this.errors.add('RECORD_AFTER_CLOSING', { line });
    if (record.broken) this.damaged = true;
    if (record.broken && this.deposit) this.deposit.damaged = true;
    switch (code) {
      case '01':
        if (this.state !== 'start') return unexpected();
        if (!record.broken) {
          const t = f.writtenAt!;
          this.file.writtenAt = `${t.slice(0, 4)}-${t.slice(4, 6)}-${t.slice(6, 8)}T${t.slice(8, 10)}:${t.slice(10, 12)}:${t.slice(12, 14)}`;
          this.file.test = f.testMark === 'T';
        }
        this.state = 'file';
        return;
      case '05':
        if (this.state !== 'file') unexpected();
        this.openDeposit(record);
        this.state = 'opened';
        return;
      case '20':
      case '21':
        if (this.state !== 'opened' && this.state !== 'payment') return unexpected();
        this.payment = this.newPayment(record);
        this.deposit?.payments.push(this.payment);
        this.infoLevel = 0;
        this.state = 'payment';
        return;
      case '15':
        if (this.state !== 'payment') unexpected();
        this.closeDeposit(record);
        this.state = 'file';
        return;
      case '70':
        if (this.state !== 'file') unexpected();
        if (!record.broken && !this.damaged) this.closeFile(record);
        this.state = 'closed';
        return;
      default: {
        const level = INFO_LEVEL[code]!;
        if (this.state !== 'payment' || !this.payment || level < this.infoLevel || (level > 0 && level === this.infoLevel)) return unexpected();
        this.infoLevel = level;
        if (code === '22' || code === '23') this.totals.extraReferences += 1;
        if (!record.broken) this.addInformation(this.payment, record);
      }
    }
  }

  private openDeposit({ line, fields: f, broken }: BgmaxRecord): void {
    const bankgiro = broken ? null : giro(f.bankgiro!);
    if (!broken && (!bankgiro || !isValidBankgiro(bankgiro))) this.errors.add('BAD_BANKGIRO', { line }, { field: 'bankgiro', value: f.bankgiro! });
    if (!broken && f.currency !== 'SEK') this.errors.add('CURRENCY_NOT_SEK', { line }, { currency: f.currency! });
    this.deposit = { line, receivingBankgiro: bankgiro ?? '', receivingPlusgiro: giro(f.plusgiro ?? ''), currency: f.currency ?? '', payments: [], damaged: broken };
    this.payment = null;
  }

  private newPayment({ code, line, fields: f, broken }: BgmaxRecord): BgmaxPayment {
    const amountOre = broken ? 0 : amount(f.amount!);
    if (amountOre === null) this.errors.add('AMOUNT_TOO_LARGE', { line }, { field: 'amount', value: f.amount! });
    if (code === '20') this.totals.payments += 1;
    else this.totals.deductions += 1;
    return {
      line, kind: code === '20' ? 'payment' : 'deduction', payerBankgiro: giro(f.payerBankgiro ?? ''), reference: f.reference ?? '',
      referenceCode: Number(f.referenceCode), channel: Number(f.channel), serial: f.serial ?? '', hasImage: f.image === '1',
      deductionCode: code === '21' ? Number(f.deductionCode) : null, amountOre: amountOre ?? 0, extraReferences: [], information: [],
      payerName: null, payerExtraName: null, address: null, postalCode: null, city: null, country: null, countryCode: null, identityNumber: null,
    };
  }

  private addInformation(payment: BgmaxPayment, { code, line, fields: f }: BgmaxRecord): void {
    switch (code) {
      case '22':
      case '23': {
        if (f.serial !== payment.serial && payment.serial !== '') this.errors.add('EXTRA_REFERENCE_SERIAL', { line }, { expected: payment.serial, actual: f.serial! });
        const value = amount(f.amount!) ?? 0;
        payment.extraReferences.push({ line, reference: f.reference!, referenceCode: Number(f.referenceCode), amountOre: code === '23' ? -value : value });
        return;
      }
      case '25': payment.information.push(f.text!); return;
      case '26': payment.payerName = orNull(f.name); payment.payerExtraName = orNull(f.extraName); return;
      case '27': payment.address = orNull(f.address); payment.postalCode = orNull(f.postalCode); return;
      case '28': payment.city = orNull(f.city); payment.country = orNull(f.country); payment.countryCode = orNull(f.countryCode); return;
      case '29': payment.identityNumber = f.identityNumber!.replace(/^0+(?=\d{10}$)/, ''); return;
    }
  }

  private closeDeposit({ line, fields: f, broken }: BgmaxRecord): void {
    const opened = this.deposit;
    this.deposit = null;
    this.payment = null;
    this.totals.deposits += 1;
    if (!opened || broken || opened.damaged) return;
    const stated = amount(f.amount!);
    if (stated === null) this.errors.add('AMOUNT_TOO_LARGE', { line }, { field: 'amount', value: f.amount! });
    const actual = opened.payments.reduce((sum, p) => sum + (p.kind === 'payment' ? p.amountOre : -p.amountOre), 0);
    if (stated !== null && stated !== actual) this.errors.add('DEPOSIT_SUM_MISMATCH', { line }, { statedOre: stated, actualOre: actual });
    if (Number(f.count) !== opened.payments.length) this.errors.add('DEPOSIT_COUNT_MISMATCH', { line }, { stated: Number(f.count), actual: opened.payments.length });
    if (f.currency !== opened.currency) this.errors.add('DEPOSIT_CURRENCY_MISMATCH', { line }, { opening: opened.currency, closing: f.currency! });
    const { damaged: _damaged, ...deposit } = opened;
    this.file.deposits.push({
      ...deposit, bankAccount: f.bankAccount!, paymentDate: f.paymentDate!, depositSerial: f.depositSerial!, amountOre: stated ?? actual, count: Number(f.count),
    });
  }

  private closeFile({ line, fields: f }: BgmaxRecord): void {
    for (const count of ['payments', 'deductions', 'extraReferences', 'deposits'] as const) {
      const stated = Number(f[count]);
      if (stated !== this.totals[count]) this.errors.add('CLOSING_COUNT_MISMATCH', { line }, { count, stated, actual: this.totals[count] });
    }
  }

  finish(lastLine: number): BgmaxFile {
    if (this.deposit) this.errors.add('DEPOSIT_NOT_CLOSED', { line: this.deposit.line });
    if (this.state !== 'closed') this.errors.add('MISSING_CLOSING', { line: lastLine }, { lastLine });
    return this.file;
  }
}

/** Splits on CRLF, LF or CR; trailing empty lines (a final line break) are not records. */
function lines(text: string): string[] {
  const all = text.split(/\r\n|\n|\r/);
  while (all.length > 0 && all[all.length - 1] === '') all.pop();
  return all;
}

/** A BgMax file's deposits and payments, or the reasons it is refused, each with its line. */
export function parseBgmax(bytes: Uint8Array): FileResult<BgmaxFile> {
  const kind = sniffFileKind(bytes);
  if (kind === 'empty') return fail('EMPTY_FILE');
  if (looksLikeUtf8(bytes)) return fail('NOT_LATIN1', { line: 1 });
  if (kind !== 'bgmax') return fail('NOT_BGMAX', { line: 1 }, { looksLike: kind });
  const errors = new ErrorList();
  const reader = new BgmaxReader(errors);
  const all = lines(iconv.decode(bytes, 'latin1'));
  all.forEach((raw, i) => {
    const record = readRecord(raw, i + 1, errors);
    if (record) reader.read(record);
  });
  const file = reader.finish(all.length);
  return errors.empty ? { ok: true, value: file } : errors.result();
}

/**
 * The OCR candidates of a payment (§6.5): its extra references when it has any (refcode 3 and TK22/23,
 * or 0 with extra records), else its own reference when refcode 2 (a checked OCR) or the digit groups
 * of a refcode 3 reference; refcodes 0, 1, 4, 5 without extra references give none (the queue).
 */
export function bgmaxReferences(payment: BgmaxPayment): PaymentReference[] {
  if (payment.extraReferences.length > 0) {
    const own = payment.referenceCode === 2 ? [{ ocr: payment.reference, amountOre: null }] : [];
    return [...own, ...payment.extraReferences.flatMap((extra) => digitGroups(extra.reference).map((ocr) => ({ ocr, amountOre: extra.amountOre === 0 ? null : extra.amountOre })))];
  }
  if (payment.referenceCode === 2) return digitGroups(payment.reference).map((ocr) => ({ ocr, amountOre: null }));
  if (payment.referenceCode === 3) return digitGroups(payment.reference).map((ocr) => ({ ocr, amountOre: null }));
  return [];
}

/**
 * The file's payments in the common shape. Identity (decision 0015, §6.5 rule 6): receiving bankgiro,
 * payment date and deposit serial make the deposit; Bankgirot's serial the payment in it.
 */
export function bgmaxPayments(file: BgmaxFile): IncomingPayment[] {
  return uniqueIdentities(file.deposits.flatMap((deposit) => {
    const entryIdentity = `bgmax:${deposit.receivingBankgiro}:${deposit.paymentDate}:${deposit.depositSerial}`;
    return deposit.payments.map((p): IncomingPayment => {
      const references = p.kind === 'payment' ? bgmaxReferences(p) : [];
      const amountOre = p.kind === 'payment' ? p.amountOre : -p.amountOre;
      const used = new Set(references.map((r) => r.ocr));
      const texts = [p.reference, ...p.extraReferences.map((e) => e.reference)];
      return {
        identity: `${entryIdentity}:${p.serial}`, entryIdentity, fingerprint: paymentFingerprint(deposit.paymentDate, amountOre, references),
        source: 'bgmax', kind: p.kind, amountOre, currency: deposit.currency, bookingDate: deposit.paymentDate, valueDate: null, references,
        otherReferences: texts.filter((text) => text !== '' && !digitGroups(text).some((g) => used.has(g))), freeText: p.information,
        receivingBankgiro: deposit.receivingBankgiro,
        payer: {
          name: p.payerName, identityNumber: p.identityNumber, bankgiro: p.payerBankgiro,
          addressLines: [p.payerExtraName, p.address, [p.postalCode, p.city].filter(Boolean).join(' '), p.country].filter((x): x is string => !!x),
        },
        refusal: null, bankTransactionCode: null, returnReason: null, lumpSum: false, line: p.line,
      };
    });
  }));
}
