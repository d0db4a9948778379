// The OCR line (betalningsrad) printed in OCR-B at the foot of an avi (DOMAIN-SE.md §4):
//   # <OCR, right-aligned in 25> #<kronor, right-aligned in 8> <öre, 2>   <check> > <giro, right-aligned in 23> #<type>#
// 79 characters including four trailing spaces (jacob22/accounting's layout, from Nordea's "OCR
// Total-IN"). The check digit is Luhn over kronor‖öre; document type 41 is the one printed on
// bankgiro slips (UNVERIFIED in a Bankgirot document, §4 and §12).
import { luhnCheckDigit } from './luhn.ts';
import { bankgiroDigits } from './giro.ts';

export const OCR_LINE_LENGTH = 79;

export interface OcrLineInput {
  ocr: string;
  /** The amount to pay, in öre, 0 or more. */
  amountOre: number;
  /** Bankgiro (or plusgiro) number, digits with or without dash or spaces. */
  giro: string;
  /** Two-digit document type between the last pair of '#'. Default '41'. */
  documentType?: string;
}

/** The amount's check digit: Luhn over the kronor digits followed by the two öre digits. */
export function amountCheckDigit(amountOre: number): number {
  const kronor = Math.floor(amountOre / 100);
  const ore = amountOre - kronor * 100;
  return luhnCheckDigit(`${kronor}${String(ore).padStart(2, '0')}`);
}

export function ocrLine({ ocr, amountOre, giro, documentType = '41' }: OcrLineInput): string {
  if (!/^\d{2,25}$/.test(ocr)) throw new RangeError(`An OCR reference has 2–25 digits, got "${ocr}"`);
  if (!Number.isSafeInteger(amountOre) || amountOre < 0 || amountOre >= 100_000_000_00) {
    throw new RangeError(`An OCR line's amount is 0 to 99 999 999,99 kr in öre, got ${amountOre}`);
  }
  const account = bankgiroDigits(giro);
  if (!/^\d{2,8}$/.test(account)) throw new RangeError(`A giro number has 2 to 8 digits, got "${giro}"`);
  if (!/^\d{2}$/.test(documentType)) throw new RangeError(`A document type is two digits, got "${documentType}"`);
  const kronor = Math.floor(amountOre / 100);
  const ore = String(amountOre - kronor * 100).padStart(2, '0');
  return `# ${ocr.padStart(25)} #${String(kronor).padStart(8)} ${ore}   ${amountCheckDigit(amountOre)} > ${account.padStart(23)} #${documentType}#    `;
}
