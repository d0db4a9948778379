// The daily interest run (decision 0024): where the landlord has turned charging on, every invoice that
// allocations booked since the last run have left paid in full, with money paid after its due date,
// gets its dröjsmålsränta (räntelagen: reference rate + 8 percentage points, from the day after the due
// date to the day each part was paid; domain interestToCharge) on an interest invoice of its own: a
// one-off invoice with its own number and OCR, VAT-free (interest is no supply), e-mailed to the
// tenant users like any faktura. Below the landlord's minimum nothing is invoiced. All in one
// transaction under the settings row's lock: two runs at once charge once, and the primary key of
// late_interest_charges keeps a second charge of an invoice out whatever happens.
import type { Logger } from 'pino';
import type { Tx } from '../../db/tx.ts';
import type { Language } from '../../i18n/language.ts';
import { swedishDate } from '../../domain/dates.ts';
import { oneOffDueDate } from '../../domain/billing/one-off.ts';
import { formatKronor } from '../../domain/money.ts';
import { interestToCharge, REFERENCE_RATES, type InterestCharge } from '../../domain/payments/index.ts';
import { findLandlord } from '../../repositories/landlord.ts';
import { lockInvoiceSeries } from '../../repositories/invoices.ts';
import { insertLateInterestCharges, invoicesPaidLateSince, lockInterestSettings, markInterestCheckedTo, type PaidLateInvoice } from '../../repositories/late-interest.ts';
import { recordAuditMany } from '../../repositories/audit.ts';
import { queueMessages } from '../messages/queue-messages.ts';
import { issueInvoices, type IssuedInvoice } from '../billing/issue-invoices.ts';
import { oneOffInvoiceEmails } from '../billing/issue-invoice.ts';
import { reminderInvoiceName, type ReminderDeps } from './book-reminders.ts';

/**
 * The run reads allocations booked after its last mark less this: a booking whose transaction began
 * (and took its time) before the mark but committed after it is still seen. Invoices charged already
 * are left out, so reading some twice charges nothing twice.
 */
const OVERLAP_MS = 60 * 60 * 1000;

/** "Dröjsmålsränta för avi 1234 (April 2026)": the interest invoice's text, in the reader's language. */
export function interestInvoiceText(invoice: PaidLateInvoice, lang: Language): string {
  return `${lang === 'sv' ? 'Dröjsmålsränta för' : 'Late-payment interest on'} ${reminderInvoiceName(invoice, lang)}`;
}

function rowsOf(charge: InterestCharge) {
  return charge.parts.map((part) => {
    const from = part.periods[0]!.from;
    const days = part.periods.reduce((sum, p) => sum + p.days, 0);
    const rates = [...new Set(part.periods.map((p) => (p.rateBp / 100).toLocaleString('sv-SE')))].join(' / ');
    return {
      kind: 'interest', description: `Dröjsmålsränta ${rates} % på ${formatKronor(part.principalOre)} kr, ${from}–${part.paidOn} (${days} dagar)`,
      periodFrom: from, periodTo: part.paidOn, netOre: part.interestOre, vatRatePercent: 0, vatOre: 0,
    };
  });
}

export async function chargeLateInterest(deps: ReminderDeps & { logger?: Logger }): Promise<{ charged: number; interestOre: number }> {
  const landlord = await findLandlord(deps.db);
  if (!landlord?.lateInterestCharged) return { charged: 0, interestOre: 0 };
  const now = deps.clock.now();
  const today = swedishDate(now);
  return deps.db.transaction(async (tx) => {
    const settings = await lockInterestSettings(tx);
    if (!settings?.charged || !settings.checkedTo || !settings.since) return { charged: 0, interestOre: 0 };
    const since = new Date(Math.max(settings.checkedTo.getTime() - OVERLAP_MS, settings.since.getTime()));
    const charges: { invoice: PaidLateInvoice; charge: InterestCharge }[] = [];
    for (const invoice of await invoicesPaidLateSince(tx, since)) {
      let charge: InterestCharge | null;
      try {
        charge = interestToCharge({ dueDate: invoice.dueDate, paid: invoice.paid, rates: [...REFERENCE_RATES], minimumOre: settings.minimumOre });
      } catch {
        // A due date before the rates' table begins: no figure rather than a wrong one.
        deps.logger?.warn({ invoice: invoice.number }, 'late interest not charged: no reference rate for its days');
        continue;
      }
      if (charge) charges.push({ invoice, charge });
    }
    if (charges.length > 0) await book(tx, deps, charges, { now, today, sender: landlord.name });
    await markInterestCheckedTo(tx, now);
    return { charged: charges.length, interestOre: charges.reduce((sum, c) => sum + c.charge.interestOre, 0) };
  });
}

async function book(tx: Tx, deps: ReminderDeps, charges: { invoice: PaidLateInvoice; charge: InterestCharge }[], at: { now: Date; today: string; sender: string }): Promise<IssuedInvoice[]> {
  await lockInvoiceSeries(tx);
  const issued = await issueInvoices(tx, charges.map(({ invoice, charge }) => ({
    kind: 'one_off' as const, customerId: invoice.customerId, leaseId: invoice.leaseId, periodKey: null, periodFrom: null, periodTo: null,
    issueDate: at.today, dueDate: oneOffDueDate(at.today), text: interestInvoiceText(invoice, 'sv'), creditsInvoiceId: null, rows: rowsOf(charge),
  })), { now: at.now, staffId: null, runId: null, ip: null });
  await insertLateInterestCharges(tx, charges.map(({ invoice, charge }, i) => ({ invoiceId: invoice.id, interestInvoiceId: issued[i]!.id, interestOre: charge.interestOre, createdAt: at.now })));
  await recordAuditMany(tx, charges.map(({ invoice, charge }, i) => ({
    at: at.now, actorKind: 'system' as const, actorId: null, action: 'invoice.late_interest_charged', subjectKind: 'invoice', subjectId: invoice.id, ip: null,
    details: { number: invoice.number, interestOre: charge.interestOre, interestInvoice: issued[i]!.number },
  })));
  const messages = await oneOffInvoiceEmails(tx, deps.config, charges.map(({ invoice }, i) => ({ issued: issued[i]!, text: (lang: Language) => interestInvoiceText(invoice, lang) })), at.sender);
  await queueMessages(tx, deps.jobs, messages, at.now);
  return issued;
}
