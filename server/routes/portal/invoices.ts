// Avier & fakturor: the customer's invoices, one invoice with its payment details, its PDF.
import { Type } from '@sinclair/typebox';

export const InvoiceListQuery = Type.Object({
  unpaid: Type.Optional(Type.Boolean({ default: true, description: 'Only what is left to pay (the default, "Visa endast obetalda"); false: all, newest first' })),
}, { additionalProperties: false });
