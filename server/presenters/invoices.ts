// Invoices (avier, fakturor, credit notes) as the tenant's portal shows them.
import { Type, type Static } from '@sinclair/typebox';
import { IsoDate, Nullable, StringEnum } from '../http/schemas.ts';
import { invoiceStatus, periodTitle, remainingOre, totals } from '../domain/billing/index.ts';
import type { InvoiceBundle, InvoiceSummaryRow } from '../repositories/invoices.ts';
import type { findCustomerLeases } from '../repositories/leases.ts';
import { ObjectView, presentObject } from './leases.ts';

export const InvoiceKindView = StringEnum(['rent', 'one_off', 'credit'], { description: 'rent: an avi; one_off: a faktura; credit: a credit note' });
export const InvoiceStatusView = StringEnum(['unpaid', 'partly_paid', 'paid', 'overdue'], {
  description: 'Derived from the payments and credit notes against it and the due date; a credit note is always paid',
});

/** What the heading says: "April 2026" or "Kvartal 2 2026" in the reader's language; null for a one-off invoice (its text is the heading). */
export const PeriodTitleView = Nullable(Type.Union([
  Type.Object({ kind: Type.Literal('month'), year: Type.Integer(), month: Type.Integer({ minimum: 1, maximum: 12 }) }),
  Type.Object({ kind: Type.Literal('quarter'), year: Type.Integer(), quarter: Type.Integer({ minimum: 1, maximum: 4 }) }),
]));

const invoiceFields = {
  id: Type.String(),
  number: Type.Integer({ description: 'The invoice number (löpnummer), gap-free across all invoices' }),
  kind: InvoiceKindView,
  periodKey: Nullable(Type.String({ description: "The lease's billing period: '2026-04' or '2026-Q2'" })),
  title: PeriodTitleView,
  text: Nullable(Type.String({ description: "A one-off invoice's or credit note's text, e.g. \"Extra nyckel\"" })),
  issueDate: IsoDate,
  dueDate: IsoDate,
  totalOre: Type.Integer({ description: 'Including VAT, in öre; negative for a credit note' }),
  remainingOre: Type.Integer({ description: 'What is left to pay, in öre (0 when paid, and for a credit note)' }),
  status: InvoiceStatusView,
};

export const InvoiceSummaryView = Type.Object(invoiceFields);
export const InvoiceListView = Type.Object({ invoices: Type.Array(InvoiceSummaryView) });

export const InvoiceRowView = Type.Object({
  position: Type.Integer(),
  kind: Type.String({ description: "A rent row's kind (base_rent, index …) or one_off / credit" }),
  description: Type.String(),
  periodFrom: Nullable(IsoDate),
  periodTo: Nullable(IsoDate),
  netOre: Type.Integer(),
  vatRatePercent: Type.Integer(),
  vatOre: Type.Integer(),
});

export const VatByRateView = Type.Object({ ratePercent: Type.Integer(), netOre: Type.Integer(), vatOre: Type.Integer() });

export const InvoiceRefView = Type.Object({ id: Type.String(), number: Type.Integer(), issueDate: IsoDate, totalOre: Type.Integer() });

export const PaymentQrView = Type.Object({
  payload: Type.String({ description: 'The UsingQR JSON (non-ASCII escaped as \\uXXXX) the code holds' }),
  size: Type.Integer({ description: 'Modules a side, quiet zone included: the SVG viewBox is 0 0 size size' }),
  path: Type.String({ description: 'SVG path data of the dark modules, one unit a module' }),
}, { description: 'The payment QR code (UsingQR) a Swedish bank app scans' });

export const InvoiceDetailView = Type.Object({
  ...invoiceFields,
  periodFrom: Nullable(IsoDate),
  periodTo: Nullable(IsoDate),
  netOre: Type.Integer(),
  vatOre: Type.Integer(),
  rows: Type.Array(InvoiceRowView),
  vatByRate: Type.Array(VatByRateView, { description: 'One entry per VAT rate on the invoice, highest first' }),
  bankgiro: Type.String({ description: 'The landlord\'s bankgiro as printed: "5050-1055"' }),
  ocr: Nullable(Type.String({ description: 'The OCR reference to pay with; null for a credit note' })),
  lease: Nullable(Type.Object({ id: Type.String(), number: Type.String(), objects: Type.Array(ObjectView) })),
  payments: Type.Array(Type.Object({ id: Type.String({ description: "The payment's id (staff open it at /admin/inbetalningar/:id)" }), paidOn: IsoDate, amountOre: Type.Integer() }), { description: 'The payments that paid it (allocated to it), oldest first' }),
  credits: Type.Array(InvoiceRefView, { description: 'The credit notes against it' }),
  creditsInvoice: Nullable(InvoiceRefView),
  qr: Nullable(PaymentQrView),
});

export const InvoiceResponseView = Type.Object({ invoice: InvoiceDetailView });

export function presentInvoiceSummary(row: InvoiceSummaryRow, today: string): Static<typeof InvoiceSummaryView> {
  // One object of one shape for both rules (no spread: a list presents every row so).
  const balance = { totalOre: row.totalOre, settledOre: row.settledOre, dueDate: row.dueDate, today };
  return {
    id: row.id, number: row.number, kind: row.kind, periodKey: row.periodKey,
    title: row.periodKey ? periodTitle(row.periodKey) : null,
    text: row.text, issueDate: row.issueDate, dueDate: row.dueDate, totalOre: row.totalOre,
    remainingOre: remainingOre(balance),
    status: invoiceStatus(balance),
  };
}

type LeaseBundle = Awaited<ReturnType<typeof findCustomerLeases>>[number];

export function presentInvoiceDetail(
  bundle: InvoiceBundle,
  extra: { today: string; bankgiro: string; lease: LeaseBundle | null; qr: Static<typeof PaymentQrView> | null },
): Static<typeof InvoiceDetailView> {
  const { invoice, rows } = bundle;
  const ref = (r: { id: string; number: number; issueDate: string; totalOre: number }) => ({ id: r.id, number: r.number, issueDate: r.issueDate, totalOre: r.totalOre });
  return {
    ...presentInvoiceSummary(bundle.summary, extra.today),
    periodFrom: invoice.periodFrom, periodTo: invoice.periodTo,
    netOre: invoice.netOre, vatOre: invoice.vatOre,
    rows: rows.map((r) => ({
      position: r.position, kind: r.kind, description: r.description, periodFrom: r.periodFrom, periodTo: r.periodTo,
      netOre: r.netOre, vatRatePercent: r.vatRatePercent, vatOre: r.vatOre,
    })),
    vatByRate: totals(rows).vatByRate,
    bankgiro: extra.bankgiro,
    ocr: invoice.ocr,
    lease: extra.lease ? { id: extra.lease.lease.id, number: extra.lease.lease.number, objects: extra.lease.objects.map(presentObject) } : null,
    payments: bundle.payments,
    credits: bundle.credits.map(ref),
    creditsInvoice: bundle.creditsInvoice ? ref(bundle.creditsInvoice) : null,
    qr: extra.qr,
  };
}
