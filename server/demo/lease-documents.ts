// The demo's digitally signed leases get their signed PDF, as a landlord would have uploaded it: made with
// the lease PDF renderer, stored in the file store, attached to the lease. Runs after the demo's seeding,
// where the file store is at hand (the web process and demo:reset), not in the test templates.
import { eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import type { FileStore } from '../files/store.ts';
import * as t from '../db/schema/index.ts';
import { addDays } from '../domain/billing/calendar.ts';
import { yearlyAmountOre } from '../domain/leases.ts';
import { renderLeasePdf } from '../documents/lease-pdf.ts';
import { demoCustomers, demoLandlord, demoProperties, demoStaff } from './data.ts';

const objectTypeSv = { premises: 'Lokal', apartment: 'Lägenhet', parking: 'Parkering', storage: 'Förråd' } as const;

export async function seedDemoLeaseDocuments(db: Db, files: FileStore, now: Date): Promise<number> {
  const objects = new Map<string, string>();
  for (const property of demoProperties) for (const building of property.buildings) for (const o of building.objects) {
    objects.set(o.number, `${objectTypeSv[o.type]} ${o.number}, ${building.street}, ${building.postalCode} ${building.city}${o.areaSqm ? ` (${String(o.areaSqm).replace('.', ',')} m²)` : ''}`);
  }
  const admin = demoStaff.find((s) => s.role === 'administrator')!;
  const [adminRow] = await db.select({ id: t.staffUsers.id }).from(t.staffUsers).where(eq(t.staffUsers.email, admin.email));
  let made = 0;
  for (const customer of demoCustomers) {
    for (const lease of customer.leases.filter((l) => l.signing === 'digital')) {
      const [row] = await db.select({ id: t.leases.id }).from(t.leases).where(eq(t.leases.number, lease.number));
      if (!row) continue;
      const signedOn = addDays(lease.startDate, -30);
      const pdf = await renderLeasePdf({
        number: lease.number,
        landlord: demoLandlord,
        customer: { name: customer.name, identityNumber: customer.orgNumber, street: customer.street, postalCode: customer.postalCode, city: customer.city },
        objects: lease.objects.map((n) => objects.get(n) ?? n),
        startDate: lease.startDate, endDate: lease.endDate, noticePeriodMonths: lease.noticePeriodMonths, billingPeriod: lease.billingPeriod,
        rentRows: lease.rentRows.map((r) => ({ description: r.description, yearlyOre: yearlyAmountOre(r), vatRatePercent: r.vatRatePercent })),
        signedOn,
        signedBy: [...customer.users.map((u) => `${u.name}, ${customer.name}`), `${admin.name}, ${demoLandlord.name}`],
      });
      const key = `demo/hyresavtal-${lease.number}`;
      await files.put(key, pdf, 'application/pdf');
      await db.insert(t.attachments).values({
        storageKey: key, filename: `hyresavtal-${lease.number}.pdf`, contentType: 'application/pdf', size: pdf.length,
        uploadedByStaffId: adminRow?.id ?? null, leaseId: row.id, createdAt: now, attachedAt: now,
      });
      made++;
    }
  }
  return made;
}
