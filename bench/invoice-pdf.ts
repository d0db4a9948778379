// Issue 10's PDF figure: one avi rendered to a PDF, median under 10 ms and p99 under 30 ms once the fonts
// are loaded. Renders the example avi 500 times after a warm-up, then 500 different avier (another
// number, OCR, amounts and QR code each time), so that no cache sees only one invoice.
import { renderInvoicePdf } from '../server/documents/invoice-pdf.ts';
import { exampleInvoice } from '../server/documents/example.ts';
import type { InvoiceDocument } from '../server/documents/invoice-document.ts';

const RENDERS = 500;

function variant(i: number): InvoiceDocument {
  const inv = exampleInvoice.invoice;
  const rows = inv.rows.map((r, k) => ({ ...r, netOre: r.netOre + i * 100 + k, vatOre: Math.round((r.netOre + i * 100 + k) / 4) }));
  const netOre = rows.reduce((s, r) => s + r.netOre, 0);
  const vatOre = rows.reduce((s, r) => s + r.vatOre, 0);
  // Only the rendering is measured: the OCR and amount check digits are not worked out here.
  const ocr = `26${String(410001 + i).padStart(9, '0')}`;
  const kronor = Math.floor((netOre + vatOre) / 100);
  return {
    ...exampleInvoice,
    invoice: {
      ...inv, rows, netOre, vatOre, totalOre: netOre + vatOre, vatByRate: [{ ratePercent: 25, netOre, vatOre }],
      number: `2026-${String(1000 + i).padStart(6, '0')}`, ocr,
      ocrLine: `# ${ocr.padStart(25)} #${String(kronor).padStart(8)} ${String((netOre + vatOre) % 100).padStart(2, '0')}   ${i % 10} > ${'50501055'.padStart(23)} #41#    `,
      qrPayload: inv.qrPayload!.replace('26041000113', ocr).replace('122728.13', ((netOre + vatOre) / 100).toFixed(2)),
    },
  };
}

interface Timings { median: number; p99: number; cpuMedian: number; size: number }

/** Wall-clock time, and the process's CPU time (which other processes on a shared machine disturb less). */
async function timings(documents: (i: number) => InvoiceDocument): Promise<Timings> {
  const ms: number[] = [];
  const cpu: number[] = [];
  let size = 0;
  for (let i = 0; i < RENDERS; i++) {
    const doc = documents(i);
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    size = (await renderInvoicePdf(doc)).length;
    ms.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  ms.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  return { median: ms[Math.floor(RENDERS / 2)]!, p99: ms[Math.ceil(RENDERS * 0.99) - 1]!, cpuMedian: cpu[Math.floor(RENDERS / 2)]!, size };
}

export async function benchInvoicePdf(): Promise<string[]> {
  const t0 = performance.now();
  await renderInvoicePdf(exampleInvoice); // loads and parses the fonts
  const first = performance.now() - t0;
  for (let i = 0; i < 50; i++) await renderInvoicePdf(variant(10_000 + i)); // warm-up
  const same = await timings(() => exampleInvoice);
  const different = await timings(variant);
  const row = (name: string, r: Timings) =>
    `${name.padEnd(44)} median ${r.median.toFixed(2).padStart(6)} ms  p99 ${r.p99.toFixed(2).padStart(6)} ms  (goal: median < 10, p99 < 30; CPU median ${r.cpuMedian.toFixed(2)} ms; ${(r.size / 1024).toFixed(0)} KiB)`;
  return [
    `avi PDF, first render (fonts loaded)         ${first.toFixed(0)} ms`,
    row(`avi PDF, the example × ${RENDERS}`, same),
    row(`avi PDF, ${RENDERS} different avier`, different),
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const line of await benchInvoicePdf()) console.log(line);
}
