import { eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import type { Tx } from '../db/tx.ts';
import type { AccountPlanSettings } from '../domain/payments/sie-period.ts';
import { landlordSettings } from '../db/schema/index.ts';

export async function findLandlord(db: Db) {
  const rows = await db.select().from(landlordSettings).where(eq(landlordSettings.id, 1)).limit(1);
  return rows[0] ?? null;
}

/** The collection settings, the row locked until the transaction ends (two staff saving at once: one after the other). */
export async function lockCollectionSettings(tx: Tx) {
  const [row] = await tx.select({
    reminderFeeOre: landlordSettings.reminderFeeOre, reminderDaysAfterDue: landlordSettings.reminderDaysAfterDue, sieAccounts: landlordSettings.sieAccounts,
    lateInterestCharged: landlordSettings.lateInterestCharged, lateInterestMinimumOre: landlordSettings.lateInterestMinimumOre,
  })
    .from(landlordSettings).where(eq(landlordSettings.id, 1)).for('update');
  return row ?? null;
}

/** Settings are terms, not bookings: they are changed in place, each change an audit event (the use case's). */
export async function updateCollectionSettings(tx: Tx, values: {
  reminderFeeOre: number; reminderDaysAfterDue: number[]; sieAccounts: AccountPlanSettings | null;
  lateInterestCharged: boolean; lateInterestMinimumOre: number; lateInterestSince?: Date; lateInterestCheckedTo?: Date;
}): Promise<void> {
  await tx.update(landlordSettings).set(values).where(eq(landlordSettings.id, 1));
}
