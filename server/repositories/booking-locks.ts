// The advisory lock that orders bookings around a bank import (decisions 0018, 0027). An import holds
// it alone for its whole transaction: it reads what is left on the invoices its payments name and books
// against that, before it locks any customer. Whatever else changes an invoice's balance or uses a
// customer's credit takes it shared first (staff's bookings on a payment, and through lockInvoiceSeries
// every invoice, credit note and the credit they use), so it waits for a running import but not for
// another booking like it.
// A reminder run holds it alone too: it never reminds of an invoice an import is paying.
// Kept apart from the repositories that use it, which import each other.
import { sql } from 'drizzle-orm';
import type { Tx } from '../db/tx.ts';

const BANK_IMPORT_LOCK = 7301101;

/** One import (or reminder run) at a time: each sees every payment the one before it committed. */
export async function lockBankImports(tx: Tx): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${sql.raw(String(BANK_IMPORT_LOCK))})`);
}

/** A booking's wait for a running import; bookings that share it do not wait for each other. */
export async function shareBankImportLock(tx: Tx): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock_shared(${sql.raw(String(BANK_IMPORT_LOCK))})`);
}
