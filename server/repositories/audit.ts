import type { Tx } from '../db/tx.ts';
import { auditEvents } from '../db/schema/index.ts';

/** What happened, by whom, when (the clock's time, not the database's). */
export type AuditEvent = Omit<typeof auditEvents.$inferInsert, 'id' | 'at'> & { at: Date };

/** An audit event commits with the change it records: it takes the change's transaction. */
export async function recordAudit(tx: Tx, event: AuditEvent): Promise<void> {
  await tx.insert(auditEvents).values(event);
}

/** Many events of one change (an invoice run's batch) in multi-row inserts, in the change's transaction. */
export async function recordAuditMany(tx: Tx, events: AuditEvent[]): Promise<void> {
  for (let i = 0; i < events.length; i += 1000) await tx.insert(auditEvents).values(events.slice(i, i + 1000));
}
