// "Öppna avi": the invoice as a PDF. Assembles the InvoiceDocument from the invoice as issued (its
// rows, totals, OCR; the QR code and OCR line for its total) and the landlord's and customer's
// details, in the reader's language; server/documents renders it.
import type { Db } from '../../db/client.ts';
import type { Scope } from '../../policies/tenant.ts';
import type { Language } from '../../i18n/language.ts';
import { formatIdentityNumber } from '../../domain/identity.ts';
import { formatInvoiceNumber, periodTitle, totals } from '../../domain/billing/index.ts';
import { findInvoice } from '../../repositories/invoices.ts';
import { findCustomerLeases } from '../../repositories/leases.ts';
import { findLandlord } from '../../repositories/landlord.ts';
import { findCustomer } from '../../repositories/customers.ts';
import { periodHeading } from '../../messaging/invoice-messages.ts';
import type { InvoiceDocument } from '../../documents/invoice-document.ts';
import { bankgiroOf, paymentOcrLine, paymentQrPayload } from './payment-details.ts';

type ObjectType = 'premises' | 'apartment' | 'parking' | 'storage';
const objectWords: Record<Language, Record<ObjectType, string>> = {
  sv: { premises: 'Lokal', apartment: 'Lägenhet', parking: 'Parkering', storage: 'Förråd' },
  en: { premises: 'Premises', apartment: 'Apartment', parking: 'Parking', storage: 'Storage' },
};
const objectOrder: ObjectType[] = ['premises', 'apartment', 'parking', 'storage'];

/** The lease's objects as the portal names them: "Lokal 1001, Utlandagatan 6; Förråd F-01, Utlandagatan 6". */
function objectsText(objects: { type: ObjectType; number: string; street: string }[], lang: Language): string | null {
  if (objects.length === 0) return null;
  return [...objects]
    .sort((a, b) => objectOrder.indexOf(a.type) - objectOrder.indexOf(b.type) || a.number.localeCompare(b.number, 'sv'))
    .map((o) => `${objectWords[lang][o.type]} ${o.number}, ${o.street}`).join('; ');
}

export async function invoiceDocument(deps: { db: Db }, scope: Scope, id: string, lang: Language): Promise<InvoiceDocument | null> {
  const bundle = await findInvoice(deps.db, scope, id);
  if (!bundle) return null;
  const { invoice } = bundle;
  const [landlord, customer, leases] = await Promise.all([
    findLandlord(deps.db),
    findCustomer(deps.db, invoice.customerId),
    invoice.leaseId ? findCustomerLeases(deps.db, scope, invoice.customerId, invoice.leaseId) : Promise.resolve([]),
  ]);
  if (!landlord || !customer) return null;
  const lease = leases[0] ?? null;
  const title = invoice.periodKey ? periodTitle(invoice.periodKey) : null;
  const payable = invoice.kind !== 'credit' && invoice.ocr !== null;
  const c = customer.customer;
  return {
    language: lang,
    landlord: {
      name: landlord.name, orgNumber: formatIdentityNumber(landlord.orgNumber), vatNumber: landlord.vatNumber,
      street: landlord.street, postalCode: landlord.postalCode, city: landlord.city, bankgiro: bankgiroOf(landlord),
      email: landlord.email, phone: landlord.phone, website: landlord.website?.replace(/^https?:\/\//, '') ?? null, fTax: landlord.fTax, logo: null,
    },
    customer: { name: c.name, identityNumber: formatIdentityNumber(c.identityNumber), street: c.street, postalCode: c.postalCode, city: c.city },
    invoice: {
      kind: invoice.kind,
      number: formatInvoiceNumber(invoice.number),
      issueDate: invoice.issueDate,
      dueDate: invoice.dueDate,
      periodLabel: title ? periodHeading(title, lang) : null,
      text: invoice.text,
      leaseNumber: lease?.lease.number ?? null,
      objects: lease ? objectsText(lease.objects, lang) : null,
      periodFrom: invoice.periodFrom,
      periodTo: invoice.periodTo,
      creditsNumber: bundle.creditsInvoice ? formatInvoiceNumber(bundle.creditsInvoice.number) : null,
      rows: bundle.rows.map((r) => ({ description: r.description, periodFrom: r.periodFrom, periodTo: r.periodTo, netOre: r.netOre, vatRatePercent: r.vatRatePercent, vatOre: r.vatOre })),
      vatByRate: totals(bundle.rows).vatByRate,
      netOre: invoice.netOre,
      vatOre: invoice.vatOre,
      totalOre: invoice.totalOre,
      ocr: payable ? invoice.ocr : null,
      ocrLine: payable ? paymentOcrLine(landlord, { ...invoice, ocr: invoice.ocr! }, invoice.totalOre) : null,
      qrPayload: payable ? paymentQrPayload(landlord, invoice, invoice.totalOre) : null,
    },
  };
}

/** The PDF of the invoice, or null when the scope does not reach it. */
export async function invoicePdf(deps: { db: Db }, scope: Scope, id: string, lang: Language): Promise<{ number: number; pdf: Buffer } | null> {
  const doc = await invoiceDocument(deps, scope, id, lang);
  if (!doc) return null;
  // pdfkit and the fonts (~18 MB resident) are loaded at the first PDF, not by every server (decision 0026).
  const { renderInvoicePdf } = await import('../../documents/invoice-pdf.ts');
  return { number: Number(doc.invoice.number), pdf: await renderInvoicePdf(doc) };
}
