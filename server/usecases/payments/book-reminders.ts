// Books reminders (påminnelser) in one transaction each batch: the reminder rows (one per invoice and
// level), a fee invoice of its own for each reminder that carries the agreed fee (a one-off invoice with
// its own number and OCR, through issueInvoices), the e-mails and SMS through the outbox, and an audit
// event per reminder. Taken under the reminders' lock and checked again inside it, so two runs at once,
// or staff and the job, send a level once.
import type { Db } from '../../db/client.ts';
import type { Tx } from '../../db/tx.ts';
import type { Clock } from '../../clock.ts';
import type { Config } from '../../config.ts';
import type { Jobs } from '../../jobs/queue.ts';
import type { Language } from '../../i18n/language.ts';
import { swedishDate } from '../../domain/dates.ts';
import { formatBankgiro, periodTitle } from '../../domain/billing/index.ts';
import { oneOffDueDate } from '../../domain/billing/one-off.ts';
import type { ReminderDecision } from '../../domain/payments/index.ts';
import { lockInvoiceSeries } from '../../repositories/invoices.ts';
import { insertReminders, lockReminders, reminderRecipients, sentReminders, type ReminderInvoiceRow, type ReminderRecipients } from '../../repositories/reminders.ts';
import { recordAuditMany } from '../../repositories/audit.ts';
import type { NewMessage } from '../../repositories/messages.ts';
import { periodHeading } from '../../messaging/invoice-messages.ts';
import { reminderEmail, reminderSms, type ReminderContent } from '../../messaging/reminder-messages.ts';
import { queueMessages } from '../messages/queue-messages.ts';
import { issueInvoices, type IssuedInvoice } from '../billing/issue-invoices.ts';

export interface ReminderDeps { db: Db; jobs: Jobs; config: Config; clock: Clock }

export interface Landlord { name: string; bankgiro: string }

export interface BookedReminder { invoiceId: string; level: number; feeInvoice: IssuedInvoice | null; messages: number }

/** What the batch is to book: each decision with its invoice. */
export interface ReminderToBook { decision: ReminderDecision; invoice: ReminderInvoiceRow }

/** "avi 1234 (April 2026)", "faktura 1234 (Extra nyckel)": how a reminder names its invoice. */
export function reminderInvoiceName(invoice: Pick<ReminderInvoiceRow, 'kind' | 'number' | 'periodKey' | 'text'>, lang: Language): string {
  const title = invoice.periodKey ? periodTitle(invoice.periodKey) : null;
  const what = title ? periodHeading(title, lang) : invoice.text;
  const kind = invoice.kind === 'rent' ? (lang === 'sv' ? 'avi' : 'rent invoice') : (lang === 'sv' ? 'faktura' : 'invoice');
  return `${kind} ${invoice.number}${what ? ` (${what})` : ''}`;
}

/** Whom a reminder can reach: the customer has someone to send it to. */
export function hasRecipient(r: ReminderRecipients | undefined): boolean {
  return !!r && (!!r.email || !!r.mobile || r.users.length > 0);
}

function messagesOf(item: ReminderToBook, fee: IssuedInvoice | null, to: ReminderRecipients, base: Omit<ReminderContent, 'invoiceName' | 'level' | 'dueDate' | 'remainingOre' | 'ocr' | 'fee'>): NewMessage[] {
  const { invoice, decision } = item;
  const content = (lang: Language): ReminderContent & { lang: Language } => ({
    ...base, lang, level: decision.level, invoiceName: reminderInvoiceName(invoice, lang), dueDate: invoice.dueDate,
    remainingOre: invoice.remainingOre, ocr: invoice.ocr,
    fee: fee ? { number: fee.number, totalOre: fee.totals.totalOre, ocr: fee.ocr, dueDate: fee.draft.dueDate } : null,
  });
  const seen = new Set<string>();
  const emails: NewMessage[] = [];
  for (const u of to.users) {
    if (seen.has(u.email.toLowerCase())) continue;
    seen.add(u.email.toLowerCase());
    emails.push(reminderEmail({ ...content(u.language === 'en' ? 'en' : 'sv'), to: u.email }));
  }
  if (to.email && !seen.has(to.email.toLowerCase())) emails.push(reminderEmail({ ...content('sv'), to: to.email }));
  const sms = to.mobile ? [reminderSms({ ...content('sv'), to: to.mobile })] : [];
  return [...emails, ...sms].map((m) => ({ ...m, customerId: invoice.customerId }));
}

