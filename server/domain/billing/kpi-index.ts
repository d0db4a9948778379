// Index uplift (indextillägg) from the consumer price index (DOMAIN-SE.md §7.1):
//   uplift a year = base rent × share × (KPI of the index month − base KPI) / base KPI,
// rounded to öre half away from zero, and never below zero (the usual clause: only increases
// count; the rent never falls below the base rent). KPI is taken to its two published decimals.
// An unknown or non-positive KPI is refused with a typed error naming the field.

export type IndexUpliftField = 'baseRentOre' | 'kpiBase' | 'kpiCurrent' | 'shareOfBase';

export class IndexUpliftError extends Error {
  constructor(readonly field: IndexUpliftField, message: string) {
    super(message);
    this.name = 'IndexUpliftError';
  }
}

export interface IndexUpliftInput {
  /** The base rent a year, öre. */
  baseRentOre: number;
  kpiBase: number | null | undefined;
  kpiCurrent: number | null | undefined;
  /** The indexed share of the base rent, 0–1 (default 1: all of it), to four decimals. */
  shareOfBase?: number;
}

function hundredths(value: number | null | undefined, field: IndexUpliftField): bigint {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    throw new IndexUpliftError(field, `${field} must be a known KPI above zero, got ${String(value)}`);
  }
  return BigInt(Math.round(value * 100));
}

/** The yearly index uplift in öre (0 when the KPI has not risen). */
export function indexUplift(input: IndexUpliftInput): number {
  if (!Number.isSafeInteger(input.baseRentOre) || input.baseRentOre < 0) {
    throw new IndexUpliftError('baseRentOre', `The base rent is whole öre, 0 or more, got ${input.baseRentOre}`);
  }
  const share = input.shareOfBase ?? 1;
  if (!Number.isFinite(share) || share < 0 || share > 1) throw new IndexUpliftError('shareOfBase', `The indexed share is 0 to 1, got ${share}`);
  const base = hundredths(input.kpiBase, 'kpiBase');
  const current = hundredths(input.kpiCurrent, 'kpiCurrent');
  if (current <= base) return 0;
  const shareTenThousandths = BigInt(Math.round(share * 10_000));
  const numerator = BigInt(input.baseRentOre) * (current - base) * shareTenThousandths;
  const denominator = base * 10_000n;
  // Halves away from zero; both are positive here.
  const quotient = numerator / denominator;
  const remainder = numerator - quotient * denominator;
  return Number(2n * remainder >= denominator ? quotient + 1n : quotient);
}
