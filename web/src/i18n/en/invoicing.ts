import type { InvoicingMessages } from '../sv/invoicing';
import { glossary } from './common';

export const invoicing: InvoicingMessages = {
  invoiceKind: {
    rent: glossary.invoice,
    one_off: 'Invoice',
    credit: glossary.creditNote,
  },
};
