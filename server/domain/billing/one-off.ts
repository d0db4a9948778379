// One-off invoices (fakturor: a key, a repair the tenant pays): their rows and their due date.
// A row is a description, a quantity and a net amount a unit in öre at 0 % or 25 % VAT; its net is
// quantity × unit, its VAT rounded once per row (DOMAIN-SE.md §7.3, half away from zero). The due date
// is 30 days after the issue date, moved forward to a banking day (§7.2: weekends, public holidays and
// midsommar-, jul- and nyårsafton are not).
import { addDays } from './calendar.ts';
import { isBankingDay } from './holidays.ts';
import { vatOre, type VatRatePercent } from './vat.ts';
import { formatKronor } from '../money.ts';

export const ONE_OFF_DUE_DAYS = 30;

/** The date itself when it is a banking day, else the next one. */
export function firstBankingDayFrom(iso: string): string {
  let day = iso;
  while (!isBankingDay(day)) day = addDays(day, 1);
  return day;
}

/** A one-off invoice's default due date: 30 days from issue, on a banking day. */
export function oneOffDueDate(issueDate: string, days = ONE_OFF_DUE_DAYS): string {
  return firstBankingDayFrom(addDays(issueDate, days));
}

export interface OneOffRowInput {
  description: string;
  /** Whole units, 1 when absent. */
  quantity?: number | null;
  /** Excluding VAT, a unit, in öre. */
  unitNetOre: number;
  vatRatePercent: VatRatePercent;
}

export interface OneOffRow {
  kind: 'one_off';
  description: string;
  netOre: number;
  vatRatePercent: VatRatePercent;
  vatOre: number;
}

/**
 * The rows as booked. Invoice rows have no quantity of their own, so a quantity above one is written
 * into the description ("Extra nyckel, 2 st à 450,00 kr"), which is what the avi prints.
 */
export function oneOffRows(rows: OneOffRowInput[]): OneOffRow[] {
  return rows.map((row) => {
    const quantity = row.quantity ?? 1;
    if (!Number.isSafeInteger(quantity) || quantity < 1) throw new RangeError(`A quantity is a positive integer, got ${quantity}`);
    if (!Number.isSafeInteger(row.unitNetOre)) throw new RangeError(`An amount is whole öre, got ${row.unitNetOre}`);
    const netOre = quantity * row.unitNetOre;
    if (!Number.isSafeInteger(netOre)) throw new RangeError(`A row's amount is too large: ${quantity} × ${row.unitNetOre}`);
    const description = quantity === 1 ? row.description : `${row.description}, ${quantity} st à ${formatKronor(row.unitNetOre)} kr`;
    return { kind: 'one_off', description, netOre, vatRatePercent: row.vatRatePercent, vatOre: vatOre(netOre, row.vatRatePercent) };
  });
}
