import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client.ts';

type Row = { count: number; reset_at: string | number };

async function upsertCounter(db: Db, key: string, windowMs: number, now: number, resetAt: SQL): Promise<{ count: number; ttlMs: number }> {
  const result = await db.execute(sql`
    insert into rate_limits (key, count, reset_at) values (${key}, 1, ${now + windowMs})
    on conflict (key) do update set
      count = case when rate_limits.reset_at <= ${now} then 1 else rate_limits.count + 1 end,
      reset_at = ${resetAt}
    returning count, reset_at`);
  const row = (result as { rows: Row[] }).rows[0];
  if (!row) throw new Error('rate limit upsert returned nothing');
  return { count: Number(row.count), ttlMs: Math.max(0, Number(row.reset_at) - now) };
}

/** Fixed-window counter shared by every process: one upsert; returns the count and ms left in the window. */
export function incrementCounter(db: Db, key: string, windowMs: number, now: number): Promise<{ count: number; ttlMs: number }> {
  return upsertCounter(db, key, windowMs, now, sql`case when rate_limits.reset_at <= ${now} then ${now + windowMs} else rate_limits.reset_at end`);
}

/** A counter that is forgotten `windowMs` after its last increment (each one starts the window again). */
export function incrementSlidingCounter(db: Db, key: string, windowMs: number, now: number): Promise<{ count: number; ttlMs: number }> {
  return upsertCounter(db, key, windowMs, now, sql`${now + windowMs}`);
}

export async function readCounter(db: Db, key: string, now: number): Promise<{ count: number; ttlMs: number }> {
  const result = await db.execute(sql`select count, reset_at from rate_limits where key = ${key} and reset_at > ${now}`);
  const row = (result as { rows: Row[] }).rows[0];
  return row ? { count: Number(row.count), ttlMs: Number(row.reset_at) - now } : { count: 0, ttlMs: 0 };
}

export async function deleteCounter(db: Db, key: string): Promise<void> {
  await db.execute(sql`delete from rate_limits where key = ${key}`);
}
