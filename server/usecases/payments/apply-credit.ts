// A customer's credit (what is left of its payments, decision 0016) used on its open invoices, oldest
// due first (DOMAIN-SE.md §7.5), in the caller's transaction: after a bank file is booked, after
// invoices are issued (so credit pays the next avi), after staff assign a payment from the queue.
// Each use is an allocation of the old payment it comes from and an audit event per customer.
import type { Tx } from '../../db/tx.ts';
import { creditAllocations, type CreditAllocation } from '../../domain/payments/index.ts';
import { creditPaymentsOf, lockCustomerCredit, openInvoicesOf } from '../../repositories/ledger.ts';
import { insertAllocations } from '../../repositories/payments.ts';
import { recordAuditMany } from '../../repositories/audit.ts';

export interface CreditUser { now: Date; staffId: string | null; ip: string | null }

function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
  return groups;
}

/** Uses these customers' credit on their open invoices; answers the allocations it made. */
export async function applyCredit(tx: Tx, customerIds: string[], by: CreditUser): Promise<CreditAllocation[]> {
  const ids = [...new Set(customerIds)].sort();
  if (ids.length === 0) return [];
  await lockCustomerCredit(tx, ids);
  const credits = groupBy(await creditPaymentsOf(tx, ids), (c) => c.customerId);
  if (credits.size === 0) return [];
  const open = groupBy(await openInvoicesOf(tx, [...credits.keys()]), (i) => i.customerId);
  const made = [...credits].map(([customerId, payments]) => ({ customerId, allocations: creditAllocations(payments, open.get(customerId) ?? []) }))
    .filter((c) => c.allocations.length > 0);
  const allocations = made.flatMap((c) => c.allocations);
  if (allocations.length === 0) return [];
  await insertAllocations(tx, allocations.map((a) => ({ ...a, createdBy: by.staffId, createdAt: by.now })));
  await recordAuditMany(tx, made.map((c) => ({
    at: by.now, actorKind: by.staffId ? 'staff' : 'system', actorId: by.staffId, action: 'payment.credit_used', subjectKind: 'customer', subjectId: c.customerId, ip: by.ip,
    details: { totalOre: c.allocations.reduce((s, a) => s + a.amountOre, 0), allocations: c.allocations },
  })));
  return allocations;
}
