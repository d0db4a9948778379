// The landlord's collection settings as staff change them (Inställningar för betalningar): the reminder
// fee, the days after the due date each reminder goes out, and the bookkeeping export's accounts. Pure
// checks, shared with the web's form (@domain/payments/collection-settings), each refusal naming its field.
// The web imports this file: it imports nothing that writes files (sie.ts and its CP437 encoder stay out);
// the accounts as stored are sie-period.ts's (settingsAccountsOf, accountPlanSettingsOf).
import { MAX_REMINDER_FEE_ORE } from './reminders.ts';

/** At most this many reminder levels (the settings table's check). */
export const MAX_REMINDER_LEVELS = 5;
/** A reminder later than this many days after the due date is no reminder but a collection case. */
export const MAX_REMINDER_DAYS = 365;

/** The accounts the settings page edits: one field each. */
export const SETTINGS_ACCOUNTS = ['receivables', 'bank', 'customerAdvances', 'income0', 'income25', 'outputVat25', 'reminderFees', 'interest'] as const;
export type SettingsAccount = (typeof SETTINGS_ACCOUNTS)[number];
export type SettingsAccounts = Record<SettingsAccount, string>;

/** At most this as the smallest interest invoice (1 000 kr): above it, interest owed would go uncharged. */
export const MAX_LATE_INTEREST_MINIMUM_ORE = 100_000;

export interface LateInterestSettings {
  /** Dröjsmålsränta invoiced once an overdue invoice is paid (decision 0024); off: only shown. */
  charged: boolean;
  /** No interest invoice below this. */
  minimumOre: number;
}

export interface CollectionSettings {
  reminderFeeOre: number;
  reminderDaysAfterDue: number[];
  lateInterest: LateInterestSettings;
  accounts: SettingsAccounts;
}

export type SettingsRefusal =
  | { field: 'reminderFeeOre'; kind: 'fee_out_of_range'; maximumOre: number }
  | { field: 'reminderDaysAfterDue'; kind: 'days_missing' | 'too_many_levels' | 'day_out_of_range' | 'days_not_increasing'; maximum: number }
  | { field: 'lateInterest.minimumOre'; kind: 'interest_minimum_out_of_range'; maximumOre: number }
  | { field: `accounts.${SettingsAccount}`; kind: 'account_not_four_digits'; value: string };

const FOUR_DIGITS = /^\d{4}$/;

/** Every refusal of the settings, in field order (empty: they may be saved). */
export function checkCollectionSettings(settings: CollectionSettings): SettingsRefusal[] {
  const refusals: SettingsRefusal[] = [];
  const fee = settings.reminderFeeOre;
  if (!Number.isSafeInteger(fee) || fee < 0 || fee > MAX_REMINDER_FEE_ORE) refusals.push({ field: 'reminderFeeOre', kind: 'fee_out_of_range', maximumOre: MAX_REMINDER_FEE_ORE });
  const days = settings.reminderDaysAfterDue;
  const daysRefusal = (kind: Extract<SettingsRefusal, { field: 'reminderDaysAfterDue' }>['kind'], maximum: number) => refusals.push({ field: 'reminderDaysAfterDue', kind, maximum });
  if (days.length === 0) daysRefusal('days_missing', MAX_REMINDER_LEVELS);
  else if (days.length > MAX_REMINDER_LEVELS) daysRefusal('too_many_levels', MAX_REMINDER_LEVELS);
  else if (days.some((d) => !Number.isSafeInteger(d) || d < 1 || d > MAX_REMINDER_DAYS)) daysRefusal('day_out_of_range', MAX_REMINDER_DAYS);
  else if (days.some((d, i) => i > 0 && d <= days[i - 1]!)) daysRefusal('days_not_increasing', MAX_REMINDER_LEVELS);
  const minimum = settings.lateInterest.minimumOre;
  if (!Number.isSafeInteger(minimum) || minimum < 0 || minimum > MAX_LATE_INTEREST_MINIMUM_ORE) {
    refusals.push({ field: 'lateInterest.minimumOre', kind: 'interest_minimum_out_of_range', maximumOre: MAX_LATE_INTEREST_MINIMUM_ORE });
  }
  for (const key of SETTINGS_ACCOUNTS) {
    const value = settings.accounts[key];
    if (!FOUR_DIGITS.test(value)) refusals.push({ field: `accounts.${key}`, kind: 'account_not_four_digits', value });
  }
  return refusals;
}

/** "3, 14" (or "3 14", "3;14") as days; null when it is not whole numbers. */
export function parseReminderDays(text: string): number[] | null {
  const parts = text.split(/[\s,;]+/).filter((p) => p !== '');
  if (parts.some((p) => !/^\d{1,4}$/.test(p))) return null;
  return parts.map(Number);
}
