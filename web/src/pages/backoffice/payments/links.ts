// Where the back office's payment pages are (Inbetalningar).

export const paymentQueueHref = '/admin/inbetalningar/oparade';

export function staffPaymentHref(id: string): string {
  return `/admin/inbetalningar/${encodeURIComponent(id)}`;
}

export function newPaymentHref(customerId?: string): string {
  return customerId ? `/admin/inbetalningar/ny?kund=${encodeURIComponent(customerId)}` : '/admin/inbetalningar/ny';
}
