// Fakturor in the back office: the invoice register, an invoice's page, crediting it, a new one-off
// invoice, and the customer page's invoices.
import { glossary } from './common';

export const invoicing = {
  invoiceKind: {
    rent: glossary.invoice,
    one_off: 'Faktura',
    credit: glossary.creditNote,
  },
};

export type InvoicingMessages = typeof invoicing;
