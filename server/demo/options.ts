// The demo's option catalogue on Utlandagatan 6-8 / Gyllenkrooksgatan 10: "Diskm." with four dishwashers and
// four more groups with options in different spaces and units, the landlord's terms, and one ongoing
// order (Café Lunden's painting of its staff room, approved) so that the second rule shows. Pictures are
// drawn for the project (server/demo/pictures/, see SOURCES.md there) and stored where the file store is
// at hand (seedDemoOptionPictures), like the signed leases.
import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import * as t from '../db/schema/index.ts';
import { formatCaseNumber } from '../domain/cases.ts';
import { swedishYear } from '../domain/dates.ts';
import { insertStatusChange, nextCaseSequence } from '../repositories/cases.ts';

type Space = 'kitchen' | 'bathroom' | 'hall' | 'office' | 'room' | 'storage' | 'staff_room' | 'shop' | 'workshop';
interface DemoOption {
  name: string; description: string; monthlyOre: number | null; feeOre: number | null; unit: 'piece' | 'other'; maxQuantity: number;
  spaceKind: Space; pictures: string[];
}

export const demoOptionGroups: { name: string; options: DemoOption[] }[] = [
  {
    name: 'Diskm.',
    options: [
      { name: 'Diskmaskin Standard 60 cm', description: 'Helintegrerad diskmaskin för 13 kuvert, energiklass D, 46 dB. Installeras under bänken i stället för ett underskåp.', monthlyOre: 12_500, feeOre: 95_000, unit: 'other', maxQuantity: 1, spaceKind: 'kitchen', pictures: ['diskmaskin-standard', 'diskmaskin-standard-oppen'] },
      { name: 'Diskmaskin Tyst 60 cm', description: 'Helintegrerad diskmaskin för 14 kuvert, energiklass B, bara 42 dB: för kök som hörs in i lokalen.', monthlyOre: 17_500, feeOre: 95_000, unit: 'other', maxQuantity: 1, spaceKind: 'kitchen', pictures: ['diskmaskin-tyst', 'diskmaskin-standard-oppen'] },
      { name: 'Diskmaskin Kompakt 45 cm', description: 'Smal diskmaskin för 10 kuvert, för pentryn med lite plats.', monthlyOre: 9_900, feeOre: 75_000, unit: 'other', maxQuantity: 1, spaceKind: 'kitchen', pictures: ['diskmaskin-kompakt'] },
      { name: 'Diskmaskin Storkök (huvmaskin)', description: 'Huvdiskmaskin för storkök, 60 korgar i timmen, med avhärdare. Kräver eget avlopp och 400 V.', monthlyOre: 89_000, feeOre: 450_000, unit: 'other', maxQuantity: 1, spaceKind: 'kitchen', pictures: ['diskmaskin-storkok'] },
    ],
  },
  {
    name: 'Vitvaror',
    options: [
      { name: 'Kyl och frys, 185 cm', description: 'Kombinerat kyl- och frysskåp, energiklass C, rostfri front.', monthlyOre: 14_000, feeOre: null, unit: 'other', maxQuantity: 1, spaceKind: 'kitchen', pictures: ['kylskap'] },
      { name: 'Mikrovågsugn, inbyggd', description: 'Inbyggd mikrovågsugn med grill, 25 liter, monteras i överskåp.', monthlyOre: 4_500, feeOre: 60_000, unit: 'other', maxQuantity: 1, spaceKind: 'staff_room', pictures: ['mikrovagsugn'] },
    ],
  },
  {
    name: 'Golv',
    options: [
      { name: 'Klinkergolv i WC', description: 'Nytt klinkergolv, 30 × 30 cm, med golvbrunn och tätskikt.', monthlyOre: null, feeOre: 1_850_000, unit: 'other', maxQuantity: 1, spaceKind: 'bathroom', pictures: ['klinker'] },
      { name: 'Ekparkett i kontor', description: 'Treståvsparkett i ek, matt lackad, med nya golvlister.', monthlyOre: 35_000, feeOre: 500_000, unit: 'other', maxQuantity: 1, spaceKind: 'office', pictures: ['parkett'] },
    ],
  },
  {
    name: 'Målning',
    options: [
      { name: 'Målning av vägg', description: 'En vägg spacklas och målas i valfri kulör ur vår kulörkarta. Ange antal väggar.', monthlyOre: null, feeOre: 240_000, unit: 'piece', maxQuantity: 4, spaceKind: 'staff_room', pictures: ['malning'] },
      { name: 'Målning av lokalyta', description: 'Väggar och tak i serveringsytan eller butiken målas om, vitt eller ljus kulör.', monthlyOre: null, feeOre: 1_200_000, unit: 'other', maxQuantity: 1, spaceKind: 'shop', pictures: ['malning'] },
    ],
  },
  {
    name: 'Lås & nycklar',
    options: [
      { name: 'Extra nyckel', description: 'En nyckel till i låssystemet, kvitteras ut hos förvaltaren.', monthlyOre: null, feeOre: 45_000, unit: 'piece', maxQuantity: 5, spaceKind: 'storage', pictures: ['nyckel'] },
      { name: 'Kodlås till förråd', description: 'Elektroniskt kodlås i stället för cylinderlås; ni väljer koden själva.', monthlyOre: 5_000, feeOre: 120_000, unit: 'other', maxQuantity: 1, spaceKind: 'storage', pictures: ['kodlas'] },
    ],
  },
];

