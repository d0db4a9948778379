// A customer's credit (what is left of its payments, decision 0016) used on its open invoices, oldest
// due first (DOMAIN-SE.md §7.5), in the caller's transaction, whenever money or an invoice arrives for
// the customer (decision 0018): a bank file booked, a manual payment recorded, a payment given to the
// customer from the queue, invoices issued. Not after staff's own hand (an allocation by hand, an undo).
// Each use is an allocation of the old payment it comes from and an audit event per customer.
import type { Tx } from '../../db/tx.ts';
import { creditAllocations, type CreditAllocation } from '../../domain/payments/index.ts';
import { creditPaymentsOf, lockCustomerCredit, openInvoicesOf } from '../../repositories/ledger.ts';
import { insertAllocations } from '../../repositories/payments.ts';
import { recordAuditMany } from '../../repositories/audit.ts';

export interface CreditUser { now: Date; staffId: string | null; ip: string | null }

/** One use of credit: which payment paid how much of which invoice (its number, to say so). */
export type UsedCredit = CreditAllocation & { number: number };

function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
  return groups;
}

/**
 * A bank import's customers whose credit can only be this file's money: they had nothing left beside an
 * open invoice before it (decision 0018, no allocation of theirs undone), so their older payments are
 * not read. Reading every payment of thousands of customers cost a second or more a file.
 */
export interface CreditOfFile { bankFileId: string; customerIds: string[] }

/** Uses these customers' credit on their open invoices; answers the allocations it made. */
export async function applyCredit(tx: Tx, customerIds: string[], by: CreditUser, ofFile?: CreditOfFile): Promise<UsedCredit[]> {
  const fileOnly = new Set(ofFile?.customerIds ?? []);
  const ids = [...new Set([...customerIds, ...fileOnly])].sort();
  if (ids.length === 0) return [];
  await lockCustomerCredit(tx, ids);
  const credits = groupBy([
    ...await creditPaymentsOf(tx, ids.filter((id) => !fileOnly.has(id))),
    ...ofFile ? await creditPaymentsOf(tx, ids.filter((id) => fileOnly.has(id)), { bankFileId: ofFile.bankFileId }) : [],
  ], (c) => c.customerId);
  if (credits.size === 0) return [];
  const open = groupBy(await openInvoicesOf(tx, [...credits.keys()]), (i) => i.customerId);
  const made = [...credits].map(([customerId, payments]) => ({ customerId, allocations: creditAllocations(payments, open.get(customerId) ?? []) }))
    .filter((c) => c.allocations.length > 0);
  const allocations = made.flatMap((c) => c.allocations);
  if (allocations.length === 0) return [];
  await insertAllocations(tx, allocations.map((a) => ({ ...a, createdBy: by.staffId, createdAt: by.now })));
  const numbers = new Map([...open.values()].flat().map((i) => [i.id, i.number]));
  await recordAuditMany(tx, made.map((c) => ({
    at: by.now, actorKind: by.staffId ? 'staff' : 'system', actorId: by.staffId, action: 'payment.credit_used', subjectKind: 'customer', subjectId: c.customerId, ip: by.ip,
    details: { totalOre: c.allocations.reduce((s, a) => s + a.amountOre, 0), allocations: c.allocations },
  })));
  return allocations.map((a) => ({ ...a, number: numbers.get(a.invoiceId)! }));
}
