// Invoices as the back office shows them (Fakturor): the register's list across customers, and one
// invoice with what the portal shows of it plus its customer, who issued it and what may still be
// credited of it.
import { Type, type Static } from '@sinclair/typebox';
import { Nullable } from '../http/schemas.ts';
import { formatIdentityNumber } from '../domain/identity.ts';
import { creditableNetOfRow, uncreditedByRate, uncreditedTotal } from '../domain/billing/credit-note.ts';
import type { InvoiceSearchRow, InvoiceToCredit, invoiceParties } from '../repositories/invoice-search.ts';
import { InvoiceDetailView, InvoiceSummaryView, presentInvoiceSummary } from './invoices.ts';

const CustomerRefView = Type.Object({ id: Type.String(), name: Type.String() });

export const StaffInvoiceSummaryView = Type.Object({
  ...InvoiceSummaryView.properties,
  customer: CustomerRefView,
  lease: Nullable(Type.Object({ id: Type.String(), number: Type.String() })),
  creditsInvoiceId: Nullable(Type.String({ description: 'For a credit note: the invoice it credits' })),
});

export const StaffInvoiceListView = Type.Object({
  invoices: Type.Array(StaffInvoiceSummaryView),
  total: Type.Integer({ description: 'How many invoices match in all' }),
  page: Type.Integer({ minimum: 1 }),
  pageSize: Type.Integer(),
});

export const CreditableRowView = Type.Object({
  position: Type.Integer(),
  description: Type.String(),
  netOre: Type.Integer(),
  vatRatePercent: Type.Integer(),
  maxNetOre: Type.Integer({ description: 'The most of this row (excluding VAT, öre) a credit note may credit now' }),
});

export const StaffInvoiceDetailView = Type.Object({
  ...InvoiceDetailView.properties,
  customer: Type.Object({ id: Type.String(), name: Type.String(), identityNumber: Type.String() }),
  createdBy: Nullable(Type.Object({ id: Type.String(), name: Type.String() }, { description: 'Null for an invoice the system made (the demo data)' })),
  uncreditedOre: Type.Integer({ description: 'Including VAT, what is still not credited of it (0 for a credit note)' }),
  creditable: Type.Array(CreditableRowView, { description: 'Its rows, each with the most that may be credited of it now; empty for a credit note' }),
});

export const StaffInvoiceResponseView = Type.Object({ invoice: StaffInvoiceDetailView });

export const IssuedInvoiceView = Type.Object({ id: Type.String(), number: Type.Integer(), totalOre: Type.Integer() });

export function presentStaffInvoiceSummary(row: InvoiceSearchRow, today: string): Static<typeof StaffInvoiceSummaryView> {
  return {
    ...presentInvoiceSummary(row, today),
    customer: { id: row.customerId, name: row.customerName },
    lease: row.leaseId && row.leaseNumber ? { id: row.leaseId, number: row.leaseNumber } : null,
    creditsInvoiceId: row.creditsInvoiceId,
  };
}

export function presentStaffInvoiceDetail(
  detail: Static<typeof InvoiceDetailView>,
  parties: NonNullable<Awaited<ReturnType<typeof invoiceParties>>>,
  credit: InvoiceToCredit,
): Static<typeof StaffInvoiceDetailView> {
  const isCredit = credit.invoice.kind === 'credit';
  const balances = isCredit ? [] : uncreditedByRate(credit.rows, credit.creditRows);
  return {
    ...detail,
    customer: { id: parties.customerId, name: parties.customerName, identityNumber: formatIdentityNumber(parties.identityNumber) },
    createdBy: parties.createdById && parties.createdByName ? { id: parties.createdById, name: parties.createdByName } : null,
    uncreditedOre: uncreditedTotal(balances),
    creditable: isCredit ? [] : credit.rows.map((r) => ({
      position: r.position, description: r.description, netOre: r.netOre, vatRatePercent: r.vatRatePercent, maxNetOre: creditableNetOfRow(r, balances),
    })),
  };
}
