// A rent row as staff enter it, checked and completed into what is stored: the kind's fields present
// and no others, a VAT rate chosen (0 or 25, never 25 on housing), the validity in order, and for an
// index row the yearly amount computed by indexUplift from the base rent in force (DOMAIN-SE.md §7.1).
// Every refusal names its field (details.field), in the caller's naming ("vatRatePercent",
// "rentRows.1.vatRatePercent").
import { AppError, type ErrorCode } from '../../errors.ts';
import { IndexUpliftError, indexUplift } from '../../domain/billing/kpi-index.ts';
import type { RentalObjectType } from '../../domain/billing/vat.ts';
import { rowsInForce, vatRateAllowed, yearlyRentOre } from '../../domain/leases.ts';
import type { RentRowRecord } from '../../repositories/registers.ts';

export const rentRowKinds = ['base_rent', 'index', 'property_tax', 'heating', 'parking', 'service'] as const;
export type RentRowKind = (typeof rentRowKinds)[number];

/** The fields of a rent row in a request (all but kind may be absent; the checks say which must be there). */
export interface RentRowFields {
  description?: string;
  amountOre?: number;
  per?: 'year' | 'month';
  vatRatePercent?: number | null;
  validFrom?: string | null;
  validTo?: string | null;
  kpiBase?: number | null;
  kpiCurrent?: number | null;
}

/** What a rent row stores, apart from its id and lease. */
export interface RentRowValues {
  kind: RentRowKind;
  description: string;
  amountOre: number;
  per: 'year' | 'month';
  vatRatePercent: 0 | 25;
  validFrom: string | null;
  validTo: string | null;
  kpiBase: number | null;
  kpiCurrent: number | null;
}

export interface RentRowContext {
  /** The name of a field in the request, for details.field. */
  field: (name: keyof RentRowFields | 'kind') => string;
  objectTypes: readonly RentalObjectType[];
  /** The lease's base rent rows, for an index row's base. */
  baseRows: readonly Pick<RentRowRecord, 'kind' | 'amountOre' | 'per' | 'validFrom' | 'validTo'>[];
  /** The day an index row without a start reads the base rent at (the lease's rent date). */
  rentDate: string;
}

function refuse(code: ErrorCode, field: string, params: Record<string, string | number> = {}): never {
  throw new AppError(code, { ...params, field }, { details: { field } });
}

/** A KPI value as stored (numeric(8,2)): above zero, at most 9 999,99, two decimals. */
function kpiValue(value: number | null | undefined, name: 'kpiBase' | 'kpiCurrent', ctx: RentRowContext): number {
  const ok = typeof value === 'number' && Number.isFinite(value) && value > 0 && value < 10_000 && Math.abs(Math.round(value * 100) - value * 100) < 1e-6;
  if (!ok) refuse('KPI_INVALID', ctx.field(name), { field: name });
  return Math.round(value * 100) / 100;
}

/** The base rent a year that an index row starting on `date` is computed from. */
export function baseRentOn(rows: RentRowContext['baseRows'], date: string): number {
  return yearlyRentOre(rowsInForce(rows.filter((row) => row.kind === 'base_rent'), date));
}

/** An index row's yearly amount: the uplift of the base rent in force on its first day. */
export function indexAmount(kpiBase: number, kpiCurrent: number, validFrom: string | null, ctx: RentRowContext): number {
  const date = validFrom ?? ctx.rentDate;
  const baseRentOre = baseRentOn(ctx.baseRows, date);
  if (baseRentOre === 0) refuse('NO_BASE_RENT', ctx.field('validFrom'), { date });
  try {
    return indexUplift({ baseRentOre, kpiBase, kpiCurrent });
  } catch (error) {
    if (error instanceof IndexUpliftError && (error.field === 'kpiBase' || error.field === 'kpiCurrent')) refuse('KPI_INVALID', ctx.field(error.field), { field: error.field });
    throw error;
  }
}

export function checkVatRate(rate: number | null | undefined, ctx: RentRowContext): 0 | 25 {
  if (rate !== 0 && rate !== 25) refuse('VAT_RATE_MISSING', ctx.field('vatRatePercent'));
  if (!vatRateAllowed(ctx.objectTypes, rate)) refuse('VAT_RATE_HOUSING', ctx.field('vatRatePercent'));
  return rate;
}

