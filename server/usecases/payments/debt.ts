// Debt (skuld, DOMAIN-SE.md §7.5): the debtor list, one customer's debt, and hasDebt for the rules
// that refuse a customer in debt (option orders). The sums come from the bookings (repositories/debt.ts),
// the age buckets and the rule from domain/payments/debt.ts.
import type { Db } from '../../db/client.ts';
import { debtExceeds, debtOf, type DebtSummary } from '../../domain/payments/index.ts';
import { creditOfCustomers, openInvoices, type OpenInvoiceRow } from '../../repositories/debt.ts';
import { customerCreditOre, customerDebt } from '../../repositories/ledger.ts';
import type { Scope } from '../../policies/tenant.ts';

export interface CustomerDebt extends DebtSummary {
  /** The overdue invoices' numbers, by id (overdueInvoices names them by id). */
  numbers: Record<string, number>;
  oldestDueDate: string | null;
}

function summary(rows: OpenInvoiceRow[], creditOre: number, today: string): CustomerDebt {
  // What is left of each invoice is its total here: the settled part is already taken off in SQL.
  const debt = debtOf({ invoices: rows.map((r) => ({ id: r.id, totalOre: r.remainingOre, dueDate: r.dueDate })), allocations: [], today });
  return {
    ...debt,
    creditOre,
    numbers: Object.fromEntries(rows.map((r) => [r.id, r.number])),
    oldestDueDate: debt.overdueInvoices[0]?.dueDate ?? null,
  };
}

/** One customer's debt on `today`: overdue by age, not yet due, and its credit. */
export async function customerDebtSummary(db: Db, customerId: string, today: string): Promise<CustomerDebt> {
  const [rows, credit] = [await openInvoices(db, { customerId }), await creditOfCustomers(db, [customerId])];
  return summary(rows, credit.get(customerId) ?? 0, today);
}

export interface Debtor {
  customer: { id: string; name: string; identityNumber: string };
  debt: CustomerDebt;
}

/** Every customer with an overdue balance on `today`, the largest first. */
export async function listDebtors(db: Db, today: string): Promise<Debtor[]> {
  const rows = await openInvoices(db, { dueBefore: today });
  const byCustomer = new Map<string, OpenInvoiceRow[]>();
  for (const r of rows) byCustomer.set(r.customerId, [...(byCustomer.get(r.customerId) ?? []), r]);
  const credit = await creditOfCustomers(db, [...byCustomer.keys()]);
  return [...byCustomer.values()]
    .map((own) => ({
      customer: { id: own[0]!.customerId, name: own[0]!.customerName, identityNumber: own[0]!.identityNumber },
      debt: summary(own, credit.get(own[0]!.customerId) ?? 0, today),
    }))
    .filter((d) => d.debt.overdueOre > 0)
    .sort((a, b) => b.debt.overdueOre - a.debt.overdueOre || a.customer.name.localeCompare(b.customer.name, 'sv'));
}

/**
 * Whether the customer is in debt on `today`: anything overdue that its credit does not cover. The
 * option rules ask this on every Tillval page (no ordering while the customer has a debt, SPEC.md
 * "Option ordering"), through the two sums Hem's balance reads: the ledger's prepared statements, in the
 * caller's scope (a tenant's only of its own customer).
 */
export async function hasDebt(db: Db, scope: Scope, customerId: string, today: string, thresholdOre = 0): Promise<boolean> {
  const { overdueOre } = await customerDebt(db, scope, customerId, today);
  return debtExceeds({ overdueOre, creditOre: await customerCreditOre(db, scope, customerId) }, thresholdOre);
}
