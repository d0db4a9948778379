// Fills an empty database with the demo landlord (server/demo/data.ts). One transaction: all or nothing.
import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import * as t from '../db/schema/index.ts';
import { parseIdentityNumber } from '../domain/identity.ts';
import { hashPassword } from '../security/passwords.ts';
import { demoCustomers, demoLandlord, demoProperties, demoStaff } from './data.ts';
import { seedDemoCases } from './cases.ts';
import { seedDemoBilling } from './billing.ts';
import { seedDemoOptions } from './options.ts';

function identity(number: string) {
  const parsed = parseIdentityNumber(number);
  if (!parsed) throw new Error(`demo data has an invalid number: ${number}`);
  return parsed.canonical;
}

export async function isEmpty(db: Db): Promise<boolean> {
  const result = await db.execute(sql`select exists (select 1 from landlord_settings) as seeded`);
  return !(result as { rows: { seeded: boolean }[] }).rows[0]?.seeded;
}

/** The demo data, with dates relative to `now` (the clock's, so CLOCK_START moves them too). */
export async function seedDemo(db: Db, now: Date): Promise<void> {
  // Hash outside the transaction: it is CPU work, and PGlite blocks every other query while a transaction is open.
  const staffHashes = await Promise.all(demoStaff.map((s) => hashPassword(s.password)));
  const userHashes = new Map<string, string>();
  for (const c of demoCustomers) for (const u of c.users) userHashes.set(u.username, await hashPassword(u.password));

  await db.transaction(async (tx) => {
    const orgNumber = identity(demoLandlord.orgNumber);
    await tx.insert(t.landlordSettings).values({
      ...demoLandlord,
      orgNumber,
      vatNumber: `SE${orgNumber}01`,
      bankgiro: demoLandlord.bankgiro,
    });

    const staffIds = new Map<string, string>();
    for (const [i, s] of demoStaff.entries()) {
      const [row] = await tx.insert(t.staffUsers).values({ email: s.email, name: s.name, role: s.role, passwordHash: staffHashes[i]! }).returning({ id: t.staffUsers.id });
      staffIds.set(s.key, row!.id);
    }

    const objectIds = new Map<string, string>();
    for (const p of demoProperties) {
      const [property] = await tx.insert(t.properties).values({
        designation: p.designation, name: p.name, propertyManagerId: p.manager ? staffIds.get(p.manager)! : null,
      }).returning({ id: t.properties.id });
      for (const b of p.buildings) {
        const [building] = await tx.insert(t.buildings).values({
          propertyId: property!.id, name: b.name, street: b.street, postalCode: b.postalCode, city: b.city,
        }).returning({ id: t.buildings.id });
        for (const o of b.objects) {
          const [object] = await tx.insert(t.rentalObjects).values({
            buildingId: building!.id, number: o.number, type: o.type, areaSqm: o.areaSqm, floor: o.floor, description: o.description,
          }).returning({ id: t.rentalObjects.id });
          objectIds.set(o.number, object!.id);
          if (o.spaces.length) {
            await tx.insert(t.spaces).values(o.spaces.map(([kind, name]) => ({ rentalObjectId: object!.id, kind, name })));
          }
        }
      }
    }

    for (const c of demoCustomers) {
      const parsed = parseIdentityNumber(c.orgNumber);
      if (!parsed) throw new Error(`demo data has an invalid number: ${c.orgNumber}`);
      const [customer] = await tx.insert(t.customers).values({
        name: c.name, kind: parsed.kind === 'person' ? 'private' : 'company', identityNumber: parsed.canonical,
        street: c.street, postalCode: c.postalCode, city: c.city, email: c.email, mobile: c.mobile,
        customerManagerId: c.manager ? staffIds.get(c.manager)! : null,
      }).returning({ id: t.customers.id });
      for (const u of c.users) {
        await tx.insert(t.tenantUsers).values({
          customerId: customer!.id, username: u.username, passwordHash: userHashes.get(u.username)!, name: u.name,
          email: u.email, emailVerifiedAt: now, mobile: u.mobile, mobileVerifiedAt: u.mobile ? now : null,
        });
      }
      for (const l of c.leases) {
        const [lease] = await tx.insert(t.leases).values({
          number: l.number, customerId: customer!.id, startDate: l.startDate, endDate: l.endDate,
          noticePeriodMonths: l.noticePeriodMonths, billingPeriod: l.billingPeriod, signing: l.signing,
          // Premises let with VAT (frivillig beskattning) have 25 % rows; housing and the VAT-free ateljé do not.
          voluntaryVat: l.rentRows.some((r) => r.vatRatePercent === 25),
        }).returning({ id: t.leases.id });
        await tx.insert(t.leaseObjects).values(l.objects.map((n) => ({ leaseId: lease!.id, rentalObjectId: objectIds.get(n)! })));
        await tx.insert(t.rentRows).values(l.rentRows.map((r) => ({ ...r, leaseId: lease!.id, validFrom: l.startDate })));
      }
    }
    await seedDemoCases(tx, staffIds, now);
    await seedDemoBilling(tx, now);
    await seedDemoOptions(tx, staffIds, now);
  });
}
