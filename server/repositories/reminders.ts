// Reminders (påminnelser): the invoices that may get one, the reminders sent (one per invoice and
// level, insert-only, with the fee invoice if any) and who a customer's reminder goes to.
import { and, asc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import type { Tx } from '../db/tx.ts';
import { customers, invoiceReminders, invoices } from '../db/schema/index.ts';
import { settledOre } from './invoices.ts';
import { verifiedTenantEmails } from './invoice-runs.ts';
import { lockBankImports } from './booking-locks.ts';

const CHUNK = 5000;

/**
 * Taken first by every transaction that books reminders: two runs (or staff at once) book one after the
 * other, and never beside a bank import, which may be paying what they would remind of (booking-locks.ts).
 */
export async function lockReminders(tx: Tx): Promise<void> {
  await lockBankImports(tx);
}

/**
 * Invoices as the reminder rules read them: what is left to pay, and whether it is itself a reminder's
 * fee invoice. Either the open invoices (not credit notes) due before a date, or one invoice by id
 * whatever its state.
 */
export async function reminderInvoices(db: Db, filter: { dueBefore: string } | { id: string }) {
  return db.select({
    id: invoices.id, number: invoices.number, kind: invoices.kind, customerId: invoices.customerId, leaseId: invoices.leaseId, dueDate: invoices.dueDate,
    ocr: invoices.ocr, text: invoices.text, periodKey: invoices.periodKey,
    remainingOre: sql<number>`(${invoices.totalOre} - ${settledOre})::bigint`.mapWith(Number),
    reminderFee: sql<boolean>`exists (select 1 from invoice_reminders fr where fr.fee_invoice_id = "invoices"."id")`,
  }).from(invoices)
    .where('id' in filter
      ? eq(invoices.id, filter.id)
      : and(ne(invoices.kind, 'credit'), sql`${invoices.totalOre} > ${settledOre}`, sql`${invoices.dueDate} < ${filter.dueBefore}`))
    .orderBy(asc(invoices.dueDate), asc(invoices.number));
}

export type ReminderInvoiceRow = Awaited<ReturnType<typeof reminderInvoices>>[number];

/** The reminders sent of these invoices, each with the fee it charged (its fee invoice's total). */
export async function sentReminders(db: Db, invoiceIds: string[]) {
  const rows: { invoiceId: string; level: number; feeOre: number }[] = [];
  for (let i = 0; i < invoiceIds.length; i += CHUNK) {
    rows.push(...await db.select({
      invoiceId: invoiceReminders.invoiceId, level: invoiceReminders.level,
      feeOre: sql<number>`coalesce((select fee.total_ore from invoices fee where fee.id = "invoice_reminders"."fee_invoice_id"), 0)::bigint`.mapWith(Number),
    }).from(invoiceReminders).where(inArray(invoiceReminders.invoiceId, invoiceIds.slice(i, i + CHUNK))));
  }
  return rows;
}

export type ReminderInsert = typeof invoiceReminders.$inferInsert;

export async function insertReminders(tx: Tx, rows: ReminderInsert[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 1000) await tx.insert(invoiceReminders).values(rows.slice(i, i + 1000));
}

/** An invoice's reminders, the first level first, with the fee invoice of any. */
export async function remindersOfInvoice(db: Db, invoiceId: string) {
  return db.select({
    id: invoiceReminders.id, level: invoiceReminders.level, sentOn: invoiceReminders.sentOn, createdAt: invoiceReminders.createdAt,
    feeInvoiceId: invoiceReminders.feeInvoiceId, feeNumber: invoices.number, feeTotalOre: invoices.totalOre,
  }).from(invoiceReminders)
    .leftJoin(invoices, eq(invoices.id, invoiceReminders.feeInvoiceId))
    .where(eq(invoiceReminders.invoiceId, invoiceId))
    .orderBy(asc(invoiceReminders.level));
}

export interface ReminderRecipients {
  /** The customer's contact e-mail and mobile (E.164), as the register has them. */
  email: string | null;
  mobile: string | null;
  /** Its active tenant users with a verified e-mail, each in the user's language. */
  users: { email: string; language: string }[];
}

/** Who each customer's reminders go to. */
export async function reminderRecipients(db: Db, customerIds: string[]): Promise<Map<string, ReminderRecipients>> {
  const found = new Map<string, ReminderRecipients>();
  for (let i = 0; i < customerIds.length; i += CHUNK) {
    const ids = customerIds.slice(i, i + CHUNK);
    const contacts = await db.select({ id: customers.id, email: customers.email, mobile: customers.mobile }).from(customers).where(inArray(customers.id, ids));
    for (const c of contacts) found.set(c.id, { email: c.email, mobile: c.mobile, users: [] });
    for (const u of await verifiedTenantEmails(db, ids)) found.get(u.customerId)?.users.push({ email: u.email!, language: u.language });
  }
  return found;
}
