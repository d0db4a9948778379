// Drawing helpers shared by the invoice PDF's parts. Positions are millimetres from the page's top left.
import type PDFDocument from 'pdfkit';

export type Doc = InstanceType<typeof PDFDocument>;
export const mm = (v: number) => (v * 72) / 25.4;
/** The text column's left and right edges on A4 (210 mm). */
export const LEFT = 20;
export const RIGHT = 190;

/** Text whose right edge is at xRight (mm), top at y (mm), in the current font. */
export function right(pdf: Doc, text: string, xRight: number, y: number): void {
  pdf.text(text, mm(xRight) - pdf.widthOfString(text), mm(y), { lineBreak: false });
}

/** A small grey label and its value under it; returns the y below both. */
export function labelled(pdf: Doc, label: string, value: string, x: number, y: number, size = 10): number {
  pdf.font('regular').fontSize(7.5).fillColor('#444444').text(label, mm(x), mm(y), { lineBreak: false });
  pdf.font('bold').fontSize(size).fillColor('black').text(value, mm(x), mm(y + 3.2), { lineBreak: false });
  return y + 3.2 + size * 0.42;
}
