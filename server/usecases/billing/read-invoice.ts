// One invoice as the portal shows it: its rows and bookings, the lease it is for, the landlord's
// bankgiro, and the payment QR code (none for a credit note or an invoice with nothing left to pay).
import type { Db } from '../../db/client.ts';
import type { Clock } from '../../clock.ts';
import type { Scope } from '../../policies/tenant.ts';
import { swedishDate } from '../../domain/dates.ts';
import { findInvoice } from '../../repositories/invoices.ts';
import { findCustomerLeases } from '../../repositories/leases.ts';
import { findLandlord } from '../../repositories/landlord.ts';
import { presentInvoiceDetail } from '../../presenters/invoices.ts';

export async function readInvoice(deps: { db: Db; clock: Clock }, scope: Scope, id: string) {
  const bundle = await findInvoice(deps.db, scope, id);
  if (!bundle) return null;
  const [landlord, leases] = await Promise.all([
    findLandlord(deps.db),
    bundle.invoice.leaseId ? findCustomerLeases(deps.db, scope, bundle.invoice.customerId, bundle.invoice.leaseId) : Promise.resolve([]),
  ]);
  return presentInvoiceDetail(bundle, { today: swedishDate(deps.clock.now()), bankgiro: landlord?.bankgiro ?? '', lease: leases[0] ?? null, qr: null });
}
