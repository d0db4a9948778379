import type { TFunction } from 'i18next';
import type { Language } from './i18n';
import type { LeaseObject, LeaseSummary, ObjectType } from '@api';

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

const dateFormat = new Intl.DateTimeFormat('sv-SE', { dateStyle: 'short' });

/** The calendar date of a timestamp (YYYY-MM-DD), for lists where the time of day is noise. */
export function formatDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateFormat.format(date);
}

const relativeFormats = new Map<Language, Intl.RelativeTimeFormat>();
const RELATIVE_UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/** How long ago a timestamp was, e.g. "för 3 dagar sedan" / "3 days ago"; '' if it is not a time. */
export function formatRelative(iso: string, lang: Language, now = Date.now()): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return '';
  let format = relativeFormats.get(lang);
  if (format === undefined) {
    format = new Intl.RelativeTimeFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', { numeric: 'always' });
    relativeFormats.set(lang, format);
  }
  const elapsed = Math.max(0, now - time);
  for (const [unit, size] of RELATIVE_UNITS) {
    if (elapsed >= size) return format.format(-Math.floor(elapsed / size), unit);
  }
  return format.format(-1, 'minute'); // "just now" reads oddly as a waiting time
}

const sizeFormats = new Map<string, Intl.NumberFormat>();

/**
 * A file size as people read it, e.g. "2,4 MB" / "2.4 MB", "340 kB", "512 B". Units of 1,024, as
 * the 10 MB upload limit is counted; a no-break space keeps number and unit together.
 */
export function formatFileSize(bytes: number, lang: Language): string {
  const [value, unit, digits] =
    bytes < 1024 ? [bytes, 'B', 0] : bytes < 1024 * 1024 ? [Math.max(1, bytes / 1024), 'kB', 0] : [bytes / (1024 * 1024), 'MB', 1];
  const key = `${lang}-${String(digits)}`;
  let format = sizeFormats.get(key);
  if (format === undefined) {
    format = new Intl.NumberFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', { maximumFractionDigits: digits });
    sizeFormats.set(key, format);
  }
  return `${format.format(value)}\u00a0${unit}`;
}

/** A rental object by what it is, the same words in the portal and the back office: "Lokal 1001". */
export function objectName(object: { type: ObjectType; number: string }, t: TFunction): string {
  return t('glossary.objectName', { type: t(`objectType.${object.type}`), number: object.number });
}

const OBJECT_ORDER: readonly ObjectType[] = ['premises', 'apartment', 'parking', 'storage'];

/** The object a lease is about: premises or an apartment before the parking or storage that come with it. */
export function mainObject<O extends Pick<LeaseObject, 'type' | 'number'>>(objects: readonly O[]): O | undefined {
  return [...objects].sort((a, b) => OBJECT_ORDER.indexOf(a.type) - OBJECT_ORDER.indexOf(b.type) || a.number.localeCompare(b.number, 'sv'))[0];
}

/** A lease by its number and what it rents: "100101 · Lokal 1001, Utlandagatan 6" (the number alone without objects). */
export function leaseName(lease: Pick<LeaseSummary, 'number'> & { objects: readonly Pick<LeaseObject, 'type' | 'number' | 'street'>[] }, t: TFunction): string {
  const main = mainObject(lease.objects);
  if (main === undefined) return lease.number;
  return t('glossary.leaseName', { number: lease.number, object: objectName(main, t), street: main.street });
}
