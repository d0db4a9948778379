import type { Language } from './i18n';

const moneyFormats = new Map<Language, Intl.NumberFormat>();

/** Money is integer öre in the API; shown in kronor with the language's conventions. */
export function formatMoney(ore: number, lang: Language): string {
  let format = moneyFormats.get(lang);
  if (format === undefined) {
    format = new Intl.NumberFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', { style: 'currency', currency: 'SEK' });
    moneyFormats.set(lang, format);
  }
  return format.format(ore / 100);
}

// Swedish conventions (YYYY-MM-DD HH:MM) read fine in English too and keep tables aligned.
const timestampFormat = new Intl.DateTimeFormat('sv-SE', { dateStyle: 'short', timeStyle: 'short' });

export function formatTimestamp(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : timestampFormat.format(date);
}

export function formatNumber(value: number, lang: Language): string {
  return value.toLocaleString(lang === 'sv' ? 'sv-SE' : 'en-GB');
}
