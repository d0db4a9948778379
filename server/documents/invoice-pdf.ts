// The invoice PDF (A4): a hyresavi, a faktura or a kreditfaktura, from an InvoiceDocument computed
// beforehand. Positions are in millimetres from the top left corner of the page. The same input gives
// the same bytes on any machine: fonts from the repository, dates from the invoice, no random file ID.
// See docs/decisions/0013-invoice-pdf.md.
import PDFDocument from 'pdfkit';
import type { InvoiceDocument, InvoiceDocumentRow } from './invoice-document.ts';
import { invoiceFonts } from './fonts.ts';
import { formatMoney, formatPercent, invoiceTexts, type InvoiceTexts } from './invoice-texts.ts';
import { drawCreditBox, drawPaymentBox, PAYMENT_TOP } from './invoice-pdf-payment.ts';
import { LEFT, mm, right, RIGHT, type Doc } from './pdf-layout.ts';


/** Where the rows table starts on the first page and on the pages after it, and how low it may go. */
const TABLE_TOP_FIRST = 100;
const TABLE_TOP_NEXT = 30;
const TABLE_BOTTOM = 262;
const ROW_GAP = 1.6;
const cols = { description: LEFT, period: 82, netRight: 145, rateRight: 162, vatRight: RIGHT };

export async function renderInvoicePdf(doc: InvoiceDocument): Promise<Buffer> {
  const t = invoiceTexts[doc.language];
  const { regular, bold, ocrB } = invoiceFonts();
  const issued = new Date(`${doc.invoice.issueDate}T00:00:00Z`);
  if (Number.isNaN(issued.getTime())) throw new Error(`Invalid issue date: ${doc.invoice.issueDate}`);
  const title = t.title[doc.invoice.kind];
  const pdf: Doc = new PDFDocument({
    size: 'A4',
    margin: 0,
    pdfVersion: '1.7',
    lang: doc.language === 'sv' ? 'sv-SE' : 'en-GB',
    displayTitle: true,
    // No default Helvetica: every font is ours and embedded. Fixed dates make the file ID (an MD5 of
    // the info) and the info dictionary the same on every render.
    font: null as unknown as string,
    info: {
      Title: `${title} ${doc.invoice.number}`,
      Author: doc.landlord.name,
      Creator: 'Hyresportal',
      Producer: 'Hyresportal (PDFKit)',
      CreationDate: issued,
      ModDate: issued,
    },
  });
  // pdfkit takes a parsed fontkit font as it is (its types only list files and buffers).
  pdf.registerFont('regular', regular as unknown as Buffer);
  pdf.registerFont('bold', bold as unknown as Buffer);
  pdf.registerFont('ocrb', ocrB as unknown as Buffer);

  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });

  const sign = doc.invoice.kind === 'credit' ? (ore: number) => -Math.abs(ore) : (ore: number) => ore;
  const money = (ore: number) => formatMoney(sign(ore), doc.language);
  const pages = paginate(pdf, doc.invoice.rows, doc.invoice.vatByRate.length);

  pages.forEach((rows, index) => {
    if (index > 0) pdf.addPage({ size: 'A4', margin: 0 });
    if (pages.length > 1) {
      pdf.font('regular').fontSize(7.5);
      right(pdf, t.page(index + 1, pages.length), RIGHT, 8);
    }
    if (index === 0) {
      drawLandlord(pdf, doc, t);
      drawHeading(pdf, doc, t, title);
      drawCustomer(pdf, doc, t);
      drawReferences(pdf, doc, t);
    } else {
      pdf.font('bold').fontSize(12).text(`${title} ${doc.invoice.number}`, mm(LEFT), mm(15), { lineBreak: false });
    }
    const y = drawRows(pdf, doc.language, t, rows, money, index === 0 ? TABLE_TOP_FIRST : TABLE_TOP_NEXT);
    if (index === pages.length - 1) {
      drawTotals(pdf, doc, t, money, y + 2);
      if (doc.invoice.kind === 'credit') drawCreditBox(pdf, doc, t, money);
      else drawPaymentBox(pdf, doc, t, money);
    }
  });
  pdf.end();
  return done;
}

