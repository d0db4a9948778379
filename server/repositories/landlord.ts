import { eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { landlordSettings } from '../db/schema/index.ts';

export async function findLandlord(db: Db) {
  const rows = await db.select().from(landlordSettings).where(eq(landlordSettings.id, 1)).limit(1);
  return rows[0] ?? null;
}
