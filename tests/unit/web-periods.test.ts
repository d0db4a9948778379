import i18next, { type TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { en } from '../../web/src/i18n/en/index.ts';
import { sv } from '../../web/src/i18n/sv/index.ts';
import { svStaff } from '../../web/src/i18n/sv/staff/index.ts';
import { enStaff } from '../../web/src/i18n/en/staff/index.ts';
import { compose } from '../../web/src/i18n/compose.ts';
import { periodChoices, periodKey, periodLabel, monthOf } from '../../web/src/pages/backoffice/billing/periods.ts';

const i18n = i18next.createInstance();
await i18n.init({ lng: 'sv', resources: { sv: { translation: compose(sv, svStaff) }, en: { translation: compose(en, enStaff) } }, interpolation: { escapeValue: false }, initAsync: false, showSupportNotice: false });
const tSv = i18n.getFixedT('sv') as TFunction;
const tEn = i18n.getFixedT('en') as TFunction;

describe('the invoice run form’s periods', () => {
  it('names a month and a quarter as a heading and in a sentence, in Swedish and English', () => {
    expect(periodLabel('2026-04', tSv, 'sv')).toBe('April 2026');
    expect(periodLabel('2026-04', tSv, 'sv', true)).toBe('april 2026');
    expect(periodLabel('2026-Q2', tSv, 'sv')).toBe('Kvartal 2 2026');
    expect(periodLabel('2026-Q2', tSv, 'sv', true)).toBe('kvartal 2 2026');
    expect(periodLabel({ kind: 'month', year: 2026, month: 12 }, tEn, 'en')).toBe('December 2026');
    expect(periodLabel('2026-12', tEn, 'en', true)).toBe('December 2026');
    expect(periodLabel('2026-Q4', tEn, 'en')).toBe('Quarter 4 2026');
    expect(periodLabel('not a period', tSv, 'sv')).toBe('not a period');
  });

  it('offers the months a year back and ahead, and chooses the coming one, across the new year', () => {
    const { choices, coming } = periodChoices('month', { year: 2026, month: 12 });
    expect(choices).toHaveLength(25);
    expect(periodKey(choices[0]!)).toBe('2025-12');
    expect(periodKey(choices[12]!)).toBe('2026-12');
    expect(periodKey(choices[24]!)).toBe('2027-12');
    expect(periodKey(coming)).toBe('2027-01');
  });

  it('offers quarters around the current one and chooses the next quarter', () => {
    const { choices, coming } = periodChoices('quarter', { year: 2026, month: 11 });
    expect(choices.map(periodKey)).toEqual(['2025-Q4', '2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4', '2027-Q1', '2027-Q2', '2027-Q3', '2027-Q4', '2028-Q1', '2028-Q2']);
    expect(periodKey(coming)).toBe('2027-Q1');
    expect(periodKey(periodChoices('quarter', { year: 2026, month: 1 }).coming)).toBe('2026-Q2');
  });

  it('takes the year and month of the server’s date in Sweden', () => {
    expect(monthOf('2027-01-01')).toEqual({ year: 2027, month: 1 });
    expect(monthOf('2026-12-31')).toEqual({ year: 2026, month: 12 });
  });
});
