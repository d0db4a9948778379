import type { TFunction } from 'i18next';
import type { Language } from '../../../i18n';
import type { RegisterRentRow } from '@api';
import { objectName } from '../../../format';

/** A lease's objects by name and street, as the register lists them: "Lokal 1001, Utlandagatan 6; Förråd F-01, Utlandagatan 6". */
export function objectsText(objects: readonly { type: Parameters<typeof objectName>[0]['type']; number: string; street: string }[], t: TFunction): string {
  return objects.map((o) => `${objectName(o, t)}, ${o.street}`).join('; ');
}

/** A rent row's validity in words: "Hela avtalstiden", "Från 2026-04-01", "2026-04-01–2026-12-31". */
export function validityText(row: Pick<RegisterRentRow, 'validFrom' | 'validTo'>, t: TFunction): string {
  if (row.validFrom && row.validTo) return t('backoffice.lease.validity.between', { from: row.validFrom, to: row.validTo });
  if (row.validFrom) return t('backoffice.lease.validity.from', { from: row.validFrom });
  if (row.validTo) return t('backoffice.lease.validity.to', { to: row.validTo });
  return t('backoffice.lease.validity.always');
}

/** A lease's period inside a sentence: "2026-04-01–2026-12-31", "från 2021-04-01 tills vidare". */
export function periodText(lease: { startDate: string; endDate: string | null }, t: TFunction): string {
  return lease.endDate
    ? t('backoffice.leaseForm.periodBetween', { from: lease.startDate, to: lease.endDate })
    : t('backoffice.leaseForm.periodOpen', { from: lease.startDate });
}

/** A KPI value with its two published decimals: "356,40" (sv), "356.40" (en). */
export function formatKpi(value: number, lang: Language): string {
  return value.toLocaleString(lang === 'sv' ? 'sv-SE' : 'en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}
