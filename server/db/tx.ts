// A transaction, as a type of its own: writes that must commit with the change they belong to (the
// outbox, the audit log, delivery jobs) take a Tx, so passing the outer `db` does not type-check.
import type { Db } from './client.ts';

export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
