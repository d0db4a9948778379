import { describe, expect, it } from 'vitest';
import QRCode from 'qrcode';
import { QUIET_ZONE, qrModules, qrRuns, qrSvgPath } from '../../server/documents/qr.ts';
import { exampleInvoice } from '../../server/documents/example.ts';

// DOMAIN-SE.md §5.1's example payload
const payload = '{"uqr":1,"tp":1,"nme":"Fastighets AB Exempel","cc":"SE","cid":"556677-8808","iref":"20250400114","idt":"20250315","ddt":"20250331","due":31250,"vat":6250,"pt":"BG","acc":"5050-1055"}';

/** The dark cells an SVG path of `M x y h{n} v1 h-{n}z` runs paints, as "x,y". */
function paintedBy(path: string): Set<string> {
  const cells = new Set<string>();
  const runs = [...path.matchAll(/M(\d+) (\d+)h(\d+)v1h-(\d+)z/g)];
  expect(runs.map((m) => m[0]).join('')).toBe(path); // nothing else in the path
  for (const m of runs) {
    expect(m[3]).toBe(m[4]);
    for (let i = 0; i < Number(m[3]); i++) cells.add(`${Number(m[1]) + i},${m[2]}`);
  }
  return cells;
}

describe('payment QR code', () => {
  it('is the byte-mode, level M QR code of the payload, module for module', () => {
    const reference = QRCode.create([{ data: new TextEncoder().encode(payload), mode: 'byte' }], { errorCorrectionLevel: 'M' });
    expect(reference.segments.map((s) => s.mode.id)).toEqual(['Byte']);
    const qr = qrModules(payload);
    expect(qr.size).toBe(reference.modules.size);
    for (let y = 0; y < qr.size; y++) for (let x = 0; x < qr.size; x++) expect(qr.isDark(x, y)).toBe(reference.modules.get(y, x) === 1);
    // finder patterns in three corners: dark corner modules, light separators
    for (const [x, y] of [[0, 0], [qr.size - 1, 0], [0, qr.size - 1]] as const) expect(qr.isDark(x, y)).toBe(true);
    expect(qr.isDark(7, 7)).toBe(false);
  });

  it('gives one SVG path that paints exactly the dark modules, inside a quiet zone of 4', () => {
    const qr = qrModules(payload);
    const { size, path } = qrSvgPath(payload);
    expect(size).toBe(qr.size + 2 * QUIET_ZONE);
    expect(path.length).toBeGreaterThan(0);
    const painted = paintedBy(path);
    const dark = new Set<string>();
    for (let y = 0; y < qr.size; y++) for (let x = 0; x < qr.size; x++) if (qr.isDark(x, y)) dark.add(`${x + QUIET_ZONE},${y + QUIET_ZONE}`);
    expect(painted).toEqual(dark);
    for (const cell of painted) {
      const [x, y] = cell.split(',').map(Number) as [number, number];
      expect(Math.min(x, y)).toBeGreaterThanOrEqual(QUIET_ZONE);
      expect(Math.max(x, y)).toBeLessThan(size - QUIET_ZONE);
    }
    expect(qrRuns(qr).reduce((n, r) => n + r.length, 0)).toBe(dark.size);
  });

  it('is the same for the same payload and differs for another', () => {
    expect(qrSvgPath(payload)).toEqual(qrSvgPath(payload));
    expect(qrSvgPath(exampleInvoice.invoice.qrPayload!).path).not.toBe(qrSvgPath(payload).path);
  });
});
