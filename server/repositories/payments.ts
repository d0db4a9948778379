// Payments and their allocations to invoices: bookings, insert-only (decision 0016). A payment's
// assignment to a customer is a booking too: one row, never changed.
import type { Tx } from '../db/tx.ts';
import { paymentAllocations, paymentAssignments, payments } from '../db/schema/index.ts';

export type PaymentInsert = typeof payments.$inferInsert & { id: string };
export type AllocationInsert = typeof paymentAllocations.$inferInsert;

export async function insertPaymentsWithAllocations(tx: Tx, rows: { payments: PaymentInsert[]; allocations: AllocationInsert[] }): Promise<void> {
  for (let i = 0; i < rows.payments.length; i += 1000) await tx.insert(payments).values(rows.payments.slice(i, i + 1000));
  for (let i = 0; i < rows.allocations.length; i += 1000) await tx.insert(paymentAllocations).values(rows.allocations.slice(i, i + 1000));
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
