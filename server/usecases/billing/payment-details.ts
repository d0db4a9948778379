// What a payer needs, computed once for the invoice page and the PDF: the bankgiro as printed, the
// UsingQR payload (the QR code a bank app scans) and the OCR line. A credit note has none of them.
import { formatBankgiro, ocrLine, usingQrPayload } from '../../domain/billing/index.ts';
import { formatIdentityNumber } from '../../domain/identity.ts';

interface Landlord { name: string; orgNumber: string; bankgiro: string }
interface Payable { kind: 'rent' | 'one_off' | 'credit'; number: number; ocr: string | null; issueDate: string; dueDate: string; vatOre: number }

export function bankgiroOf(landlord: Landlord | null): string {
  return landlord ? formatBankgiro(landlord.bankgiro) : '';
}

/** The UsingQR JSON for paying `amountOre` of the invoice (what is left of it on the page, its total on the PDF). */
export function paymentQrPayload(landlord: Landlord, invoice: Payable, amountOre: number): string {
  return usingQrPayload({
    payeeName: landlord.name, orgNumber: formatIdentityNumber(landlord.orgNumber), countryCode: 'SE',
    invoiceNumber: invoice.number, ocr: invoice.ocr, amountOre, issueDate: invoice.issueDate, dueDate: invoice.dueDate,
    vatOre: invoice.vatOre, giro: landlord.bankgiro, giroType: 'BG',
  });
}

export function paymentOcrLine(landlord: Landlord, invoice: Payable & { ocr: string }, amountOre: number): string {
  return ocrLine({ ocr: invoice.ocr, amountOre, giro: landlord.bankgiro });
}
