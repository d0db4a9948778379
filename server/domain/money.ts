// Amounts as people type them, for edit fields: "1 450,50", "1450.5", "1 450 kr" → integer öre, and
// back. Swedish uses a comma for decimals and a space (often a no-break space) between thousands;
// a point is taken as the decimal sign too when there is no comma. No floating point: the digits are
// read as text.

const SPACES = /[\s\u00a0\u202f]/g;

/**
 * Kronor with at most two decimals → öre; null when the text is not such an amount (empty, letters,
 * three decimals, a minus sign unless `negative`).
 */
export function parseKronor(text: string, options: { negative?: boolean } = {}): number | null {
  let s = text.replace(SPACES, '').replace(/(kr|:-)$/i, '');
  let sign = 1;
  if (s.startsWith('-') || s.startsWith('\u2212')) {
    if (!options.negative) return null;
    sign = -1;
    s = s.slice(1);
  }
  const m = /^(\d+)(?:[,.](\d{1,2}))?$/.exec(s);
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

/** Öre as an edit field shows it in Swedish: 145050 → "1450,50", 100 → "1,00". */
export function kronorInput(ore: number): string {
  const sign = ore < 0 ? '-' : '';
  const abs = Math.abs(ore);
  return `${sign}${Math.floor(abs / 100)},${String(abs % 100).padStart(2, '0')}`;
}
