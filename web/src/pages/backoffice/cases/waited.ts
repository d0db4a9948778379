import type { Language } from '../../../i18n';

const formats = new Map<string, Intl.NumberFormat>();
const UNITS: [string, number][] = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/** How long a case has waited, e.g. "3 dagar" / "3 days" (whole units, at least a minute). */
export function formatWaited(iso: string, lang: Language, now = Date.now()): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return '';
  const elapsed = Math.max(0, now - time);
  const [unit, size] = UNITS.find(([, ms]) => elapsed >= ms) ?? ['minute', 60_000];
  const key = `${lang}-${unit}`;
  let format = formats.get(key);
  if (format === undefined) {
    format = new Intl.NumberFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', { style: 'unit', unit, unitDisplay: 'long' });
    formats.set(key, format);
  }
  return format.format(Math.max(1, Math.floor(elapsed / size)));
}
