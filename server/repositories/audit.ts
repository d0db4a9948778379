import type { Db } from '../db/client.ts';
import { auditEvents } from '../db/schema/index.ts';

export type AuditEvent = Omit<typeof auditEvents.$inferInsert, 'id' | 'at'>;

export async function recordAudit(db: Db, event: AuditEvent): Promise<void> {
  await db.insert(auditEvents).values(event);
}
