// Prints the SHA-256 of the example avi's PDF: the invoice PDF test runs it in another process with
// another time zone and locale, and expects the same bytes.
import { createHash } from 'node:crypto';
import { renderInvoicePdf } from '../../server/documents/invoice-pdf.ts';
import { exampleInvoice } from '../../server/documents/example.ts';

const pdf = await renderInvoicePdf(exampleInvoice);
process.stdout.write(createHash('sha256').update(pdf).digest('hex'));
