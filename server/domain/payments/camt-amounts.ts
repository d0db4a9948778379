// Amounts, dates and the control sums of ISO 20022 camt messages (DOMAIN-SE.md §6.9): the checks a
// notification or statement must pass before anything in it is booked. Amounts become integer öre
// from their text, never through floating point.
import { isIsoDate } from '../billing/calendar.ts';
import { all, attribute, first, textOf, type XmlValue } from './camt-xml.ts';
import type { ErrorList } from './file-errors.ts';

/** ISO's decimal amount (up to 5 decimals) to öre; null when it is not one or has a fraction of an öre. */
export function amountToOre(text: string): number | null {
  const m = /^(\d{1,18})(?:\.(\d{1,5}))?$/.exec(text);
  if (!m) return null;
  const decimals = (m[2] ?? '').padEnd(5, '0');
  if (decimals.slice(2) !== '000') return null;
  const ore = Number(m[1]) * 100 + Number(decimals.slice(0, 2));
  return Number.isSafeInteger(ore) ? ore : null;
}

/** The date of an ISODate or of an ISODateTime's date part: '2026-03-28', '2026-03-28T09:00:00+01:00'. */
export function isoDateOf(text: string): string | null {
  const date = text.slice(0, 10);
  return isIsoDate(date) && (text.length === 10 || text[10] === 'T') ? date : null;
}

export interface Amount {
  ore: number;
  currency: string;
}

/** An Amt element with its Ccy: both required and well formed, or an error at its path. */
export function readAmount(node: XmlValue | undefined, path: string, errors: ErrorList): Amount | null {
  if (node === undefined) {
    errors.add('MISSING_ELEMENT', { path });
    return null;
  }
  const text = textOf(node) ?? '';
  const ore = amountToOre(text);
  const currency = attribute(node, 'Ccy');
  if (ore === null) errors.add('BAD_VALUE', { path }, { value: text, expected: 'amount' });
  if (!currency || !/^[A-Z]{3}$/.test(currency)) errors.add('BAD_VALUE', { path: `${path}/@Ccy` }, { value: currency ?? '', expected: 'currency' });
  return ore === null || !currency ? null : { ore, currency };
}

/** What the checks need of each entry. */
export interface EntryTotals {
  ore: number;
  credit: boolean;
  reversal: boolean;
  booked: boolean;
}

function signed(entries: EntryTotals[], flipReversals: boolean): number {
  return entries.reduce((sum, e) => sum + ((e.credit !== (flipReversals && e.reversal)) ? e.ore : -e.ore), 0);
}

function statedSigned(amountText: string | undefined, indicator: string | undefined): number | null {
  const ore = amountText === undefined ? null : amountToOre(amountText);
  if (ore === null) return null;
  return indicator === 'DBIT' ? -ore : ore;
}

/**
 * TxsSummry where present: the number of entries and their unsigned sum (TtlNtries), the net with its
 * sign (TtlNetNtryAmt in 001.02, TtlNetNtry/Amt later), and the credit and debit totals. Some banks
 * count a reversed credit (RvslInd) as a debit in these sums, the ISO reading counts it by its
 * CdtDbtInd: either reading is accepted (FFFS's sample needs the first).
 */
export function checkSummary(report: XmlValue, path: string, entries: EntryTotals[], errors: ErrorList): void {
  const summary = first(report, 'TxsSummry');
  if (summary === undefined) return;
  const at = `${path}/TxsSummry`;
  const total = first(summary, 'TtlNtries');
  if (total !== undefined) {
    for (const m of mismatches(total, `${at}/TtlNtries`, entries)) errors.add(m.code, { path: m.path }, m.params);
    const net = first(total, 'TtlNetNtry');
    const stated = net !== undefined
      ? statedSigned(textOf(net, 'Amt'), textOf(net, 'CdtDbtInd'))
      : statedSigned(textOf(total, 'TtlNetNtryAmt'), textOf(total, 'CdtDbtInd'));
    if (stated !== null && stated !== signed(entries, false) && stated !== signed(entries, true)) {
      errors.add('SUM_MISMATCH', { path: `${at}/TtlNtries/${net ? 'TtlNetNtry' : 'TtlNetNtryAmt'}` }, { statedOre: stated, actualOre: signed(entries, false) });
    }
  }
  for (const [name, credit] of [['TtlCdtNtries', true], ['TtlDbtNtries', false]] as const) {
    const part = first(summary, name);
    if (part === undefined) continue;
    const iso = mismatches(part, `${at}/${name}`, entries.filter((e) => e.credit === credit));
    const flipped = mismatches(part, `${at}/${name}`, entries.filter((e) => (e.credit !== e.reversal) === credit));
    if (iso.length > 0 && flipped.length > 0) for (const m of iso) errors.add(m.code, { path: m.path }, m.params);
  }
}

interface Mismatch {
  code: 'COUNT_MISMATCH' | 'SUM_MISMATCH';
  path: string;
  params: Record<string, string | number>;
}

/** A summary's NbOfNtries and Sum against the entries it counts. */
function mismatches(summary: XmlValue, path: string, entries: EntryTotals[]): Mismatch[] {
  const found: Mismatch[] = [];
  const count = textOf(summary, 'NbOfNtries');
  if (count !== undefined && Number(count) !== entries.length) found.push({ code: 'COUNT_MISMATCH', path: `${path}/NbOfNtries`, params: { stated: Number(count), actual: entries.length } });
  const sum = textOf(summary, 'Sum');
  const actual = entries.reduce((s, e) => s + e.ore, 0);
  if (sum !== undefined && amountToOre(sum) !== actual) found.push({ code: 'SUM_MISMATCH', path: `${path}/Sum`, params: { statedOre: amountToOre(sum) ?? sum, actualOre: actual } });
  return found;
}

/** A statement's closing booked balance (CLBD) = its opening (OPBD, else PRCD) + the booked entries. */
export function checkBalances(statement: XmlValue, path: string, entries: EntryTotals[], errors: ErrorList): void {
  const balance = (code: string) => {
    const bal = all(statement, 'Bal').find((b) => textOf(b, 'Tp', 'CdOrPrtry', 'Cd') === code);
    return bal === undefined ? null : statedSigned(textOf(bal, 'Amt'), textOf(bal, 'CdtDbtInd'));
  };
  const opening = balance('OPBD') ?? balance('PRCD');
  const closing = balance('CLBD');
  if (opening === null || closing === null) return;
  const booked = entries.filter((e) => e.booked);
  const movement = signed(booked, false);
  if (opening + movement !== closing && opening + signed(booked, true) !== closing) {
    errors.add('BALANCE_MISMATCH', { path: `${path}/Bal` }, { openingOre: opening, movementOre: movement, closingOre: closing });
  }
}
