// Payments and their allocations to invoices: bookings, insert-only. Minimal for now (demo and manual
// payments); the payments issue adds bank files, the unmatched queue and what a payment pays first.
import type { Tx } from '../db/tx.ts';
import { paymentAllocations, payments } from '../db/schema/index.ts';

export type PaymentInsert = typeof payments.$inferInsert & { id: string };
export type AllocationInsert = typeof paymentAllocations.$inferInsert;

export async function insertPaymentsWithAllocations(tx: Tx, rows: { payments: PaymentInsert[]; allocations: AllocationInsert[] }): Promise<void> {
  for (let i = 0; i < rows.payments.length; i += 1000) await tx.insert(payments).values(rows.payments.slice(i, i + 1000));
  for (let i = 0; i < rows.allocations.length; i += 1000) await tx.insert(paymentAllocations).values(rows.allocations.slice(i, i + 1000));
}
