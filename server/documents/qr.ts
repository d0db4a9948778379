// The payment QR code as modules, for the PDF (filled rectangles) and for the web's invoice page (one SVG
// path the server sends). Byte mode and error correction M, as DOMAIN-SE.md §5.1 asks; the payload is
// ASCII (non-ASCII escaped as \uXXXX), so no ECI segment is needed.
import QRCode from 'qrcode';

/** Modules of the quiet zone on each side (the QR standard's minimum). */
export const QUIET_ZONE = 4;

export interface QrModules {
  /** Modules a side, without the quiet zone. */
  size: number;
  isDark(x: number, y: number): boolean;
}

/** The last payloads' codes: an invoice's page and its PDF are usually asked for one after the other. */
const recent = new Map<string, QrModules>();
const RECENT = 200;

export function qrModules(text: string): QrModules {
  let qr = recent.get(text);
  if (!qr) {
    const { modules } = QRCode.create([{ data: new TextEncoder().encode(text), mode: 'byte' }], { errorCorrectionLevel: 'M' });
    qr = { size: modules.size, isDark: (x, y) => modules.get(y, x) === 1 };
    if (recent.size >= RECENT) recent.delete(recent.keys().next().value!);
    recent.set(text, qr);
  }
  return qr;
}

/** Each row's runs of dark modules, left to right: the few rectangles both drawings are made of. */
export function qrRuns(qr: QrModules): { x: number; y: number; length: number }[] {
  const runs: { x: number; y: number; length: number }[] = [];
  for (let y = 0; y < qr.size; y++) {
    let x = 0;
    while (x < qr.size) {
      if (!qr.isDark(x, y)) { x++; continue; }
      const start = x;
      while (x < qr.size && qr.isDark(x, y)) x++;
      runs.push({ x: start, y, length: x - start });
    }
  }
  return runs;
}

/**
 * One SVG path of the dark modules in a `0 0 size size` viewBox (`size` includes the quiet zone of 4 on
 * each side): `<svg viewBox="0 0 {size} {size}"><path d="{path}"/></svg>`, one `M x y h{n} v1 h-{n}z`
 * per run of dark modules in a row.
 */
export function qrSvgPath(text: string): { size: number; path: string } {
  const qr = qrModules(text);
  const path = qrRuns(qr).map((r) => `M${r.x + QUIET_ZONE} ${r.y + QUIET_ZONE}h${r.length}v1h-${r.length}z`).join('');
  return { size: qr.size + 2 * QUIET_ZONE, path };
}
