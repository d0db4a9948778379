import type { Tx } from '../db/tx.ts';
import { insertRowsAsJson } from '../db/bulk-insert.ts';
import { auditEvents } from '../db/schema/index.ts';

/** What happened, by whom, when (the clock's time, not the database's). */
export type AuditEvent = Omit<typeof auditEvents.$inferInsert, 'id' | 'at'> & { at: Date };

/** An audit event commits with the change it records: it takes the change's transaction. */
export async function recordAudit(tx: Tx, event: AuditEvent): Promise<void> {
  await tx.insert(auditEvents).values(event);
}

/** Many events of one change (an invoice run's batch) in one multi-row insert, in the change's transaction. */
export async function recordAuditMany(tx: Tx, events: AuditEvent[]): Promise<void> {
  await insertRowsAsJson(tx, auditEvents, events.map((e) => ({ details: {}, ...e })));
}
