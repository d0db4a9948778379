// Where the back office's invoice pages are, and the staff's PDF of any invoice.

export function staffInvoiceHref(id: string): string {
  return `/admin/fakturor/${encodeURIComponent(id)}`;
}

/** The PDF of any customer's invoice ("Öppna avi"), for staff who may read billing; opened in a new tab. */
export function staffInvoicePdfHref(id: string): string {
  return `/api/backoffice/invoices/${encodeURIComponent(id)}/pdf`;
}

export function newInvoiceHref(customerId?: string): string {
  return customerId ? `/admin/fakturor/ny?kund=${encodeURIComponent(customerId)}` : '/admin/fakturor/ny';
}

export function customerInvoicesHref(customerId: string): string {
  return `/admin/fakturor?kund=${encodeURIComponent(customerId)}`;
}
