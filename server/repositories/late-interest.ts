// What the interest run (decision 0024) reads and writes: the landlord's interest settings, locked;
// the invoices paid in full by allocations booked since the run last looked; what each payment paid
// on them and when; the charges it books (insert-only, one per invoice).
import { eq, sql } from 'drizzle-orm';
import type { Tx } from '../db/tx.ts';
import { invoices, landlordSettings, lateInterestCharges } from '../db/schema/index.ts';
import type { Db } from '../db/client.ts';

/** The settings row, locked: two runs at once are one after the other, and the second reads the first's mark. */
export async function lockInterestSettings(tx: Tx) {
  const [row] = await tx.select({
    charged: landlordSettings.lateInterestCharged, minimumOre: landlordSettings.lateInterestMinimumOre, since: landlordSettings.lateInterestSince, checkedTo: landlordSettings.lateInterestCheckedTo,
  }).from(landlordSettings).where(eq(landlordSettings.id, 1)).for('update');
  return row ?? null;
}

export async function markInterestCheckedTo(tx: Tx, at: Date): Promise<void> {
  await tx.update(landlordSettings).set({ lateInterestCheckedTo: at }).where(eq(landlordSettings.id, 1));
}

export interface PaidLateInvoice {
  id: string; number: number; kind: 'rent' | 'one_off'; customerId: string; leaseId: string | null;
  dueDate: string; periodKey: string | null; text: string | null;
  paid: { amountOre: number; paidOn: string }[];
}

interface Row { id: string; number: string | number; kind: 'rent' | 'one_off'; customerId: string; leaseId: string | null; dueDate: string; periodKey: string | null; text: string | null; paid: { amountOre: string | number; paidOn: string }[] }

/**
 * Invoices that allocations booked after `since` have left paid in full (settled ≥ total), with a payment
 * paid after the due date, and that are no credit note, no reminder's fee invoice, no interest invoice
 * and not charged before; each with what every payment paid on it, net, and its bank day.
 */
export async function invoicesPaidLateSince(tx: Tx, since: Date): Promise<PaidLateInvoice[]> {
  const result = await tx.execute(sql`
    with touched as (select distinct pa.invoice_id from payment_allocations pa where pa.created_at > ${since.toISOString()}::timestamptz),
    candidates as (
      select i.id, i.number, i.kind, i.customer_id, i.lease_id, i.due_date, i.period_key, i.text, i.total_ore from invoices i
        where i.id in (select invoice_id from touched) and i.kind <> 'credit'
          and not exists (select 1 from invoice_reminders ir where ir.fee_invoice_id = i.id)
          and not exists (select 1 from late_interest_charges lc where lc.invoice_id = i.id or lc.interest_invoice_id = i.id)
    ),
    parts as (
      select pa.invoice_id, pa.payment_id, p.paid_on, sum(pa.amount_ore) as ore from payment_allocations pa join payments p on p.id = pa.payment_id
        where pa.invoice_id in (select id from candidates) group by pa.invoice_id, pa.payment_id, p.paid_on
    ),
    credited as (select cn.credits_invoice_id, sum(cn.total_ore) as ore from invoices cn where cn.credits_invoice_id in (select id from candidates) group by cn.credits_invoice_id)
    select c.id, c.number, c.kind, c.customer_id as "customerId", c.lease_id as "leaseId", c.due_date::text as "dueDate", c.period_key as "periodKey", c.text,
           json_agg(json_build_object('amountOre', pt.ore, 'paidOn', pt.paid_on::text) order by pt.paid_on, pt.payment_id) as paid
      from candidates c join parts pt on pt.invoice_id = c.id left join credited cr on cr.credits_invoice_id = c.id
      group by c.id, c.number, c.kind, c.customer_id, c.lease_id, c.due_date, c.period_key, c.text, c.total_ore, cr.ore
      having sum(pt.ore) - coalesce(cr.ore, 0) >= c.total_ore and max(pt.paid_on) > c.due_date
      order by c.number`);
  return (result as unknown as { rows: Row[] }).rows.map((r) => ({
    ...r, number: Number(r.number), paid: r.paid.map((p) => ({ amountOre: Number(p.amountOre), paidOn: p.paidOn })),
  }));
}

export async function insertLateInterestCharges(tx: Tx, rows: { invoiceId: string; interestInvoiceId: string; interestOre: number; createdAt: Date }[]): Promise<void> {
  if (rows.length > 0) await tx.insert(lateInterestCharges).values(rows);
}

/** The interest invoice made for this invoice, if any. */
export async function interestInvoiceOf(db: Db, invoiceId: string) {
  const [row] = await db.select({ id: invoices.id, number: invoices.number, totalOre: invoices.totalOre })
    .from(lateInterestCharges).innerJoin(invoices, eq(invoices.id, lateInterestCharges.interestInvoiceId))
    .where(eq(lateInterestCharges.invoiceId, invoiceId));
  return row ?? null;
}