function drawLandlord(pdf: Doc, doc: InvoiceDocument, t: InvoiceTexts): void {
  const l = doc.landlord;
  let y = 15;
  if (l.logo) {
    pdf.image(l.logo, mm(LEFT), mm(y), { fit: [mm(50), mm(18)] });
    y += 21;
  }
  pdf.font('bold').fontSize(11).text(l.name, mm(LEFT), mm(y), { lineBreak: false });
  y += 5;
  pdf.font('regular').fontSize(9);
  for (const line of [l.street, `${l.postalCode} ${l.city}`]) {
    pdf.text(line, mm(LEFT), mm(y), { lineBreak: false });
    y += 4;
  }
  y += 1;
  pdf.fontSize(8);
  const lines = [
    `${t.orgNumber} ${l.orgNumber}`,
    `${t.vatNumber} ${l.vatNumber}`,
    ...(l.fTax ? [t.fTax] : []),
    ...[l.phone, l.email, l.website].filter((v): v is string => !!v),
  ];
  for (const line of lines) {
    pdf.text(line, mm(LEFT), mm(y), { lineBreak: false });
    y += 3.6;
  }
}

function drawHeading(pdf: Doc, doc: InvoiceDocument, t: InvoiceTexts, title: string): void {
  const x = 118;
  pdf.font('bold').fontSize(18).text(title, mm(x), mm(14), { lineBreak: false });
  const pairs: [string, string][] = [[t.number, doc.invoice.number], [t.date, doc.invoice.issueDate]];
  if (doc.invoice.creditsNumber) pairs.push([t.credits, doc.invoice.creditsNumber]);
  let y = 24;
  for (const [label, value] of pairs) {
    pdf.font('regular').fontSize(9).text(label, mm(x), mm(y), { lineBreak: false });
    pdf.font('bold').text(value, mm(x + 36), mm(y), { lineBreak: false });
    y += 4.5;
  }
}

/** The address where a right-hand window envelope (C5 or C4, window about 118-198 × 45-75 mm) shows it. */
function drawCustomer(pdf: Doc, doc: InvoiceDocument, t: InvoiceTexts): void {
  const c = doc.customer;
  const x = 118;
  pdf.font('bold').fontSize(10).text(c.name, mm(x), mm(48), { width: mm(75), lineBreak: false });
  pdf.font('regular').fontSize(10);
  pdf.text(c.street, mm(x), mm(53), { lineBreak: false });
  pdf.text(`${c.postalCode} ${c.city}`, mm(x), mm(58), { lineBreak: false });
  pdf.fontSize(8).text(`${t.customerNumber} ${c.identityNumber}`, mm(x), mm(66), { lineBreak: false });
}

function drawReferences(pdf: Doc, doc: InvoiceDocument, t: InvoiceTexts): void {
  const inv = doc.invoice;
  const period = [inv.periodLabel, span(inv.periodFrom, inv.periodTo)].filter(Boolean);
  const pairs: [string, string][] = [];
  if (inv.leaseNumber) pairs.push([t.lease, inv.leaseNumber]);
  if (inv.objects) pairs.push([t.objects, inv.objects]);
  if (period.length > 0) pairs.push([t.period, period.length === 2 ? `${period[0]} (${period[1]})` : period[0]!]);
  let y = 80;
  for (const [label, value] of pairs) {
    pdf.font('regular').fontSize(9).text(label, mm(LEFT), mm(y), { lineBreak: false });
    pdf.font('bold').text(value, mm(LEFT + 22), mm(y), { width: mm(RIGHT - LEFT - 22), height: mm(4), ellipsis: true });
    y += 4.5;
  }
  if (inv.text) pdf.font('regular').fontSize(9).text(inv.text, mm(LEFT), mm(y + 0.5), { width: mm(RIGHT - LEFT), height: mm(TABLE_TOP_FIRST - y - 3), ellipsis: true });
}