/**
 * Books the reminders in one transaction. A decision whose level (or a higher one) was booked since it
 * was made is left out, or refused with `onTaken` (staff sending by hand: tell them).
 */
export async function bookReminders(deps: ReminderDeps, items: ReminderToBook[], by: { staffId: string | null; ip: string | null; landlord: Landlord; onTaken?: () => never }): Promise<BookedReminder[]> {
  if (items.length === 0) return [];
  const now = deps.clock.now();
  const today = swedishDate(now);
  const recipients = await reminderRecipients(deps.db, [...new Set(items.map((i) => i.invoice.customerId))]);
  return deps.db.transaction(async (tx) => {
    await lockReminders(tx);
    const todo = await stillToBook(tx, items, by.onTaken);
    if (todo.length === 0) return [];
    const fees = await issueFeeInvoices(tx, todo, { now, today, staffId: by.staffId, ip: by.ip });
    await insertReminders(tx, todo.map(({ decision }) => ({
      invoiceId: decision.invoiceId, level: decision.level, sentOn: today, feeInvoiceId: fees.get(decision.invoiceId)?.id ?? null, createdAt: now,
    })));
    const base = { bankgiro: formatBankgiro(by.landlord.bankgiro), sender: by.landlord.name };
    const booked = todo.map((item) => {
      const fee = fees.get(item.decision.invoiceId) ?? null;
      const messages = messagesOf(item, fee, recipients.get(item.invoice.customerId) ?? { email: null, mobile: null, users: [] }, {
        ...base, link: `${deps.config.publicUrl}/avier/${item.invoice.id}`,
      });
      return { item, fee, messages };
    });
    await queueMessages(tx, deps.jobs, booked.flatMap((b) => b.messages), now);
    await recordAuditMany(tx, booked.map(({ item, fee, messages }) => ({
      at: now, actorKind: by.staffId ? 'staff' : 'system', actorId: by.staffId, action: 'invoice.reminder_sent',
      subjectKind: 'invoice', subjectId: item.invoice.id, ip: by.ip,
      details: { number: item.invoice.number, level: item.decision.level, feeOre: fee?.totals.totalOre ?? 0, ...(fee ? { feeInvoice: fee.number } : {}), messages: messages.length },
    })));
    return booked.map(({ item, fee, messages }) => ({ invoiceId: item.invoice.id, level: item.decision.level, feeInvoice: fee, messages: messages.length }));
  });
}

/** The items whose level is still not booked, read under the lock. */
async function stillToBook(tx: Tx, items: ReminderToBook[], onTaken?: () => never): Promise<ReminderToBook[]> {
  const highest = new Map<string, number>();
  for (const s of await sentReminders(tx, items.map((i) => i.invoice.id))) highest.set(s.invoiceId, Math.max(highest.get(s.invoiceId) ?? 0, s.level));
  return items.filter((i) => {
    const taken = (highest.get(i.invoice.id) ?? 0) >= i.decision.level;
    if (taken && onTaken) onTaken();
    return !taken;
  });
}

/** One fee invoice per reminder that carries a fee: "Påminnelseavgift", VAT-free (a fee is no supply). */
async function issueFeeInvoices(tx: Tx, todo: ReminderToBook[], at: { now: Date; today: string; staffId: string | null; ip: string | null }): Promise<Map<string, IssuedInvoice>> {
  const charged = todo.filter((t) => t.decision.feeOre > 0);
  const fees = new Map<string, IssuedInvoice>();
  if (charged.length === 0) return fees;
  await lockInvoiceSeries(tx);
  const issued = await issueInvoices(tx, charged.map(({ invoice, decision }) => ({
    kind: 'one_off' as const, customerId: invoice.customerId, leaseId: invoice.leaseId, periodKey: null, periodFrom: null, periodTo: null,
    issueDate: at.today, dueDate: oneOffDueDate(at.today), text: `Påminnelseavgift för ${reminderInvoiceName(invoice, 'sv')}`, creditsInvoiceId: null,
    rows: [{ kind: 'reminder_fee', description: `Påminnelseavgift, påminnelse ${decision.level}`, periodFrom: null, periodTo: null, netOre: decision.feeOre, vatRatePercent: 0, vatOre: 0 }],
  })), { now: at.now, staffId: at.staffId, runId: null, ip: at.ip });
  charged.forEach((c, i) => fees.set(c.invoice.id, issued[i]!));
  return fees;
}