export function checkValidity(validFrom: string | null, validTo: string | null, ctx: RentRowContext): void {
  if (validFrom !== null && validTo !== null && validTo < validFrom) refuse('VALID_TO_BEFORE_FROM', ctx.field('validTo'));
}

/** A new rent row, checked and completed. */
export function newRentRow(kind: RentRowKind, input: RentRowFields, ctx: RentRowContext): RentRowValues {
  const description = input.description?.trim() ?? '';
  if (description === '') refuse('DESCRIPTION_MISSING', ctx.field('description'));
  const vatRatePercent = checkVatRate(input.vatRatePercent, ctx);
  const validFrom = input.validFrom ?? null;
  const validTo = input.validTo ?? null;
  checkValidity(validFrom, validTo, ctx);
  if (kind === 'index') {
    if (input.amountOre !== undefined) refuse('INDEX_AMOUNT_COMPUTED', ctx.field('amountOre'));
    if (input.per !== undefined && input.per !== 'year') refuse('INDEX_AMOUNT_COMPUTED', ctx.field('per'));
    const kpiBase = kpiValue(input.kpiBase, 'kpiBase', ctx);
    const kpiCurrent = kpiValue(input.kpiCurrent, 'kpiCurrent', ctx);
    return { kind, description, amountOre: indexAmount(kpiBase, kpiCurrent, validFrom, ctx), per: 'year', vatRatePercent, validFrom, validTo, kpiBase, kpiCurrent };
  }
  if (input.kpiBase != null) refuse('KPI_ONLY_FOR_INDEX', ctx.field('kpiBase'));
  if (input.kpiCurrent != null) refuse('KPI_ONLY_FOR_INDEX', ctx.field('kpiCurrent'));
  if (input.amountOre === undefined) refuse('AMOUNT_MISSING', ctx.field('amountOre'));
  if (input.per === undefined) refuse('AMOUNT_PER_MISSING', ctx.field('per'));
  return { kind, description, amountOre: input.amountOre, per: input.per, vatRatePercent, validFrom, validTo, kpiBase: null, kpiCurrent: null };
}

/**
 * A stored rent row with some fields changed, checked as a whole; an index row's amount follows its
 * KPI values and start.
 */
export function changedRentRow(row: RentRowRecord, input: RentRowFields, ctx: RentRowContext): RentRowValues {
  const kind = row.kind;
  const description = input.description === undefined ? row.description : input.description.trim();
  if (description === '') refuse('DESCRIPTION_MISSING', ctx.field('description'));
  const vatRatePercent = input.vatRatePercent === undefined ? (row.vatRatePercent as 0 | 25) : checkVatRate(input.vatRatePercent, ctx);
  const validFrom = input.validFrom === undefined ? row.validFrom : input.validFrom;
  const validTo = input.validTo === undefined ? row.validTo : input.validTo;
  checkValidity(validFrom, validTo, ctx);
  if (kind === 'index') {
    if (input.amountOre !== undefined) refuse('INDEX_AMOUNT_COMPUTED', ctx.field('amountOre'));
    if (input.per !== undefined && input.per !== 'year') refuse('INDEX_AMOUNT_COMPUTED', ctx.field('per'));
    const kpiBase = input.kpiBase === undefined ? row.kpiBase : kpiValue(input.kpiBase, 'kpiBase', ctx);
    const kpiCurrent = input.kpiCurrent === undefined ? row.kpiCurrent : kpiValue(input.kpiCurrent, 'kpiCurrent', ctx);
    // A row entered before KPI values were kept (the demo's) keeps its amount until both are given.
    const recompute = kpiBase !== null && kpiCurrent !== null && (input.kpiBase !== undefined || input.kpiCurrent !== undefined || input.validFrom !== undefined);
    const amountOre = recompute ? indexAmount(kpiBase, kpiCurrent, validFrom, ctx) : row.amountOre;
    return { kind, description, amountOre, per: row.per, vatRatePercent, validFrom, validTo, kpiBase, kpiCurrent };
  }
  if (input.kpiBase != null) refuse('KPI_ONLY_FOR_INDEX', ctx.field('kpiBase'));
  if (input.kpiCurrent != null) refuse('KPI_ONLY_FOR_INDEX', ctx.field('kpiCurrent'));
  return {
    kind, description, amountOre: input.amountOre ?? row.amountOre, per: input.per ?? row.per, vatRatePercent, validFrom, validTo, kpiBase: null, kpiCurrent: null,
  };
}
