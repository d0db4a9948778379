// Credit notes (kreditfakturor): what crediting all or part of an invoice books. An issued invoice is
// never edited; a credit note against it carries negative rows, so "settled" (payments allocated +
// credit notes, status.ts) grows by what it credits. What is still uncredited is kept per VAT rate:
// the invoice's rows of a rate plus the (negative) rows of the credit notes already against it. A
// credit never goes above that, per rate and so in total; the VAT of a credited row is rounded once per
// row (DOMAIN-SE.md §7.3), and when a credit takes the rest of a rate its VAT is exactly the rest, so a
// fully credited invoice nets to 0 öre.
import { vatOre } from './vat.ts';

export interface CreditableRow {
  position: number;
  kind: string;
  description: string;
  periodFrom?: string | null;
  periodTo?: string | null;
  netOre: number;
  vatRatePercent: number;
  vatOre: number;
}

export interface RateBalance { ratePercent: number; netOre: number; vatOre: number }

export interface CreditRowDraft {
  kind: 'credit';
  description: string;
  periodFrom: string | null;
  periodTo: string | null;
  /** Negative: what is credited. */
  netOre: number;
  vatRatePercent: number;
  vatOre: number;
}

/** A part to credit: an amount excluding VAT (positive öre) of one of the invoice's rows. */
export interface CreditPart { position: number; netOre: number }

export type CreditRefusal =
  | { kind: 'nothing_left' }
  | { kind: 'unknown_row'; index: number; position: number }
  | { kind: 'duplicate_row'; index: number; position: number }
  | { kind: 'too_large'; index: number; maxNetOre: number };

export type CreditResult = { ok: true; rows: CreditRowDraft[] } | { ok: false; refusal: CreditRefusal };

/** What is still uncredited of each VAT rate on the invoice (highest rate first); rates at zero are left out. */
export function uncreditedByRate(invoiceRows: CreditableRow[], creditRows: { netOre: number; vatRatePercent: number; vatOre: number }[]): RateBalance[] {
  const byRate = new Map<number, RateBalance>();
  for (const row of [...invoiceRows, ...creditRows]) {
    const entry = byRate.get(row.vatRatePercent) ?? { ratePercent: row.vatRatePercent, netOre: 0, vatOre: 0 };
    entry.netOre += row.netOre;
    entry.vatOre += row.vatOre;
    byRate.set(row.vatRatePercent, entry);
  }
  return [...byRate.values()].filter((r) => r.netOre > 0 || r.vatOre > 0).sort((a, b) => b.ratePercent - a.ratePercent);
}

/** Including VAT, what may still be credited of the invoice. */
export function uncreditedTotal(balances: RateBalance[]): number {
  return balances.reduce((sum, r) => sum + r.netOre + r.vatOre, 0);
}

/** The most of one row that may be credited now: the row itself, and no more than its rate has left. */
export function creditableNetOfRow(row: CreditableRow, balances: RateBalance[]): number {
  const rate = balances.find((b) => b.ratePercent === row.vatRatePercent);
  return Math.max(0, Math.min(row.netOre, rate?.netOre ?? 0));
}

function creditRow(row: CreditableRow, netOre: number, vat: number): CreditRowDraft {
  return {
    kind: 'credit', description: row.description, periodFrom: row.periodFrom ?? null, periodTo: row.periodTo ?? null,
    // 0 - x, not -x: a credited 0 % row's VAT is 0, not -0
    netOre: 0 - netOre, vatRatePercent: row.vatRatePercent, vatOre: 0 - vat,
  };
}

/**
 * The rows of a credit note for `parts` of the invoice, or for all that is left of it (`'all'`). All
 * that is left is the invoice's rows again, each up to what its rate has left, in order; nothing
 * credited before, that is the invoice mirrored.
 */
export function creditNoteRows(invoiceRows: CreditableRow[], balances: RateBalance[], parts: CreditPart[] | 'all'): CreditResult {
  const left = new Map(balances.map((b) => [b.ratePercent, { ...b }]));
  if (parts === 'all') {
    if (uncreditedTotal(balances) <= 0) return { ok: false, refusal: { kind: 'nothing_left' } };
    const taken: { row: CreditableRow; netOre: number }[] = [];
    for (const row of invoiceRows) {
      const rate = left.get(row.vatRatePercent);
      if (!rate || rate.netOre <= 0 || row.netOre <= 0) continue;
      const netOre = Math.min(row.netOre, rate.netOre);
      rate.netOre -= netOre;
      taken.push({ row, netOre });
    }
    return { ok: true, rows: withVat(taken, balances) };
  }

  const seen = new Set<number>();
  const taken: { row: CreditableRow; netOre: number }[] = [];
  for (const [index, part] of parts.entries()) {
    const row = invoiceRows.find((r) => r.position === part.position);
    if (!row) return { ok: false, refusal: { kind: 'unknown_row', index, position: part.position } };
    if (seen.has(part.position)) return { ok: false, refusal: { kind: 'duplicate_row', index, position: part.position } };
    seen.add(part.position);
    const rate = left.get(row.vatRatePercent);
    const max = Math.max(0, Math.min(row.netOre, rate?.netOre ?? 0));
    if (part.netOre > max) return { ok: false, refusal: { kind: 'too_large', index, maxNetOre: max } };
    if (rate) rate.netOre -= part.netOre;
    taken.push({ row, netOre: part.netOre });
  }
  if (taken.length === 0) return { ok: false, refusal: { kind: 'nothing_left' } };
  return { ok: true, rows: withVat(taken, balances) };
}

/**
 * VAT per credited row, rounded once per row, never more in sum than its rate has left; the row that
 * takes the last of a rate's net takes the last of its VAT too.
 */
function withVat(taken: { row: CreditableRow; netOre: number }[], balances: RateBalance[]): CreditRowDraft[] {
  const netLeft = new Map(balances.map((b) => [b.ratePercent, b.netOre]));
  const vatLeft = new Map(balances.map((b) => [b.ratePercent, b.vatOre]));
  return taken.map(({ row, netOre }) => {
    const rate = row.vatRatePercent;
    const restNet = (netLeft.get(rate) ?? 0) - netOre;
    const restVat = vatLeft.get(rate) ?? 0;
    const vat = restNet === 0 ? restVat : Math.max(0, Math.min(vatOre(netOre, rate), restVat));
    netLeft.set(rate, restNet);
    vatLeft.set(rate, restVat - vat);
    return creditRow(row, netOre, vat);
  });
}
