// Reminders (påminnelser, DOMAIN-SE.md §7.4): which unpaid invoices get a reminder on a date, and the
// fee. The levels are settings ("first reminder 3 days after the due date, second after 14"): on a
// date an invoice gets the highest level whose day has come, once per level, never a lower one after
// a higher (a job that was stopped for a while sends the level that is due, not each one missed).
// Reminder fee (lag 1981:739 om ersättning för inkassokostnader m.m., 2 § and 4 §; förordning
// 1981:1057): only when agreed at the latest when the debt arose (the lease says so), for a written
// reminder, at most 60 kr; charged on one reminder of an invoice only, and never on a reminder of a
// reminder invoice (its fee is not reminded again, so fees do not grow on fees).
import { addDays, compareDates } from '../billing/calendar.ts';

export const MAX_REMINDER_FEE_ORE = 6000;

export interface ReminderLevel {
  level: number;
  daysAfterDue: number;
}

export interface ReminderInvoice {
  id: string;
  kind: 'rent' | 'one_off' | 'credit';
  /** A reminder's fee invoice (invoice_reminders.fee_invoice_id): it gets no reminder of its own. */
  reminderFee?: boolean;
  dueDate: string;
  remainingOre: number;
  /** The lease (or the invoice's terms) allows a reminder fee. */
  feeAgreed: boolean;
}

export interface SentReminder {
  invoiceId: string;
  level: number;
  feeOre: number;
}

export interface ReminderDecision {
  invoiceId: string;
  level: number;
  /** 0 when no fee: not agreed, already charged on this invoice, or the setting is 0. */
  feeOre: number;
}

/** The fee a reminder may carry: the setting, capped at the lawful 60 kr; nothing unless agreed. */
export function reminderFeeOre(agreed: boolean, settingOre: number): number {
  if (!Number.isSafeInteger(settingOre) || settingOre < 0) throw new RangeError(`A reminder fee is whole öre, not negative, got ${settingOre}`);
  return agreed ? Math.min(settingOre, MAX_REMINDER_FEE_ORE) : 0;
}

function checkLevels(levels: ReminderLevel[]): ReminderLevel[] {
  const sorted = [...levels].sort((a, b) => a.level - b.level);
  sorted.forEach((l, i) => {
    if (!Number.isSafeInteger(l.daysAfterDue) || l.daysAfterDue < 1) throw new RangeError(`A reminder goes out at least a day after the due date, level ${l.level} says ${l.daysAfterDue}`);
    const before = sorted[i - 1];
    if (before && (before.level === l.level || before.daysAfterDue >= l.daysAfterDue)) throw new RangeError('Reminder levels are distinct, each later than the one before');
  });
  return sorted;
}

/** The reminders to send on `today`, one at most per invoice. */
export function remindersDue(input: {
  invoices: ReminderInvoice[];
  sent: SentReminder[];
  today: string;
  levels: ReminderLevel[];
  /** The fee setting in öre (0 for none). */
  feeSettingOre: number;
}): ReminderDecision[] {
  const levels = checkLevels(input.levels);
  const highestSent = new Map<string, number>();
  const feeCharged = new Set<string>();
  for (const s of input.sent) {
    highestSent.set(s.invoiceId, Math.max(highestSent.get(s.invoiceId) ?? -Infinity, s.level));
    if (s.feeOre > 0) feeCharged.add(s.invoiceId);
  }
  const decisions: ReminderDecision[] = [];
  for (const invoice of input.invoices) {
    if (invoice.kind === 'credit' || invoice.reminderFee || invoice.remainingOre <= 0) continue;
    const due = levels.filter((l) => compareDates(input.today, addDays(invoice.dueDate, l.daysAfterDue)) >= 0).at(-1);
    if (!due || (highestSent.get(invoice.id) ?? -Infinity) >= due.level) continue;
    const feeOre = feeCharged.has(invoice.id) ? 0 : reminderFeeOre(invoice.feeAgreed, input.feeSettingOre);
    decisions.push({ invoiceId: invoice.id, level: due.level, feeOre });
  }
  return decisions;
}

/** The levels from the landlord's setting: days after the due date of reminder 1, 2 … */
export function reminderLevels(daysAfterDue: readonly number[]): ReminderLevel[] {
  return checkLevels(daysAfterDue.map((days, i) => ({ level: i + 1, daysAfterDue: days })));
}

/** Why staff cannot send a reminder of an invoice by hand. */
export type ManualReminderRefusal = 'credit_note' | 'reminder_fee' | 'paid' | 'not_overdue';

/**
 * A reminder staff send by hand, on any day after the due date: the level after the highest sent (a
 * level the daily job then does not send again), the fee as remindersDue would charge it.
 */
export function manualReminder(input: { invoice: ReminderInvoice; sent: SentReminder[]; today: string; feeSettingOre: number }):
  { decision: ReminderDecision } | { refused: ManualReminderRefusal } {
  const { invoice, today } = input;
  if (invoice.kind === 'credit') return { refused: 'credit_note' };
  if (invoice.reminderFee) return { refused: 'reminder_fee' };
  if (invoice.remainingOre <= 0) return { refused: 'paid' };
  if (compareDates(today, invoice.dueDate) <= 0) return { refused: 'not_overdue' };
  const own = input.sent.filter((s) => s.invoiceId === invoice.id);
  const level = Math.max(0, ...own.map((s) => s.level)) + 1;
  const feeOre = own.some((s) => s.feeOre > 0) ? 0 : reminderFeeOre(invoice.feeAgreed, input.feeSettingOre);
  return { decision: { invoiceId: invoice.id, level, feeOre } };
}
