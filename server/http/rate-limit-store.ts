// A store for @fastify/rate-limit that keeps its counters in the database, so every web process
// shares them (nothing lives in one process's memory).
import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';

type Callback = (error: Error | null, result?: { current: number; ttl: number }) => void;
interface RouteOptions { routeInfo?: { method?: string; url?: string } }

export function databaseRateLimitStore(db: Db) {
  return class DatabaseRateLimitStore {
    private readonly prefix: string;

    constructor(options: RouteOptions = {}) {
      this.prefix = options.routeInfo ? `${options.routeInfo.method} ${options.routeInfo.url}|` : 'global|';
    }

    incr(key: string, cb: Callback, timeWindow: number): void {
      const now = Date.now();
      db.execute(sql`
        insert into rate_limits (key, count, reset_at) values (${this.prefix + key}, 1, ${now + timeWindow})
        on conflict (key) do update set
          count = case when rate_limits.reset_at <= ${now} then 1 else rate_limits.count + 1 end,
          reset_at = case when rate_limits.reset_at <= ${now} then ${now + timeWindow} else rate_limits.reset_at end
        returning count, reset_at`)
        .then((result) => {
          const row = ((result as { rows: unknown[] }).rows as { count: number; reset_at: string | number }[])[0];
          if (!row) return cb(new Error('rate limit upsert returned nothing'));
          cb(null, { current: Number(row.count), ttl: Math.max(0, Number(row.reset_at) - now) });
        })
        .catch((error: Error) => cb(error));
    }

    read(key: string, cb: Callback): void {
      const now = Date.now();
      db.execute(sql`
        select count, reset_at from rate_limits where key = ${this.prefix + key} and reset_at > ${now}`)
        .then((result) => {
          const row = ((result as { rows: unknown[] }).rows as { count: number; reset_at: string | number }[])[0];
          cb(null, row ? { current: Number(row.count), ttl: Number(row.reset_at) - now } : { current: 0, ttl: 0 });
        })
        .catch((error: Error) => cb(error));
    }

    child(routeOptions: RouteOptions) {
      return new DatabaseRateLimitStore(routeOptions);
    }
  };
}
