// The lower part of the invoice's last page: the payment box (amount, due date, bankgiro, OCR and the
// payment QR code as vectors) and the OCR line in the reading zone; a credit note's box instead.
import type { InvoiceDocument } from './invoice-document.ts';
import type { InvoiceTexts } from './invoice-texts.ts';
import { labelled, LEFT, mm, RIGHT, type Doc } from './pdf-layout.ts';
import { QUIET_ZONE, qrModules, qrRuns } from './qr.ts';

/** The payment box's top (mm): the rows and totals end above it. */
export const PAYMENT_TOP = 214;
const BOX_BOTTOM = 264;
const QR_SIDE = 38;

/**
 * The OCR line (DOMAIN-SE.md §4): OCR-B 10 pt at a pitch of 2.54 mm (1/10 inch) a column, the columns
 * counted from the right so that column 1 ends at the right edge of the sheet, the baseline 1/3 inch
 * (8.47 mm) above the bottom edge. Nothing else is printed below READING_ZONE_TOP, so a scanner or a
 * bank app sees only the line there.
 */
export const OCR_LINE = { fontSize: 10, pitchMm: 2.54, baselineFromBottomMm: 8.47 } as const;
export const READING_ZONE_TOP = 297 - 25;

export function drawPaymentBox(pdf: Doc, doc: InvoiceDocument, t: InvoiceTexts, money: (ore: number) => string): void {
  const inv = doc.invoice;
  pdf.roundedRect(mm(LEFT), mm(PAYMENT_TOP), mm(RIGHT - LEFT), mm(BOX_BOTTOM - PAYMENT_TOP), mm(2)).lineWidth(0.8).stroke();
  const top = PAYMENT_TOP + 4;
  labelled(pdf, t.toPay, money(inv.totalOre), LEFT + 5, top, 15);
  labelled(pdf, t.dueDate, inv.dueDate, LEFT + 5, top + 14, 12);
  labelled(pdf, t.bankgiro, doc.landlord.bankgiro, LEFT + 62, top, 12);
  if (inv.ocr) {
    labelled(pdf, t.ocr, inv.ocr, LEFT + 62, top + 14, 12);
    pdf.font('regular').fontSize(8).text(t.useOcr, mm(LEFT + 5), mm(top + 28), { lineBreak: false });
  }
  pdf.font('regular').fontSize(7.5).fillColor('#444444')
    .text(t.lateInterest, mm(LEFT + 5), mm(top + 32.5), { width: mm(118) }).fillColor('black');
  if (inv.qrPayload) drawQr(pdf, inv.qrPayload, t.scan, RIGHT - 4 - QR_SIDE, PAYMENT_TOP + 1);
  if (inv.ocrLine) drawOcrLine(pdf, inv.ocrLine);
}

export function drawCreditBox(pdf: Doc, doc: InvoiceDocument, t: InvoiceTexts, money: (ore: number) => string): void {
  pdf.roundedRect(mm(LEFT), mm(PAYMENT_TOP), mm(RIGHT - LEFT), mm(22), mm(2)).lineWidth(0.8).stroke();
  labelled(pdf, t.creditTotal, money(doc.invoice.totalOre), LEFT + 5, PAYMENT_TOP + 4, 15);
  pdf.font('regular').fontSize(8.5).text(t.creditNoPayment, mm(LEFT + 62), mm(PAYMENT_TOP + 7), { width: mm(100) });
}

/** The QR code as filled rectangles (one path, one fill), quiet zone included in the square; caption below. */
function drawQr(pdf: Doc, payload: string, caption: string, x: number, y: number): void {
  const qr = qrModules(payload);
  const module = mm(QR_SIDE) / (qr.size + 2 * QUIET_ZONE);
  // In module units, so each rectangle is a few small integers in the content stream.
  pdf.save().translate(mm(x) + QUIET_ZONE * module, mm(y) + QUIET_ZONE * module).scale(module);
  for (const run of qrRuns(qr)) pdf.rect(run.x, run.y, run.length, 1);
  pdf.fillColor('black').fill().restore();
  pdf.font('regular').fontSize(7.5);
  const w = pdf.widthOfString(caption);
  pdf.text(caption, mm(x + QR_SIDE / 2) - w / 2, mm(y + QR_SIDE - 0.5), { lineBreak: false });
}

function drawOcrLine(pdf: Doc, line: string): void {
  // A scanner reads only these characters, and no more than 79 columns fit the sheet.
  if (!/^[0-9 #>]{1,79}$/.test(line)) throw new Error(`Not an OCR line of at most 79 columns: ${JSON.stringify(line)}`);
  pdf.font('ocrb').fontSize(OCR_LINE.fontSize);
  const pitch = mm(OCR_LINE.pitchMm);
  // OCR-B's advance is 0.723 em (2.55 mm at 10 pt): the character spacing brings it to exactly 1/10 inch.
  const characterSpacing = pitch - pdf.widthOfString('0');
  const x = pdf.page.width - line.length * pitch;
  const y = pdf.page.height - mm(OCR_LINE.baselineFromBottomMm);
  pdf.fillColor('black').text(line, x, y, { lineBreak: false, characterSpacing, baseline: 'alphabetic' });
}
