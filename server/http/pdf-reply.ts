// One way to answer with an invoice's PDF, for the tenant's and the staff's "Öppna avi".
import type { FastifyReply } from 'fastify';
import { AppError } from '../errors.ts';

/** Inline in the browser, named by the invoice number, never cached by a shared cache; 404 when not found. */
export function replyInvoicePdf(reply: FastifyReply, found: { number: string | number; pdf: Buffer | Uint8Array } | null) {
  if (!found) throw new AppError('NOT_FOUND');
  return reply
    .header('content-type', 'application/pdf')
    .header('content-disposition', `inline; filename="avi-${found.number}.pdf"`)
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'private, no-cache')
    .send(found.pdf);
}
