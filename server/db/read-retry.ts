// When PostgreSQL ends the pool's connections (a failover, a restart, an administrator), the queries on
// them fail, and so would the requests they serve. A read outside a transaction is safe to run again, so
// it is, once, on another connection; a write is never repeated without knowing whether it happened.
import type pg from 'pg';

// admin_shutdown, crash_shutdown, cannot_connect_now; connection_exception, connection_does_not_exist, connection_failure
const CONNECTION_SQLSTATES = new Set(['57P01', '57P02', '57P03', '08000', '08003', '08006']);
const CONNECTION_CODES = new Set(['ECONNRESET', 'EPIPE']);

/** Whether the error says the connection was lost (not that the statement itself was wrong). */
export function isConnectionError(error: unknown): boolean {
  const e = error as { code?: unknown; message?: unknown } | null;
  if (!e) return false;
  if (typeof e.code === 'string' && (CONNECTION_SQLSTATES.has(e.code) || CONNECTION_CODES.has(e.code))) return true;
  return typeof e.message === 'string' && /Connection terminated|is not queryable/i.test(e.message);
}

/** A statement that only reads: SELECT, or WITH … SELECT with no data-modifying part. */
export function isRead(text: string): boolean {
  return /^\s*(select|with)\b/i.test(text) && !/\b(insert|update|delete|merge)\b/i.test(text);
}

/** How long to let the pool hear of its other lost connections before asking it for another one. */
const SETTLE_MS = 20;

/**
 * Makes `pool.query` (the queries Drizzle runs outside transactions; a transaction has a client of its
 * own) run a read once more after a connection error. The pool has thrown the failed connection away.
 */
export function retryReadsOnce(pool: pg.Pool): void {
  const query = pool.query.bind(pool) as (...args: unknown[]) => Promise<unknown>;
  const retrying = async (...args: unknown[]) => {
    if (typeof args.at(-1) === 'function') return query(...args); // the callback form: nobody here uses it
    try {
      return await query(...args);
    } catch (error) {
      const statement = args[0] as string | { text?: string } | undefined;
      const text = typeof statement === 'string' ? statement : statement?.text ?? '';
      if (!isConnectionError(error) || !isRead(text)) throw error;
      await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
      return query(...args);
    }
  };
  pool.query = retrying as typeof pool.query;
}
