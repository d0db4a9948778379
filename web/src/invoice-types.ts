// PROVISIONAL: the shapes of server/presenters/invoices.ts as the ledger branch is writing them. Once
// those views are committed and exported by server/http/contract.ts, this file goes and the pages
// import the same names from '@api'.
import type { LeaseObject } from '@api';

export type InvoiceKind = 'rent' | 'one_off' | 'credit';
export type InvoiceStatus = 'unpaid' | 'partly_paid' | 'paid' | 'overdue';
export type PeriodTitle = { kind: 'month'; year: number; month: number } | { kind: 'quarter'; year: number; quarter: number } | null;

export interface InvoiceSummary {
  id: string;
  number: number;
  kind: InvoiceKind;
  periodKey: string | null;
  title: PeriodTitle;
  text: string | null;
  issueDate: string;
  dueDate: string;
  totalOre: number;
  remainingOre: number;
  status: InvoiceStatus;
}
export interface InvoiceList { invoices: InvoiceSummary[] }

export interface InvoiceRow {
  position: number;
  kind: string;
  description: string;
  periodFrom: string | null;
  periodTo: string | null;
  netOre: number;
  vatRatePercent: number;
  vatOre: number;
}
export interface VatByRate { ratePercent: number; netOre: number; vatOre: number }
export interface InvoiceRef { id: string; number: number; issueDate: string; totalOre: number }
export interface PaymentQr { payload: string; size: number; path: string }
export interface InvoicePayment { paidOn: string; amountOre: number }

export interface InvoiceDetail extends InvoiceSummary {
  periodFrom: string | null;
  periodTo: string | null;
  netOre: number;
  vatOre: number;
  rows: InvoiceRow[];
  vatByRate: VatByRate[];
  bankgiro: string;
  ocr: string | null;
  lease: { id: string; number: string; objects: LeaseObject[] } | null;
  payments: InvoicePayment[];
  credits: InvoiceRef[];
  creditsInvoice: InvoiceRef | null;
  qr: PaymentQr | null;
}
export interface InvoiceResponse { invoice: InvoiceDetail }
