// The payment QR code's payload in the UsingQR (UQR) format (DOMAIN-SE.md §5.1, Visma's format
// revision 2): compact JSON, `uqr` and `tp` first, then the keys in the order of §5.1's examples.
// Dates YYYYMMDD; amounts in kronor as JSON numbers with '.' and at most two decimals (138001.8);
// the OCR number as `iref`; a bankgiro as `acc` "5050-1055". Non-ASCII is escaped as \uXXXX so the
// QR's bytes are pure ASCII: the qrcode package cannot emit the ECI 26 (UTF-8) segment.
import { formatBankgiro, formatPlusgiro } from './giro.ts';

export interface UsingQrInput {
  payeeName: string;
  /** The landlord's organisationsnummer, e.g. "556677-8808" (`cid`, mandatory for an invoice). */
  orgNumber?: string;
  invoiceNumber: string | number;
  /** The OCR reference; the invoice number stands in when there is none. */
  ocr: string | null;
  amountOre: number;
  dueDate: string;
  giro: string;
  giroType: 'BG' | 'PG';
  issueDate?: string;
  /** Total VAT in öre (`vat`, optional). */
  vatOre?: number;
  /** ISO 3166-1 alpha-2 of the payee (`cc`), e.g. 'SE'. */
  countryCode?: string;
}

/** Öre as a JSON number of kronor: 13800180 → 138001.8, 3125000 → 31250 (exact: an integer / 100 prints its shortest decimal). */
export function kronorNumber(amountOre: number): number {
  if (!Number.isSafeInteger(amountOre)) throw new RangeError(`An amount is whole öre, got ${amountOre}`);
  return amountOre / 100;
}

function compactDate(iso: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) throw new RangeError(`Not an ISO date: "${iso}"`);
  return iso.replace(/-/g, '');
}

/** JSON with every character outside printable ASCII written as \uXXXX. */
export function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function usingQrPayload(input: UsingQrInput): string {
  const payload: Record<string, string | number> = { uqr: 1, tp: 1, nme: input.payeeName };
  if (input.countryCode) payload.cc = input.countryCode;
  if (input.orgNumber) payload.cid = input.orgNumber;
  payload.iref = input.ocr ?? String(input.invoiceNumber);
  if (input.issueDate) payload.idt = compactDate(input.issueDate);
  payload.ddt = compactDate(input.dueDate);
  payload.due = kronorNumber(input.amountOre);
  if (input.vatOre !== undefined) payload.vat = kronorNumber(input.vatOre);
  payload.pt = input.giroType;
  payload.acc = input.giroType === 'BG' ? formatBankgiro(input.giro) : formatPlusgiro(input.giro);
  return asciiJson(payload);
}
