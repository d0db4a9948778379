// The daily reminder run: every overdue invoice whose reminder level has come (the landlord's days
// after the due date) gets that level once, by e-mail and SMS, with the agreed fee on an invoice of
// its own (domain/payments/reminders.ts). Run twice a day, or by two workers at once, it sends once:
// each batch is booked under the reminders' lock and checked again there. A customer nobody can be
// reached at is left for staff (logged), and reminded on a later day once a channel is added.
import type { Logger } from 'pino';
import { swedishDate } from '../../domain/dates.ts';
import { addDays } from '../../domain/billing/index.ts';
import { remindersDue, reminderLevels, type ReminderInvoice } from '../../domain/payments/index.ts';
import { findLandlord } from '../../repositories/landlord.ts';
import { reminderInvoices, reminderRecipients, sentReminders, type ReminderInvoiceRow } from '../../repositories/reminders.ts';
import { bookReminders, hasRecipient, type ReminderDeps, type ReminderToBook } from './book-reminders.ts';

const BATCH = 200;

/** The rules' view of an invoice: the fee is agreed where the landlord's terms set one (a fee above 0). */
export function asReminderInvoice(row: ReminderInvoiceRow, feeSettingOre: number): ReminderInvoice {
  return { id: row.id, kind: row.kind, reminderFee: row.reminderFee, dueDate: row.dueDate, remainingOre: row.remainingOre, feeAgreed: feeSettingOre > 0 };
}

export async function sendDueReminders(deps: ReminderDeps & { logger?: Logger }): Promise<{ sent: number; unreachable: number }> {
  const landlord = await findLandlord(deps.db);
  if (!landlord) return { sent: 0, unreachable: 0 };
  const today = swedishDate(deps.clock.now());
  const levels = reminderLevels(landlord.reminderDaysAfterDue);
  // An invoice is due a first reminder once today is its due date + the first level's days.
  const rows = await reminderInvoices(deps.db, { dueBefore: addDays(today, 1 - levels[0]!.daysAfterDue) });
  const byId = new Map(rows.map((r) => [r.id, r]));
  const decisions = remindersDue({
    invoices: rows.map((r) => asReminderInvoice(r, landlord.reminderFeeOre)),
    sent: await sentReminders(deps.db, rows.map((r) => r.id)), today, levels, feeSettingOre: landlord.reminderFeeOre,
  });
  const recipients = await reminderRecipients(deps.db, [...new Set(decisions.map((d) => byId.get(d.invoiceId)!.customerId))]);
  const items: ReminderToBook[] = [];
  let unreachable = 0;
  for (const decision of decisions) {
    const invoice = byId.get(decision.invoiceId)!;
    if (hasRecipient(recipients.get(invoice.customerId))) items.push({ decision, invoice });
    else unreachable++;
  }
  if (unreachable > 0) deps.logger?.warn({ unreachable }, 'overdue invoices not reminded: the customer has no e-mail, mobile or verified user');
  let sent = 0;
  for (let i = 0; i < items.length; i += BATCH) {
    sent += (await bookReminders(deps, items.slice(i, i + BATCH), { staffId: null, ip: null, landlord })).length;
  }
  return { sent, unreachable };
}
