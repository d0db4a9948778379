// Payments (Inbetalningar) and the balance as the tenant's portal shows them.
import { Type, type Static } from '@sinclair/typebox';
import { IsoDate, Nullable, StringEnum } from '../http/schemas.ts';
import { periodTitle } from '../domain/billing/index.ts';
import type { CustomerPaymentRow } from '../repositories/ledger.ts';
import { InvoiceKindView, PeriodTitleView } from './invoices.ts';

export const PaymentView = Type.Object({
  id: Type.String(),
  kind: StringEnum(['payment', 'refund'], { description: 'payment: money in; refund: money the landlord paid back (negative)' }),
  paidOn: IsoDate,
  amountOre: Type.Integer({ description: 'In öre; negative for a refund' }),
  reference: Nullable(Type.String({ description: 'The OCR or text the payer gave' })),
  invoices: Type.Array(Type.Object({
    id: Type.String(),
    number: Type.Integer(),
    kind: InvoiceKindView,
    title: PeriodTitleView,
    text: Nullable(Type.String()),
    amountOre: Type.Integer({ description: 'What this payment paid of the invoice' }),
  }), { description: 'The invoices it paid, oldest due first' }),
  creditOre: Type.Integer({ description: 'What is left of it, kept as credit for the next invoice (0 for a refund)' }),
});

export const PaymentListView = Type.Object({
  payments: Type.Array(PaymentView),
  creditOre: Type.Integer({ description: "The customer's credit (tillgodo) in all: used on its next invoice" }),
});

export const BalanceView = Type.Object({
  overdueOre: Type.Integer({ description: 'Debt (skuld): what fell due before today and is not paid' }),
  overdueCount: Type.Integer(),
  oldestDueDate: Nullable(IsoDate),
  creditOre: Type.Integer({ description: 'Credit (tillgodo) from overpayments, used on the next invoice' }),
});

export function presentPayment(row: CustomerPaymentRow): Static<typeof PaymentView> {
  return {
    id: row.id,
    kind: row.kind === 'refund' ? 'refund' : 'payment',
    paidOn: row.paidOn,
    amountOre: row.amountOre,
    reference: row.reference,
    invoices: row.invoices.map((invoice) => ({
      id: invoice.invoiceId, number: invoice.number, kind: invoice.kind,
      title: invoice.periodKey ? periodTitle(invoice.periodKey) : null, text: invoice.text, amountOre: invoice.amountOre,
    })),
    creditOre: row.kind === 'refund' ? 0 : Math.max(0, row.leftOre),
  };
}
