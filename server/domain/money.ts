// Amounts as people type them, for edit fields: "1 450,50", "1450.5", "1 450 kr" → integer öre, and
// back; one module for the server's texts and every form of the web (imported as @domain/money). Swedish uses a comma for decimals and a space (often a no-break space) between thousands;
// a point is taken as the decimal sign too when there is no comma. No floating point: the digits are
// read as text.

const SPACES = /[\s\u00a0\u202f]/g;

/**
 * Kronor with at most two decimals → öre; null when the text is not such an amount (empty, letters,
 * three decimals, a minus sign unless `negative`).
 */
export function parseKronor(text: string, options: { negative?: boolean } = {}): number | null {
  let s = text.replace(SPACES, '').replace(/(kr\.?|:-)$/i, '');
  let sign = 1;
  if (s.startsWith('-') || s.startsWith('\u2212')) {
    if (!options.negative) return null;
    sign = -1;
    s = s.slice(1);
  }
  const m = /^(\d{1,13})(?:[,.](\d{1,2}))?$/.exec(s);
  if (!m) return null;
  const ore = Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
  return Number.isSafeInteger(ore) ? sign * ore : null;
}

/**
 * A decimal number as typed, "346,44" or "346.44", with at most `decimals` decimals; null when it is
 * not one. For KPI values and the like (not money).
 */
export function parseDecimal(text: string, decimals: number): number | null {
  const s = text.replace(SPACES, '');
  const m = /^(\d+)(?:[,.](\d+))?$/.exec(s);
  if (!m || (m[2] ?? '').length > decimals) return null;
  return Number(`${m[1]}.${m[2] ?? '0'}`);
}

/** Öre as Swedish kronor with two decimals and a space between thousands: 123456789 → "1 234 567,89". */
export function formatKronor(ore: number): string {
  const sign = ore < 0 ? '-' : '';
  const abs = Math.abs(ore);
  const kronor = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  return `${sign}${kronor},${String(abs % 100).padStart(2, '0')}`;
}

/**
 * Öre as an edit field shows it, for parseKronor to read back: in Swedish 145050 → "1 450,50", in
 * English "1450.50" (no thousands separator, which English would write as a comma).
 */
export function kronorInput(ore: number, lang: 'sv' | 'en' = 'sv'): string {
  return lang === 'sv' ? formatKronor(ore) : (ore / 100).toFixed(2);
}