function span(from: string | null | undefined, to: string | null | undefined): string | null {
  if (from && to) return `${from} – ${to}`;
  return from ?? to ?? null;
}

function rowHeight(pdf: Doc, row: InvoiceDocumentRow): number {
  pdf.font('regular').fontSize(8.5);
  const text = pdf.heightOfString(row.description, { width: mm(cols.period - cols.description - 2) });
  return (text * 25.4) / 72 + ROW_GAP;
}

/** Rows per page: the totals (one line a VAT rate, two more) and the payment box go on the last page. */
function paginate(pdf: Doc, rows: InvoiceDocumentRow[], rates: number): InvoiceDocumentRow[][] {
  const totalsHeight = 6 + (rates + 2) * 5;
  const pages: InvoiceDocumentRow[][] = [[]];
  let y = TABLE_TOP_FIRST + 6;
  rows.forEach((row, i) => {
    const h = rowHeight(pdf, row);
    const last = i === rows.length - 1;
    const limit = last ? PAYMENT_TOP - totalsHeight : TABLE_BOTTOM;
    if (y + h > limit && pages[pages.length - 1]!.length > 0) {
      pages.push([]);
      y = TABLE_TOP_NEXT + 6;
    }
    pages[pages.length - 1]!.push(row);
    y += h;
  });
  if (y > PAYMENT_TOP - totalsHeight) pages.push([]);
  return pages;
}

function drawRows(pdf: Doc, language: InvoiceDocument['language'], t: InvoiceTexts, rows: InvoiceDocumentRow[], money: (ore: number) => string, top: number): number {
  if (rows.length === 0) return top;
  pdf.font('bold').fontSize(8);
  pdf.text(t.description, mm(cols.description), mm(top), { lineBreak: false });
  pdf.text(t.period, mm(cols.period), mm(top), { lineBreak: false });
  right(pdf, t.net, cols.netRight, top);
  right(pdf, t.vatRate, cols.rateRight, top);
  right(pdf, t.vat, cols.vatRight, top);
  pdf.moveTo(mm(LEFT), mm(top + 4.2)).lineTo(mm(RIGHT), mm(top + 4.2)).lineWidth(0.6).stroke();
  let y = top + 6;
  for (const row of rows) {
    const h = rowHeight(pdf, row);
    pdf.text(row.description, mm(cols.description), mm(y), { width: mm(cols.period - cols.description - 2) });
    pdf.fontSize(8);
    const period = span(row.periodFrom, row.periodTo);
    if (period) pdf.text(period, mm(cols.period), mm(y + 0.2), { lineBreak: false });
    pdf.fontSize(8.5);
    right(pdf, money(row.netOre), cols.netRight, y);
    right(pdf, formatPercent(row.vatRatePercent, language), cols.rateRight, y);
    right(pdf, money(row.vatOre), cols.vatRight, y);
    y += h;
  }
  pdf.moveTo(mm(LEFT), mm(y)).lineTo(mm(RIGHT), mm(y)).lineWidth(0.3).stroke();
  return y;
}

function drawTotals(pdf: Doc, doc: InvoiceDocument, t: InvoiceTexts, money: (ore: number) => string, top: number): void {
  const x = 108;
  let y = top;
  const line = (label: string, value: string, strong = false) => {
    pdf.font(strong ? 'bold' : 'regular').fontSize(strong ? 11 : 9);
    pdf.text(label, mm(x), mm(y), { lineBreak: false });
    right(pdf, value, RIGHT, y);
    y += strong ? 6 : 4.6;
  };
  line(t.netTotal, money(doc.invoice.netOre));
  for (const r of doc.invoice.vatByRate) line(t.vatAt(formatPercent(r.ratePercent, doc.language), money(r.netOre)), money(r.vatOre));
  pdf.moveTo(mm(x), mm(y)).lineTo(mm(RIGHT), mm(y)).lineWidth(0.6).stroke();
  y += 1.5;
  line(doc.invoice.kind === 'credit' ? t.creditTotal : t.toPay, money(doc.invoice.totalOre), true);
}
