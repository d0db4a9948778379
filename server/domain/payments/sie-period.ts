// The SIE 4 export of a period (DOMAIN-SE.md §7.6): which vouchers, numbered how, on which accounts.
// - Series A: the invoices, one-off invoices and credit notes issued in the period, by issue date.
// - Series B: the payments of the period (by payment date) with what they paid at once, and the later
//   movements of money already received (credit used on an invoice, an allocation undone), by the
//   date they were booked.
// Each allocation is in exactly one voucher: with its payment when booked the same day as the
// payment, else on its own (debit 2420 Förskott från kunder, credit 1510 Kundfordringar).
import { BAS_ACCOUNT_PLAN, creditUseVoucher, invoiceVoucher, paymentVoucher, type AccountPlan, type InvoiceForSie, type PaymentForSie, type SieVoucher } from './sie.ts';
import { compareDates } from '../billing/calendar.ts';
import type { SettingsAccount, SettingsAccounts } from './collection-settings.ts';

/** Accounts of the landlord's settings that differ from the BAS plan. */
export interface AccountPlanSettings {
  receivables?: string;
  bank?: string;
  customerAdvances?: string;
  /** Income per VAT rate in percent ("0", "25"). */
  income?: Record<string, string>;
  outputVat?: Record<string, string>;
  reminderFees?: string;
  interest?: string;
  /** Names for accounts the BAS defaults do not name (#KONTO). */
  names?: Record<string, string>;
}

const ACCOUNT = /^\d{4}$/;

/** The BAS plan with the settings' accounts in place; an account that is not four digits is refused. */
export function accountPlanWith(settings: AccountPlanSettings | null | undefined): AccountPlan {
  const s = settings ?? {};
  const rates = (from: Record<string, string> | undefined) => Object.fromEntries(Object.entries(from ?? {}).map(([rate, account]) => [Number(rate), account]));
  const plan: AccountPlan = {
    receivables: s.receivables ?? BAS_ACCOUNT_PLAN.receivables,
    bank: s.bank ?? BAS_ACCOUNT_PLAN.bank,
    customerAdvances: s.customerAdvances ?? BAS_ACCOUNT_PLAN.customerAdvances,
    income: { ...BAS_ACCOUNT_PLAN.income, ...rates(s.income) },
    outputVat: { ...BAS_ACCOUNT_PLAN.outputVat, ...rates(s.outputVat) },
    reminderFees: s.reminderFees ?? BAS_ACCOUNT_PLAN.reminderFees,
    interest: s.interest ?? BAS_ACCOUNT_PLAN.interest,
    names: { ...BAS_ACCOUNT_PLAN.names, ...s.names },
  };
  const accounts = [plan.receivables, plan.bank, plan.customerAdvances, plan.reminderFees, plan.interest, ...Object.values(plan.income), ...Object.values(plan.outputVat)];
  const wrong = accounts.find((a) => !ACCOUNT.test(a));
  if (wrong !== undefined) throw new RangeError(`An account number is four digits, the settings say "${wrong}"`);
  // An account the settings name by number only (the settings page takes numbers) is declared as "Konto 1940".
  for (const account of accounts) plan.names[account] ??= `Konto ${account}`;
  return plan;
}

/** The accounts in force: the settings' where they differ from BAS, else BAS (sie-period.ts accountPlanWith). */
export function settingsAccountsOf(settings: AccountPlanSettings | null | undefined): SettingsAccounts {
  const s = settings ?? {};
  const bas = BAS_ACCOUNT_PLAN;
  return {
    receivables: s.receivables ?? bas.receivables,
    bank: s.bank ?? bas.bank,
    customerAdvances: s.customerAdvances ?? bas.customerAdvances,
    income0: s.income?.['0'] ?? bas.income[0]!,
    income25: s.income?.['25'] ?? bas.income[25]!,
    outputVat25: s.outputVat?.['25'] ?? bas.outputVat[25]!,
    reminderFees: s.reminderFees ?? bas.reminderFees,
    interest: s.interest ?? bas.interest,
  };
}

/**
 * The accounts as stored: only those that differ from BAS (none: null, the BAS plan), keeping the
 * names the settings give accounts BAS does not name.
 */
export function accountPlanSettingsOf(accounts: SettingsAccounts, before: AccountPlanSettings | null | undefined): AccountPlanSettings | null {
  const bas = settingsAccountsOf(null);
  const differs = (key: SettingsAccount) => accounts[key] !== bas[key];
  const out: AccountPlanSettings = {};
  for (const key of ['receivables', 'bank', 'customerAdvances', 'reminderFees', 'interest'] as const) if (differs(key)) out[key] = accounts[key];
  const income = { ...(differs('income0') ? { 0: accounts.income0 } : {}), ...(differs('income25') ? { 25: accounts.income25 } : {}) };
  if (Object.keys(income).length > 0) out.income = income;
  if (differs('outputVat25')) out.outputVat = { 25: accounts.outputVat25 };
  if (before?.names && Object.keys(before.names).length > 0) out.names = before.names;
  return Object.keys(out).length > 0 ? out : null;
}

/** The financial years (calendar years) a period touches, the latest first (#RAR 0, −1 …). */
export function financialYearsOf(from: string, to: string): { start: string; end: string }[] {
  const years: { start: string; end: string }[] = [];
  for (let y = Number(to.slice(0, 4)); y >= Number(from.slice(0, 4)); y--) years.push({ start: `${y}-01-01`, end: `${y}-12-31` });
  return years;
}

/** Money already received moving later: credit used on an invoice (positive) or an allocation undone (negative). */
export interface LaterAllocation {
  date: string;
  text: string;
  amountOre: number;
}

const byDate = <T extends { date: string }>(a: T, b: T) => compareDates(a.date, b.date);

/** The period's vouchers: invoices as series A, money as series B, each numbered from 1 in date order. */
export function periodVouchers(input: {
  /** In issue order (issue date, then number). */
  invoices: InvoiceForSie[];
  payments: PaymentForSie[];
  laterAllocations: LaterAllocation[];
}, plan: AccountPlan): SieVoucher[] {
  const invoices = [...input.invoices].sort((a, b) => compareDates(a.issueDate, b.issueDate));
  const a = invoices.map((invoice, i) => invoiceVoucher(invoice, plan, i + 1, 'A'));
  const money = [
    ...input.payments.map((p) => ({ date: p.date, make: (n: number) => paymentVoucher(p, plan, n, 'B') })),
    ...input.laterAllocations.filter((l) => l.amountOre !== 0).map((l) => ({ date: l.date, make: (n: number) => creditUseVoucher(l, plan, n, 'B') })),
  ].sort(byDate);
  return [...a, ...money.map((m, i) => m.make(i + 1))];
}
