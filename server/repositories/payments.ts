// Payments and their allocations to invoices: bookings, insert-only (decision 0016). A payment's
// assignment to a customer is a booking too: one row, never changed. Each kind of row goes in as
// multi-row INSERTs of JSON (db/bulk-insert.ts): a bank file of 10,000 payments is a handful of statements.
import type { Tx } from '../db/tx.ts';
import { insertRowsAsJson } from '../db/bulk-insert.ts';
import { paymentAllocations, paymentAssignments, payments } from '../db/schema/index.ts';

export type PaymentInsert = typeof payments.$inferInsert & { id: string };
export type AllocationInsert = typeof paymentAllocations.$inferInsert;

const ROWS_PER_INSERT = 5000;

export async function insertPaymentsWithAllocations(tx: Tx, rows: { payments: PaymentInsert[]; allocations: AllocationInsert[] }): Promise<void> {
  for (let i = 0; i < rows.payments.length; i += ROWS_PER_INSERT) await insertRowsAsJson(tx, payments, rows.payments.slice(i, i + ROWS_PER_INSERT));
  await insertAllocations(tx, rows.allocations);
}

export async function insertAllocations(tx: Tx, allocations: AllocationInsert[]): Promise<void> {
  for (let i = 0; i < allocations.length; i += ROWS_PER_INSERT) await insertRowsAsJson(tx, paymentAllocations, allocations.slice(i, i + ROWS_PER_INSERT));
}

export type AssignmentInsert = typeof paymentAssignments.$inferInsert;

export async function insertPaymentAssignment(tx: Tx, row: AssignmentInsert): Promise<void> {
  await tx.insert(paymentAssignments).values(row);
}

/**
 * A payment recorded under an identity (a manual payment's idempotency key): false when one with that
 * identity exists already, which then stays as it was.
 */
export async function insertPaymentOnce(tx: Tx, row: PaymentInsert): Promise<boolean> {
  const inserted = await tx.insert(payments).values(row).onConflictDoNothing({ target: payments.identity }).returning({ id: payments.id });
  return inserted.length > 0;
}
