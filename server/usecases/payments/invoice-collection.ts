// What the back office's invoice page shows about collecting it: the reminders sent (with their fee
// invoices), the accrued late-payment interest while it is overdue (upplupen dröjsmålsränta: shown;
// invoiced once paid where the landlord turned that on, decision 0024) and its interest invoice, and
// what "Skicka påminnelse" would send now.
import type { Db } from '../../db/client.ts';
import { compareDates } from '../../domain/billing/index.ts';
import { lateInterest, manualReminder, REFERENCE_RATES, type InterestPeriod } from '../../domain/payments/index.ts';
import { findLandlord } from '../../repositories/landlord.ts';
import { reminderInvoices, remindersOfInvoice, sentReminders } from '../../repositories/reminders.ts';
import { interestInvoiceOf } from '../../repositories/late-interest.ts';
import { asReminderInvoice } from './send-due-reminders.ts';

export interface InvoiceCollection {
  reminders: { id: string; level: number; sentOn: string; feeInvoice: { id: string; number: number; totalOre: number } | null }[];
  interest: { principalOre: number; interestOre: number; charged: boolean; from: string; to: string; periods: InterestPeriod[] } | null;
  interestInvoice: { id: string; number: number; totalOre: number } | null;
  nextReminder: { level: number; feeOre: number } | null;
}

export async function readInvoiceCollection(db: Db, invoiceId: string, today: string): Promise<InvoiceCollection | null> {
  const [invoice] = await reminderInvoices(db, { id: invoiceId });
  if (!invoice) return null;
  const [landlord, reminders, sent] = [await findLandlord(db), await remindersOfInvoice(db, invoiceId), await sentReminders(db, [invoiceId])];
  const feeSettingOre = landlord?.reminderFeeOre ?? 0;
  const next = manualReminder({ invoice: asReminderInvoice(invoice, feeSettingOre), sent, today, feeSettingOre });
  return {
    reminders: reminders.map((r) => ({
      id: r.id, level: r.level, sentOn: r.sentOn,
      feeInvoice: r.feeInvoiceId && r.feeNumber !== null && r.feeTotalOre !== null ? { id: r.feeInvoiceId, number: r.feeNumber, totalOre: r.feeTotalOre } : null,
    })),
    interest: 'decision' in next ? accrued(invoice.remainingOre, invoice.dueDate, today, landlord?.lateInterestCharged ?? false) : null,
    interestInvoice: await interestInvoiceOf(db, invoiceId),
    nextReminder: 'decision' in next ? { level: next.decision.level, feeOre: next.decision.feeOre } : null,
  };
}

/** Interest on what is left, from the day after the due date up to today, at the reference rates in force. */
function accrued(principalOre: number, dueDate: string, today: string, charged: boolean): InvoiceCollection['interest'] {
  if (compareDates(today, dueDate) <= 0) return null;
  try {
    const { interestOre, periods } = lateInterest({ principalOre, dueDate, paidOn: today, rates: [...REFERENCE_RATES] });
    return { principalOre, interestOre, charged, from: periods[0]!.from, to: today, periods };
  } catch {
    // A due date before the rates' table begins: nothing to show rather than a wrong figure.
    return null;
  }
}
