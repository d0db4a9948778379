// A store for @fastify/rate-limit that keeps its counters in the database, so every web process
// shares them (nothing lives in one process's memory).
import type { Db } from '../db/client.ts';
import type { Clock } from '../clock.ts';
import { incrementCounter, readCounter } from '../repositories/rate-limits.ts';

type Callback = (error: Error | null, result?: { current: number; ttl: number }) => void;
interface RouteOptions { routeInfo?: { method?: string; url?: string } }

export function databaseRateLimitStore(db: Db, clock: Clock) {
  return class DatabaseRateLimitStore {
    private readonly prefix: string;

    constructor(options: RouteOptions = {}) {
      this.prefix = options.routeInfo ? `${options.routeInfo.method} ${options.routeInfo.url}|` : 'global|';
    }

    incr(key: string, cb: Callback, timeWindow: number): void {
      incrementCounter(db, this.prefix + key, timeWindow, clock.now().getTime())
        .then((r) => cb(null, { current: r.count, ttl: r.ttlMs }))
        .catch((error: Error) => cb(error));
    }

    read(key: string, cb: Callback): void {
      readCounter(db, this.prefix + key, clock.now().getTime())
        .then((r) => cb(null, { current: r.count, ttl: r.ttlMs }))
        .catch((error: Error) => cb(error));
    }

    child(routeOptions: RouteOptions) {
      return new DatabaseRateLimitStore(routeOptions);
    }
  };
}
