// Staff deactivate a tenant user; its sessions end at once.
import type { AccountDeps } from '../accounts/codes.ts';
import { tenantUserOrNotFound } from './tenant-users.ts';
import { endSessionsOf, updateTenantUser } from '../../repositories/users.ts';
import { recordAudit } from '../../repositories/audit.ts';

export async function deactivateTenantUser(deps: AccountDeps, input: { staffId: string; tenantUserId: string; ip: string }) {
  const user = await tenantUserOrNotFound(deps, input.tenantUserId);
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    await updateTenantUser(tx, user.id, { status: 'deactivated' });
    await endSessionsOf(tx, { tenantUserId: user.id });
    await recordAudit(tx, { at: now, actorKind: 'staff', actorId: input.staffId, action: 'tenant_user.deactivated', subjectKind: 'tenant_user', subjectId: user.id, ip: input.ip });
  });
}
