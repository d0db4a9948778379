// From when a done option's monthly surcharge is rent: the first day of the lease's next billing period
// (a month or a quarter, billed in advance), never a part of the period already under way. When that
// period's avi is already issued, the surcharge starts with the one after it (the caller passes the
// periods already invoiced), so the next avi made carries it in full.
import { addMonths } from '../billing/calendar.ts';
import { parsePeriodKey, periodKeyOf, type LeaseBillingPeriod } from '../billing/periods.ts';

export function nextPeriodStart(billingPeriod: LeaseBillingPeriod, date: string): string {
  const current = parsePeriodKey(periodKeyOf(billingPeriod === 'monthly' ? 'month' : 'quarter', date))!;
  return addMonths(current.start, billingPeriod === 'monthly' ? 1 : 3);
}

/** The first next period start after `date` whose period is not in `invoicedStarts` (at most ten periods on). */
export function surchargeStart(billingPeriod: LeaseBillingPeriod, date: string, invoicedStarts: readonly string[]): string {
  let start = nextPeriodStart(billingPeriod, date);
  for (let i = 0; i < 10 && invoicedStarts.includes(start); i++) start = nextPeriodStart(billingPeriod, start);
  return start;
}
