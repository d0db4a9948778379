// A transaction, as a type of its own: writes that must commit with the change they belong to (the
// outbox, the audit log, delivery jobs) take a Tx, so passing the outer `db` does not type-check.
import { sql } from 'drizzle-orm';
import type { Db } from './client.ts';

export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/**
 * No JIT compilation for the rest of this transaction (PostgreSQL's `jit`, SET LOCAL). A bank import's
 * statements read and write thousands of rows by index; their estimated cost passes jit_above_cost, and
 * compiling them took longer than running them (decision 0030). PostgreSQL built without LLVM (PGlite)
 * accepts the setting and has nothing to turn off.
 */
export async function withoutJit(tx: Tx): Promise<void> {
  await tx.execute(sql`set local jit = off`);
}
