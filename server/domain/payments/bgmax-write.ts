// Writing a BgMax file (DOMAIN-SE.md §6.2), Latin-1 with CRLF, the way Bankgirot sent Bankgiro
// Inbetalningar before the switch: per deposit a TK05, each payment a TK20 (its OCR right-aligned with
// reference code 2, or several OCRs as TK22 records under reference code 3) with its payer's name in a
// TK26, and a TK15 with the deposit's sum and count; the TK70 counts the file. For the tests and the
// benchmark: what parseBgmax reads, it writes, and every sum it checks holds.
import iconv from 'iconv-lite';

export interface BgmaxPaymentOut {
  /** Bankgirot's serial for the payment (BGC-löpnummer), up to 12 digits. */
  serial: string;
  amountOre: number;
  /** One OCR (TK20 with reference code 2) or several (TK22 records, reference code 3). */
  ocrs: string[];
  payerName?: string;
}

export interface BgmaxDepositOut {
  /** The receiving bankgiro, digits. */
  bankgiro: string;
  /** The deposit's payment date, YYYY-MM-DD. */
  paymentDate: string;
  /** Insättningslöpnummer, up to 5 digits. */
  depositSerial: string;
  /** Clearing and account number, digits. */
  bankAccount: string;
  payments: BgmaxPaymentOut[];
}

export interface BgmaxFileOut {
  /** TK01's timestamp, YYYY-MM-DDTHH:MM:SS. */
  writtenAt: string;
  test?: boolean;
  deposits: BgmaxDepositOut[];
}

const zeros = (value: string | number, width: number) => {
  const text = String(value);
  if (!/^\d+$/.test(text) || text.length > width) throw new RangeError(`${width} digits at most, got "${text}"`);
  return text.padStart(width, '0');
};
const left = (text: string, width: number) => text.slice(0, width).padEnd(width, ' ');
const right = (text: string, width: number) => text.slice(0, width).padStart(width, ' ');
const record = (text: string) => text.padEnd(80, ' ');

function amount(ore: number): string {
  if (!Number.isSafeInteger(ore) || ore < 0) throw new RangeError(`an amount is whole, non-negative öre, got ${ore}`);
  return zeros(ore, 18);
}

/** A TK20 or TK22 record: payer bankgiro unknown, reference, amount, reference code, channel 1, serial, no image. */
function paymentRecord(code: '20' | '22', reference: string, amountOre: number, referenceCode: 2 | 3, serial: string): string {
  return record(`${code}${zeros(0, 10)}${right(reference, 25)}${amount(amountOre)}${referenceCode}1${zeros(serial, 12)}0`);
}

/** The file's bytes: Latin-1, CRLF after every record. */
export function writeBgmax(file: BgmaxFileOut): Uint8Array {
  const lines: string[] = [];
  const stamp = file.writtenAt.replace(/\D/g, '').padEnd(20, '0');
  lines.push(record(`01${left('BGMAX', 20)}01${zeros(stamp, 20)}${file.test ? 'T' : 'P'}`));
  let payments = 0;
  let extraReferences = 0;
  for (const deposit of file.deposits) {
    lines.push(record(`05${zeros(deposit.bankgiro, 10)}${' '.repeat(10)}SEK`));
    for (const p of deposit.payments) {
      if (p.ocrs.length === 1) lines.push(paymentRecord('20', p.ocrs[0]!, p.amountOre, 2, p.serial));
      else {
        lines.push(paymentRecord('20', p.ocrs.join(' '), p.amountOre, 3, p.serial));
        for (const ocr of p.ocrs) lines.push(paymentRecord('22', ocr, 0, 2, p.serial));
        extraReferences += p.ocrs.length;
      }
      if (p.payerName) lines.push(record(`26${left(p.payerName, 35)}`));
    }
    payments += deposit.payments.length;
    const sum = deposit.payments.reduce((s, p) => s + p.amountOre, 0);
    lines.push(record(`15${zeros(deposit.bankAccount, 35)}${deposit.paymentDate.replace(/-/g, '')}${zeros(deposit.depositSerial, 5)}${amount(sum)}SEK${zeros(deposit.payments.length, 8)} `));
  }
  lines.push(record(`70${zeros(payments, 8)}${zeros(0, 8)}${zeros(extraReferences, 8)}${zeros(file.deposits.length, 8)}`));
  return iconv.encode(`${lines.join('\r\n')}\r\n`, 'latin1');
}
