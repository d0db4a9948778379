// Staff send a reminder of one invoice by hand ("Skicka påminnelse"): the level after the highest sent,
// with the agreed fee if this invoice has not had it; refused in words when the invoice is not overdue,
// paid, a credit note or a fee invoice, when nobody can be reached, or when someone else sent the same
// level a moment before.
import { AppError } from '../../errors.ts';
import { swedishDate } from '../../domain/dates.ts';
import { manualReminder, type ManualReminderRefusal } from '../../domain/payments/index.ts';
import { findLandlord } from '../../repositories/landlord.ts';
import { reminderInvoices, reminderRecipients, sentReminders } from '../../repositories/reminders.ts';
import { bookReminders, hasRecipient, type BookedReminder, type ReminderDeps } from './book-reminders.ts';
import { asReminderInvoice } from './send-due-reminders.ts';

const refusal: Record<ManualReminderRefusal, 'REMINDER_NOT_OVERDUE' | 'REMINDER_INVOICE_PAID' | 'REMINDER_OF_CREDIT_NOTE' | 'REMINDER_OF_REMINDER_FEE'> = {
  not_overdue: 'REMINDER_NOT_OVERDUE', paid: 'REMINDER_INVOICE_PAID', credit_note: 'REMINDER_OF_CREDIT_NOTE', reminder_fee: 'REMINDER_OF_REMINDER_FEE',
};

export async function sendReminder(deps: ReminderDeps, input: { invoiceId: string; staffId: string; ip: string | null }): Promise<BookedReminder> {
  const [invoice] = await reminderInvoices(deps.db, { id: input.invoiceId });
  const landlord = await findLandlord(deps.db);
  if (!invoice || !landlord) throw new AppError('NOT_FOUND');
  const today = swedishDate(deps.clock.now());
  const result = manualReminder({
    invoice: asReminderInvoice(invoice, landlord.reminderFeeOre), sent: await sentReminders(deps.db, [invoice.id]), today, feeSettingOre: landlord.reminderFeeOre,
  });
  if ('refused' in result) throw new AppError(refusal[result.refused], { dueDate: invoice.dueDate });
  if (!hasRecipient((await reminderRecipients(deps.db, [invoice.customerId])).get(invoice.customerId))) throw new AppError('REMINDER_NO_RECIPIENT');
  const [booked] = await bookReminders(deps, [{ decision: result.decision, invoice }], {
    staffId: input.staffId, ip: input.ip, landlord,
    onTaken: () => { throw new AppError('REMINDER_ALREADY_SENT', { level: result.decision.level }); },
  });
  return booked!;
}
