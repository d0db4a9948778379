import type { TFunction } from 'i18next';
import type { Language } from '../../../i18n';
import type { PeriodTitle } from '@api';
import { periodTitle } from '@domain/billing/periods';

export type PeriodKind = 'month' | 'quarter';
type Title = NonNullable<PeriodTitle>;

/** A month or a quarter as the invoice run names it: '2026-04' or '2026-Q2'. */
export function periodKey(title: Title): string {
  return title.kind === 'month' ? `${String(title.year)}-${String(title.month).padStart(2, '0')}` : `${String(title.year)}-Q${String(title.quarter)}`;
}

const monthFormats = new Map<Language, Intl.DateTimeFormat>();

function monthName(month: number, lang: Language): string {
  let format = monthFormats.get(lang);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', { month: 'long', timeZone: 'UTC' });
    monthFormats.set(lang, format);
  }
  return format.format(Date.UTC(2000, month - 1, 1));
}

/**
 * A period by its name: "April 2026", "Kvartal 2 2026" as a heading or a choice; inside a sentence
 * (`inText`) "april 2026", "kvartal 2 2026" in Swedish. A key that is not a period is shown as it is.
 */
export function periodLabel(period: Title | string, t: TFunction, lang: Language, inText = false): string {
  const title = typeof period === 'string' ? periodTitle(period) : period;
  if (title === null) return typeof period === 'string' ? period : '';
  if (title.kind === 'quarter') {
    return t(inText ? 'periodTitle.quarterInText' : 'periodTitle.quarter', { quarter: title.quarter, year: title.year });
  }
  const name = monthName(title.month, lang);
  const month = inText ? name : name.charAt(0).toLocaleUpperCase(lang) + name.slice(1);
  return t('periodTitle.month', { month, year: title.year });
}

/** The year and month of a date 'YYYY-MM-DD' (the server's today in Sweden, where the landlord's periods are). */
export function monthOf(date: string): { year: number; month: number } {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)) };
}

/** How many periods back and ahead of the current one the form offers. */
export const PERIOD_RANGE: Record<PeriodKind, { back: number; ahead: number }> = {
  month: { back: 12, ahead: 12 },
  quarter: { back: 4, ahead: 6 },
};

/**
 * The months or quarters the form offers, oldest first, around the current one, and the one chosen
 * at first: the coming period (rent is invoiced in advance).
 */
export function periodChoices(kind: PeriodKind, today: { year: number; month: number }): { choices: Title[]; coming: Title } {
  const { back, ahead } = PERIOD_RANGE[kind];
  const size = kind === 'month' ? 1 : 3;
  // Count in periods since year 0: months, or quarters.
  const current = kind === 'month' ? today.year * 12 + (today.month - 1) : today.year * 4 + Math.floor((today.month - 1) / size);
  const perYear = kind === 'month' ? 12 : 4;
  const at = (n: number): Title => {
    const year = Math.floor(n / perYear);
    const index = (n % perYear) + 1;
    return kind === 'month' ? { kind, year, month: index } : { kind, year, quarter: index };
  };
  const choices: Title[] = [];
  for (let n = current - back; n <= current + ahead; n++) choices.push(at(n));
  return { choices, coming: at(current + 1) };
}
