// What the contact-change use cases share ("Mina uppgifter": a new e-mail or mobile is verified with a
// code or link before it is used): finding the open flow, and applying the verified value.
import { and, desc, eq, gt, isNull } from 'drizzle-orm';
import type { AccountDeps } from './codes.ts';
import type { Db } from '../../db/client.ts';
import { accountFlows } from '../../db/schema/index.ts';
import { updateFlow, type FlowRow } from '../../repositories/flows.ts';
import { updateTenantUser } from '../../repositories/users.ts';
import { recordAudit } from '../../repositories/audit.ts';

export type ContactKind = 'email' | 'mobile';

export async function latestOpenContactFlow(db: Db, userId: string, kind: ContactKind, now: Date): Promise<FlowRow | null> {
  const rows = await db
    .select()
    .from(accountFlows)
    .where(and(eq(accountFlows.tenantUserId, userId), eq(accountFlows.purpose, 'contact_change'), eq(accountFlows.contactKind, kind), isNull(accountFlows.completedAt), gt(accountFlows.expiresAt, now)))
    .orderBy(desc(accountFlows.createdAt))
    .limit(1);
  return rows[0] ?? null;
}

/** The verified value becomes the user's: by a typed code (verifyContactChange) or a followed link. */
export async function applyContactChange(deps: Pick<AccountDeps, 'db'>, flow: FlowRow, ip: string, now: Date) {
  const kind = flow.contactKind as ContactKind;
  await deps.db.transaction(async (tx) => {
    await updateFlow(tx, flow.id, { verifiedAt: now, completedAt: now });
    await updateTenantUser(tx, flow.tenantUserId!, kind === 'email' ? { email: flow.destination, emailVerifiedAt: now } : { mobile: flow.destination, mobileVerifiedAt: now });
    await recordAudit(tx, { at: now, actorKind: 'tenant', actorId: flow.tenantUserId, action: 'contact.changed', subjectKind: 'tenant_user', subjectId: flow.tenantUserId, ip, details: { field: kind } });
  });
}
