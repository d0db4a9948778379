// One invoice as the portal shows it: its rows and bookings, the lease it is for, the landlord's
// bankgiro, and the payment QR code for what is left to pay (none for a credit note or a paid invoice).
import type { Db } from '../../db/client.ts';
import type { Clock } from '../../clock.ts';
import type { Scope } from '../../policies/tenant.ts';
import { swedishDate } from '../../domain/dates.ts';
import { remainingOre } from '../../domain/billing/index.ts';
import { findInvoice } from '../../repositories/invoices.ts';
import { findCustomerLeases } from '../../repositories/leases.ts';
import { findLandlord } from '../../repositories/landlord.ts';
import { presentInvoiceDetail } from '../../presenters/invoices.ts';
import { qrSvgPath } from '../../documents/qr.ts';
import { bankgiroOf, paymentQrPayload } from './payment-details.ts';

export async function readInvoice(deps: { db: Db; clock: Clock }, scope: Scope, id: string) {
  const bundle = await findInvoice(deps.db, scope, id);
  if (!bundle) return null;
  const [landlord, leases] = await Promise.all([
    findLandlord(deps.db),
    bundle.invoice.leaseId ? findCustomerLeases(deps.db, scope, bundle.invoice.customerId, bundle.invoice.leaseId) : Promise.resolve([]),
  ]);
  const left = remainingOre(bundle.summary);
  const payload = landlord && bundle.invoice.kind !== 'credit' && left > 0 ? paymentQrPayload(landlord, bundle.invoice, left) : null;
  return presentInvoiceDetail(bundle, {
    today: swedishDate(deps.clock.now()), bankgiro: bankgiroOf(landlord), lease: leases[0] ?? null,
    qr: payload ? { payload, ...qrSvgPath(payload) } : null,
  });
}
