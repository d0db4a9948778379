import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { renderInvoicePdf } from '../../server/documents/invoice-pdf.ts';
import { exampleCreditNote, exampleInvoice } from '../../server/documents/example.ts';
import type { InvoiceDocument } from '../../server/documents/invoice-document.ts';

// Read back with poppler (pdftotext, pdftohtml, pdffonts, pdfimages, pdfinfo), as a viewer or a bank app would.
const dir = mkdtempSync(path.join(tmpdir(), 'invoice-pdf-'));
let files = 0;
function saved(pdf: Buffer): string {
  const file = path.join(dir, `${++files}.pdf`);
  writeFileSync(file, pdf);
  return file;
}
const run = (tool: string, ...args: string[]) => execFileSync(tool, args, { encoding: 'utf8' });
/** The page's text, no-break spaces as spaces. */
const text = (file: string, ...args: string[]) => run('pdftotext', '-layout', ...args, file, '-').replace(/\u00a0/g, ' ');

interface Placed { top: number; left: number; width: number; height: number; font: string; size: number; text: string }
/** Every text run with its font and position in points (pdftohtml -xml at zoom 1). */
function placedText(file: string): Placed[] {
  const xml = run('pdftohtml', '-xml', '-stdout', '-i', '-q', '-zoom', '1', file);
  const fonts = new Map([...xml.matchAll(/<fontspec id="(\d+)" size="([\d.]+)" family="([^"]+)"/g)].map((m) => [m[1]!, { family: m[3]!, size: Number(m[2]) }]));
  return [...xml.matchAll(/<text top="([\d.]+)" left="([\d.]+)" width="([\d.]+)" height="([\d.]+)" font="(\d+)">(.*?)<\/text>/g)].map((m) => ({
    top: Number(m[1]), left: Number(m[2]), width: Number(m[3]), height: Number(m[4]),
    font: fonts.get(m[5]!)!.family, size: fonts.get(m[5]!)!.size,
    text: m[6]!.replace(/<[^>]+>/g, '').replace(/&gt;/g, '>').replace(/&lt;/g, '<').replace(/&amp;/g, '&').replace(/&#160;/g, '\u00a0'),
  }));
}

const A4 = { width: 595.28, height: 841.89 };
const mm = (v: number) => (v * 72) / 25.4;
const example = saved(await renderInvoicePdf(exampleInvoice));

describe('the invoice PDF (avi)', () => {
  it('holds the landlord, the customer, the invoice, its rows and the payment details', () => {
    const page = text(example);
    for (const s of [
      'Hyresavi', 'Fakturanummer', '2026-000412', 'Fakturadatum', '2026-03-02',
      'Fastighets AB Exempel', 'Org.nr 556677-8808', 'Momsreg.nr SE556677880801', 'Godkänd för F-skatt',
      'Café Lunden AB', 'Utlandagatan 6', '412 61 Göteborg', 'Kundens org.nr 559123-4561',
      'Avtal', '100101', 'Lokal 1001, Utlandagatan 6', 'Kvartal 2 2026 (2026-04-01 – 2026-06-30)',
      'Grundhyra lokal', '85 500,00 kr', '21 375,00 kr', 'Värme', '3 562,50 kr', '890,63 kr',
      'Summa exkl. moms', '98 182,50 kr', 'Moms 25 % (på 98 182,50 kr)', '24 545,63 kr',
      'Att betala', '122 728,13 kr', 'Förfallodag', '2026-03-31', 'Bankgiro', '5050-1055', 'OCR-nummer', '26041000113',
      'Skanna med din bankapp',
    ]) expect(page).toContain(s);
  });

  it('prints the OCR line exactly as given, in OCR-B 10 pt, columns of 2.54 mm ending at the right edge, at the bottom', () => {
    const line = exampleInvoice.invoice.ocrLine!;
    expect(line).toHaveLength(79);
    const placed = placedText(example);
    const ocr = placed.filter((t) => t.font.includes('OCRB'));
    expect(ocr).toHaveLength(1);
    expect(ocr[0]!.text).toBe(line);
    expect(ocr[0]!.size).toBe(10);
    // 79 columns of 1/10 inch (7.2 pt), column 1 ending at the sheet's right edge
    expect(ocr[0]!.width).toBeCloseTo(79 * 7.2, 0);
    expect(ocr[0]!.left + ocr[0]!.width).toBeCloseTo(A4.width, 0);
    // in the reading zone, the bottom 25 mm, where nothing else is printed
    expect(ocr[0]!.top).toBeGreaterThan(A4.height - mm(25));
    expect(ocr[0]!.top + ocr[0]!.height).toBeLessThan(A4.height - mm(5));
    expect(placed.filter((t) => t !== ocr[0] && t.top + t.height > A4.height - mm(25))).toEqual([]);
    // and a fixed-pitch reading at 7.2 pt a column gives back the line as §4 spaces it
    const bottom = text(example, '-fixed', '7.2', '-x', '0', '-y', String(Math.floor(A4.height - mm(25))), '-W', '596', '-H', String(Math.ceil(mm(25))));
    expect(bottom.split('\n').filter((l) => l.trim())).toEqual([`    ${line.trimEnd()}`]);
  });

  it('refuses an OCR line a scanner could not read, and truncates an over-long object list rather than running off the page', async () => {
    for (const ocrLine of ['# 123 # 12 00 5 > 5050-1055 #41#', `${'#'.repeat(80)}`, '']) {
      await expect(renderInvoicePdf({ ...exampleInvoice, invoice: { ...exampleInvoice.invoice, ocrLine: ocrLine || ' \n' } })).rejects.toThrow(/Not an OCR line/);
    }
    const objects = Array.from({ length: 12 }, (_, i) => `Lokal ${1001 + i}, Utlandagatan 6`).join('; ');
    const placed = placedText(saved(await renderInvoicePdf({ ...exampleInvoice, invoice: { ...exampleInvoice.invoice, objects } })));
    const shown = placed.find((t) => t.text.startsWith('Lokal 1001'))!;
    expect(shown.text).toMatch(/…$/);
    expect(shown.left + shown.width).toBeLessThanOrEqual(mm(190) + 1);
  });

  it('embeds its fonts (a subset of each), OCR-B among them, and draws the QR code as vectors, not an image', () => {
    const fonts = run('pdffonts', example).split('\n').slice(2).filter(Boolean);
    expect(fonts.map((l) => l.split(/\s+/)[0]!.replace(/^[A-Z]{6}\+/, '')).sort()).toEqual(['DejaVuSans', 'DejaVuSans-Bold', 'OCRB-Regular']);
    for (const l of fonts) expect(l).toMatch(/\s+yes\s+yes\s+yes\s+\d+\s+0$/); // emb, sub, uni
    expect(run('pdfimages', '-list', example).split('\n').slice(2).filter(Boolean)).toEqual([]);
  });

  it('is the same bytes on every render, in another time zone and locale too', async () => {
    const again = await renderInvoicePdf(exampleInvoice);
    const first = await renderInvoicePdf(structuredClone(exampleInvoice));
    expect(again.equals(first)).toBe(true);
    const hash = createHash('sha256').update(again).digest('hex');
    const elsewhere = execFileSync(path.resolve('node_modules/.bin/tsx'), ['tests/support/render-example.ts'], {
      encoding: 'utf8', env: { ...process.env, TZ: 'Pacific/Kiritimati', LANG: 'en_US.UTF-8', LC_ALL: 'en_US.UTF-8' },
    });
    expect(elsewhere).toBe(hash);
    const info = run('pdfinfo', '-isodates', example);
    expect(info).toMatch(/CreationDate:\s+2026-03-02T00:00:00Z/);
    expect(info).toMatch(/Title:\s+Hyresavi 2026-000412/);
    expect(info).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/);
  }, 30_000);

  it('a credit note says so, names the invoice it credits, shows negative amounts and carries no payment details', async () => {
    const file = saved(await renderInvoicePdf(exampleCreditNote));
    const page = text(file);
    expect(page).toContain('Kreditfaktura');
    expect(page).toMatch(/Krediterar faktura\s+2026-000412/);
    expect(page).toContain('\u2212122 728,13 kr');
    expect(page).toContain('\u221285 500,00 kr');
    expect(page).toContain('Kreditfakturan ska inte betalas.');
    for (const absent of ['Bankgiro', '5050-1055', 'OCR', '26041000113', 'Förfallodag', '#41#', 'Skanna']) expect(page).not.toContain(absent);
    expect(run('pdffonts', file)).not.toContain('OCRB');
    expect(placedText(file).filter((t) => t.top > A4.height - mm(25))).toEqual([]);
  });

  it('speaks English when the customer does', async () => {
    const page = text(saved(await renderInvoicePdf({ ...exampleInvoice, language: 'en' })));
    for (const s of ['Rent notice', 'Invoice number', 'VAT reg. no. SE556677880801', 'Approved for F-tax', "Customer's org. no. 559123-4561",
      'Lease', 'Amount excl. VAT', 'VAT 25% (on SEK 98,182.50)', 'Amount to pay', 'SEK 122,728.13', 'Due date', 'OCR reference', 'Scan with your bank app']) {
      expect(page).toContain(s);
    }
    for (const s of ['Hyresavi', 'Att betala', 'Förfallodag', 'Skanna']) expect(page).not.toContain(s);
    const credit = text(saved(await renderInvoicePdf({ ...exampleCreditNote, language: 'en' })));
    expect(credit).toContain('Credit note');
    expect(credit).toContain('-SEK 122,728.13');
  });

  it("draws the landlord's logo and goes on to a second page when the rows do not fit on one", async () => {
    const logo = await sharp({ create: { width: 200, height: 60, channels: 3, background: '#1d4e89' } }).png().toBuffer();
    const rows = Array.from({ length: 40 }, (_, i) => ({ description: `Rad ${i + 1}`, periodFrom: '2026-04-01', periodTo: '2026-06-30', netOre: 1_000_00, vatRatePercent: 25, vatOre: 250_00 }));
    const many: InvoiceDocument = {
      ...exampleInvoice,
      landlord: { ...exampleInvoice.landlord, logo },
      invoice: { ...exampleInvoice.invoice, rows, vatByRate: [{ ratePercent: 25, netOre: 40_000_00, vatOre: 10_000_00 }], netOre: 40_000_00, vatOre: 10_000_00, totalOre: 50_000_00 },
    };
    const file = saved(await renderInvoicePdf(many));
    expect(run('pdfinfo', file)).toMatch(/Pages:\s+2/);
    expect(run('pdfimages', '-list', file).split('\n').slice(2).filter(Boolean)).toHaveLength(1);
    const first = text(file, '-f', '1', '-l', '1');
    const second = text(file, '-f', '2', '-l', '2');
    expect(first).toContain('Sida 1 av 2');
    expect(first).toContain('Rad 1 ');
    expect(first).not.toContain('Att betala');
    expect(second).toContain('Rad 40');
    expect(second).toContain('Att betala');
    expect(second).toContain('50 000,00 kr');
    expect(second).toContain('#41#');
    expect((await renderInvoicePdf(many)).equals(await renderInvoicePdf(many))).toBe(true);
  });
});
