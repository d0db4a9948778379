// Late-payment interest (dröjsmålsränta, räntelagen 1975:635; DOMAIN-SE.md §7.4):
// - 6 §: the reference rate + 8 percentage points;
// - 9 §: Riksbanken sets the reference rate each calendar half-year (1 January, 1 July) as its policy
//   rate at the end of the half-year before, rounded up to the nearest half percentage point;
// - 4 §: with a due date fixed in advance (rent), interest runs from the due date.
// interest = principal × (reference + 8 %) × days / 365, days counted from the due date to the payment
// date, each day at the rate in force that day. Rates are in basis points (1/100 %), the sum of the
// periods is rounded once, to whole öre, half away from zero.
import { addDays, compareDates, daysInclusive } from '../billing/calendar.ts';

export const LATE_INTEREST_MARGIN_BP = 800;
const DAYS_IN_YEAR = 365n;
const BP_PER_UNIT = 10_000n;

/** A reference rate from a date (a 1 January or 1 July) until the next one in the table. */
export interface ReferenceRate {
  from: string;
  rateBp: number;
}

/** 9 §: the policy rate rounded up to the nearest half percentage point (1.75 % → 2.00 %, −0.25 % → 0 %). */
export function referenceRateFromPolicyRate(policyRateBp: number): number {
  return Math.ceil(policyRateBp / 50) * 50 || 0;
}

export interface InterestPeriod {
  from: string;
  to: string;
  days: number;
  /** Reference rate + 8 percentage points. */
  rateBp: number;
}

/** a / b rounded half away from zero, on BigInt. */
function divideRoundedBig(a: bigint, b: bigint): bigint {
  const negative = (a < 0n) !== (b < 0n);
  const [n, d] = [a < 0n ? -a : a, b < 0n ? -b : b];
  const q = n / d + (2n * (n % d) >= d ? 1n : 0n);
  return negative ? -q : q;
}

/**
 * The interest on `principalOre` paid on `paidOn` after falling due on `dueDate`: 0 when paid on time.
 * `rates` must cover every day from the day after the due date; they need not be sorted.
 */
export function lateInterest(input: { principalOre: number; dueDate: string; paidOn: string; rates: ReferenceRate[] }): { interestOre: number; periods: InterestPeriod[] } {
  const { principalOre, dueDate, paidOn } = input;
  if (!Number.isSafeInteger(principalOre)) throw new RangeError(`A principal is whole öre, got ${principalOre}`);
  if (compareDates(paidOn, dueDate) <= 0 || principalOre <= 0) return { interestOre: 0, periods: [] };
  const rates = [...input.rates].sort((a, b) => compareDates(a.from, b.from));
  const periods: InterestPeriod[] = [];
  let numerator = 0n;
  // The days counted are the day after the due date up to and including the payment date.
  for (let day = addDays(dueDate, 1); compareDates(day, paidOn) <= 0;) {
    const index = rates.findLastIndex((r) => compareDates(r.from, day) <= 0);
    if (index < 0) throw new RangeError(`No reference rate for ${day}`);
    const next = rates[index + 1];
    const last = next && compareDates(next.from, paidOn) <= 0 ? addDays(next.from, -1) : paidOn;
    const days = daysInclusive(day, last);
    const rateBp = rates[index]!.rateBp + LATE_INTEREST_MARGIN_BP;
    periods.push({ from: day, to: last, days, rateBp });
    numerator += BigInt(principalOre) * BigInt(rateBp) * BigInt(days);
    day = addDays(last, 1);
  }
  const interestOre = Number(divideRoundedBig(numerator, DAYS_IN_YEAR * BP_PER_UNIT));
  return { interestOre: Math.max(0, interestOre), periods };
}

/** What a payment paid, net, on an invoice, and the day it was paid (its bank day). */
export interface PaidPart { amountOre: number; paidOn: string }

export interface InterestCharge {
  interestOre: number;
  /** Each late part: its principal, the days it ran and the rate of each period. */
  parts: { principalOre: number; paidOn: string; interestOre: number; periods: InterestPeriod[] }[];
}

/**
 * Dröjsmålsränta to invoice once an invoice is paid (decision 0024): each payment's part from the day
 * after the due date to the day it was paid, at the rates in force (lateInterest), summed and rounded
 * per part to öre. Parts paid on time, and negative parts (a return), carry none; a credited amount was
 * never owed, so only what payments paid counts. Null when it comes below `minimumOre` (or to 0).
 */
export function interestToCharge(input: { dueDate: string; paid: readonly PaidPart[]; rates: ReferenceRate[]; minimumOre: number }): InterestCharge | null {
  const parts: InterestCharge['parts'] = [];
  let interestOre = 0;
  for (const part of input.paid) {
    if (part.amountOre <= 0 || compareDates(part.paidOn, input.dueDate) <= 0) continue;
    const { interestOre: ore, periods } = lateInterest({ principalOre: part.amountOre, dueDate: input.dueDate, paidOn: part.paidOn, rates: input.rates });
    if (ore === 0) continue;
    parts.push({ principalOre: part.amountOre, paidOn: part.paidOn, interestOre: ore, periods });
    interestOre += ore;
  }
  if (interestOre <= 0 || interestOre < input.minimumOre) return null;
  return { interestOre, parts };
}