export const demoOptionTerms = [
  'Villkor för tillval',
  '1. Ett tillval beställs för det hyresobjekt och utrymme du väljer och gäller så länge hyresavtalet löper.',
  '2. Månadstillägget läggs på hyran från nästa hyresperiod efter att arbetet är utfört och aviseras med hyran.',
  '3. Engångsavgiften faktureras när arbetet är utfört, med 30 dagars betalningstid.',
  '4. Tillvalet tillhör fastigheten och stannar kvar när hyresavtalet upphör.',
  '5. Vi kontaktar dig för att boka tid. Beställningen kan nekas om installationen inte går att göra i lokalen.',
].join('\n\n');

const PROPERTY = 'Göteborg Inom Vallgraven 12:3';

/** The catalogue, the terms and Café Lunden's ongoing order, in the seed's transaction. */
export async function seedDemoOptions(tx: Db, staffIds: Map<string, string>, now: Date): Promise<void> {
  const objects = await tx.select({ id: t.rentalObjects.id }).from(t.rentalObjects)
    .innerJoin(t.buildings, eq(t.buildings.id, t.rentalObjects.buildingId)).innerJoin(t.properties, eq(t.properties.id, t.buildings.propertyId))
    .where(eq(t.properties.designation, PROPERTY));
  const objectIds = objects.map((o) => o.id);
  const optionIds = new Map<string, { id: string; groupId: string }>();
  for (const [g, group] of demoOptionGroups.entries()) {
    const [row] = await tx.insert(t.optionGroups).values({ name: group.name, sortOrder: g + 1, createdAt: now }).returning({ id: t.optionGroups.id });
    for (const [i, o] of group.options.entries()) {
      const [option] = await tx.insert(t.options).values({
        groupId: row!.id, name: o.name, description: o.description, monthlyOre: o.monthlyOre, feeOre: o.feeOre, unit: o.unit, maxQuantity: o.maxQuantity,
        spaceKind: o.spaceKind, objectIds, sortOrder: i + 1, createdAt: now, updatedAt: now,
      }).returning({ id: t.options.id });
      optionIds.set(o.name, { id: option!.id, groupId: row!.id });
    }
  }
  await tx.insert(t.optionTerms).values({ id: 1, text: demoOptionTerms, updatedAt: now, updatedByStaffId: staffIds.get('admin') ?? null });
  await seedOngoingOrder(tx, staffIds, now, optionIds.get('Målning av vägg')!);
}

async function seedOngoingOrder(tx: Db, staffIds: Map<string, string>, now: Date, option: { id: string; groupId: string }) {
  const one = async <T>(rows: Promise<T[]>) => (await rows)[0]!;
  const lunden = await one(tx.select().from(t.customers).where(eq(t.customers.name, 'Café Lunden AB')));
  const lisa = await one(tx.select().from(t.tenantUsers).where(eq(t.tenantUsers.username, 'lunden')));
  const lease = await one(tx.select().from(t.leases).where(eq(t.leases.number, '100101')));
  const object = await one(tx.select().from(t.rentalObjects).where(eq(t.rentalObjects.number, '1001')));
  const staffRoom = await one(tx.select().from(t.spaces).where(inArray(t.spaces.rentalObjectId, [object.id])).then((rows) => rows.filter((s) => s.kind === 'staff_room')));
  const property = await one(tx.select().from(t.properties).where(eq(t.properties.designation, PROPERTY)));
  const at = new Date(now.getTime() - 6 * 86_400_000);
  const year = swedishYear(at);
  const fredrik = staffIds.get('fastighet')!;
  const [caseRow] = await tx.insert(t.cases).values({
    number: formatCaseNumber(year, await nextCaseSequence(tx, year)), kind: 'option_order', categoryCode: 'option', customerId: lunden.id, leaseId: lease.id,
    rentalObjectId: object.id, spaceId: staffRoom.id, propertyId: property.id, title: 'Tillval: Målning av vägg',
    description: `2 st Målning av vägg (Målning, ${staffRoom.name})\n\nKontaktperson: Lisa Lund, 070-123 45 67\nÖnskad tid: en måndag, då har vi stängt`,
    status: 'in_progress', responsibleStaffId: fredrik, createdByTenantUserId: lisa.id, waitingSince: null, createdAt: at, updatedAt: at,
  }).returning({ id: t.cases.id });
  await insertStatusChange(tx, { caseId: caseRow!.id, status: 'registered', tenantUserId: lisa.id, at });
  await insertStatusChange(tx, { caseId: caseRow!.id, status: 'in_progress', staffUserId: fredrik, at: new Date(at.getTime() + 86_400_000) });
  const [order] = await tx.insert(t.optionOrders).values({
    customerId: lunden.id, rentalObjectId: object.id, caseId: caseRow!.id, status: 'approved', contactName: 'Lisa Lund', contactPhone: '070-123 45 67',
    message: '', wishedTime: 'En måndag, då har vi stängt', termsAcceptedAt: at, idempotencyKey: '00000000-0000-4000-8000-000000000012',
    createdByTenantUserId: lisa.id, createdAt: at, updatedAt: at, handledByStaffId: fredrik,
  }).returning({ id: t.optionOrders.id });
  const painting = demoOptionGroups.find((g) => g.name === 'Målning')!.options[0]!;
  await tx.insert(t.optionOrderLines).values({
    orderId: order!.id, optionId: option.id, groupId: option.groupId, spaceId: staffRoom.id, quantity: 2, name: painting.name, unit: painting.unit,
    monthlyOre: painting.monthlyOre, monthlyVatRatePercent: 25, feeOre: painting.feeOre, feeVatRatePercent: 25,
  });
}
