// Demo cases: an open fault with a dialog, a closed request and one in the shared queue.
import { eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import * as t from '../db/schema/index.ts';
import { formatCaseNumber } from '../domain/cases.ts';
import { swedishYear } from '../domain/dates.ts';
import { insertCaseMessage, insertStatusChange, nextCaseSequence } from '../repositories/cases.ts';

export async function seedDemoCases(tx: Db, staffIds: Map<string, string>, now: Date): Promise<void> {
  const daysAgo = (n: number, hour = 9) => {
  const d = new Date(now);
  d.setUTCDate(d.getUTCDate() - n);
  d.setUTCHours(hour, 0, 0, 0);
  return d;
  };
  const one = async <T>(rows: Promise<T[]>) => (await rows)[0]!;
  const lunden = await one(tx.select().from(t.customers).where(eq(t.customers.name, 'Café Lunden AB')));
  const bygg = await one(tx.select().from(t.customers).where(eq(t.customers.name, 'Byggvaruhuset Väst AB')));
  const lisa = await one(tx.select().from(t.tenantUsers).where(eq(t.tenantUsers.username, 'lunden')));
  const bo = await one(tx.select().from(t.tenantUsers).where(eq(t.tenantUsers.username, 'bygg')));
  const lease = await one(tx.select().from(t.leases).where(eq(t.leases.number, '100101')));
  const object = await one(tx.select().from(t.rentalObjects).where(eq(t.rentalObjects.number, '1001')));
  const kitchen = await one(tx.select().from(t.spaces).where(eq(t.spaces.name, 'Storkök')));
  const property = await one(tx.select().from(t.properties).where(eq(t.properties.designation, 'Göteborg Inom Vallgraven 12:3')));
  const fredrik = staffIds.get('fastighet')!;
  const karin = staffIds.get('kund')!;

  const add = async (values: Omit<typeof t.cases.$inferInsert, 'number'>, at: Date) => {
    const year = swedishYear(at);
    const [row] = await tx.insert(t.cases).values({ ...values, number: formatCaseNumber(year, await nextCaseSequence(tx, year)), createdAt: at, updatedAt: at })
      .returning({ id: t.cases.id });
    await insertStatusChange(tx, { caseId: row!.id, status: 'registered', tenantUserId: values.createdByTenantUserId ?? null, at });
    return row!.id;
  };

  const tap = await add({
    kind: 'service_request', categoryCode: 'fault', customerId: lunden.id, leaseId: lease.id, rentalObjectId: object.id, spaceId: kitchen.id,
    propertyId: property.id, title: 'Droppande kran i storköket', description: 'Blandaren vid diskhon i storköket droppar hela tiden, även när den är helt stängd.',
    status: 'waiting_for_tenant', responsibleStaffId: fredrik, createdByTenantUserId: lisa.id, waitingSince: null,
  }, daysAgo(3));
  await insertCaseMessage(tx, { caseId: tap, staffUserId: fredrik, body: 'Tack för anmälan! Vår rörmokare kan komma på torsdag kl. 7.30, innan ni öppnar. Passar det?', createdAt: daysAgo(2) });
  await insertCaseMessage(tx, { caseId: tap, staffUserId: fredrik, body: 'Rörmokaren är bokad preliminärt, väntar på svar från hyresgästen.', internal: true, createdAt: daysAgo(2, 10) });
  await insertStatusChange(tx, { caseId: tap, status: 'waiting_for_tenant', staffUserId: fredrik, at: daysAgo(2) });

  const copy = await add({
    kind: 'service_request', categoryCode: 'document', customerId: lunden.id, leaseId: lease.id, propertyId: property.id,
    title: 'Kopia av hyresavtalet', description: 'Kan vi få en kopia av parkeringsavtalet? Vi hittar inte vårt exemplar.',
    status: 'closed', responsibleStaffId: karin, createdByTenantUserId: lisa.id, closedAt: daysAgo(40), waitingSince: null,
  }, daysAgo(45));
  await insertCaseMessage(tx, { caseId: copy, staffUserId: karin, body: 'Hej! Vi har skickat en kopia med post till er adress.', createdAt: daysAgo(40) });
  await insertStatusChange(tx, { caseId: copy, status: 'closed', staffUserId: karin, at: daysAgo(40) });

  await add({
    kind: 'service_request', categoryCode: 'question', customerId: bygg.id, title: 'Skyltning på fasaden',
    description: 'Får vi sätta upp en ljusskylt ovanför entrén mot Gyllenkrooksgatan?', status: 'registered', responsibleStaffId: null,
    createdByTenantUserId: bo.id, waitingSince: daysAgo(1),
  }, daysAgo(1));
}
