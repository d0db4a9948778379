// Debt (skuld) as the back office shows it: the debtor list and a customer's debt, by age bucket.
import { Type, type Static } from '@sinclair/typebox';
import { IsoDate, Nullable, StringEnum } from '../http/schemas.ts';
import { AGE_BUCKETS } from '../domain/payments/index.ts';
import { formatIdentityNumber } from '../domain/identity.ts';
import type { CustomerDebt, Debtor } from '../usecases/payments/debt.ts';

const Ore = (description: string) => Type.Integer({ description });

export const AgeBucketsView = Type.Object({
  '1-30': Ore('Overdue 1 to 30 days, in öre'),
  '31-60': Ore('Overdue 31 to 60 days'),
  '61-90': Ore('Overdue 61 to 90 days'),
  '90+': Ore('Overdue more than 90 days'),
}, { description: 'What is overdue, by days past the due date' });

export const OverdueInvoiceView = Type.Object({
  id: Type.String(),
  number: Type.Integer(),
  dueDate: IsoDate,
  remainingOre: Ore('What is left to pay'),
  daysOverdue: Type.Integer(),
  bucket: StringEnum(AGE_BUCKETS),
});

export const CustomerDebtView = Type.Object({
  overdueOre: Ore('Debt: what fell due before today and is not paid or credited'),
  notDueOre: Ore('Issued and not yet due'),
  creditOre: Ore('Credit (tillgodo): money paid in and not yet used'),
  buckets: AgeBucketsView,
  oldestDueDate: Nullable(IsoDate),
  overdueInvoices: Type.Array(OverdueInvoiceView, { description: 'Oldest due first' }),
});

export const CustomerDebtResponseView = Type.Object({ debt: CustomerDebtView });

export const DebtorView = Type.Object({
  customer: Type.Object({ id: Type.String(), name: Type.String(), identityNumber: Type.String() }),
  overdueOre: Ore('The overdue balance'),
  buckets: AgeBucketsView,
  oldestDueDate: IsoDate,
  invoiceCount: Type.Integer({ description: 'Overdue invoices' }),
  creditOre: Ore('Credit that would cover part of it'),
});

export const DebtorListView = Type.Object({
  today: IsoDate,
  debtors: Type.Array(DebtorView, { description: 'Every customer with an overdue balance, the largest first' }),
  totals: Type.Object({ overdueOre: Ore('Sum of all'), buckets: AgeBucketsView }),
});

export function presentCustomerDebt(debt: CustomerDebt): Static<typeof CustomerDebtView> {
  return {
    overdueOre: debt.overdueOre, notDueOre: debt.notDueOre, creditOre: debt.creditOre, buckets: debt.buckets, oldestDueDate: debt.oldestDueDate,
    overdueInvoices: debt.overdueInvoices.map((i) => ({ ...i, number: debt.numbers[i.id]! })),
  };
}

export function presentDebtors(debtors: Debtor[], today: string): Static<typeof DebtorListView> {
  const buckets = { '1-30': 0, '31-60': 0, '61-90': 0, '90+': 0 };
  for (const d of debtors) for (const b of AGE_BUCKETS) buckets[b] += d.debt.buckets[b];
  return {
    today,
    debtors: debtors.map((d) => ({
      customer: { ...d.customer, identityNumber: formatIdentityNumber(d.customer.identityNumber) }, overdueOre: d.debt.overdueOre, buckets: d.debt.buckets, oldestDueDate: d.debt.oldestDueDate!,
      invoiceCount: d.debt.overdueInvoices.length, creditOre: d.debt.creditOre,
    })),
    totals: { overdueOre: debtors.reduce((s, d) => s + d.debt.overdueOre, 0), buckets },
  };
}
