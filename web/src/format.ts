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

/** A short "browser, system" for a user agent string, e.g. "Firefox, Windows"; null if unknown. */
export function describeUserAgent(userAgent: string): string | null {
  const browser = /Edg(e|A|iOS)?\//.test(userAgent)
    ? 'Edge'
    : /OPR\/|Opera/.test(userAgent)
      ? 'Opera'
      : /SamsungBrowser\//.test(userAgent)
        ? 'Samsung Internet'
        : /Firefox\/|FxiOS\//.test(userAgent)
          ? 'Firefox'
          : /Chrome\/|CriOS\/|Chromium\//.test(userAgent)
            ? 'Chrome'
            : /Safari\//.test(userAgent)
              ? 'Safari'
              : null;
  const system = /iPhone|iPad|iPod/.test(userAgent)
    ? 'iOS'
    : /Android/.test(userAgent)
      ? 'Android'
      : /Windows/.test(userAgent)
        ? 'Windows'
        : /Mac OS X|Macintosh/.test(userAgent)
          ? 'macOS'
          : /CrOS/.test(userAgent)
            ? 'ChromeOS'
            : /Linux/.test(userAgent)
              ? 'Linux'
              : null;
  if (browser && system) return `${browser}, ${system}`;
  return browser ?? system;
}
