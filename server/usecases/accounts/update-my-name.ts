// "Mina uppgifter": the tenant user changes the name shown on the account.
import type { Clock } from '../../clock.ts';
import type { Db } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import { updateTenantUser } from '../../repositories/users.ts';
import { recordAudit } from '../../repositories/audit.ts';

export async function updateMyName(deps: { db: Db; clock: Clock }, input: { userId: string; name: string; ip: string }) {
  const name = input.name.trim();
  if (!name) throw new AppError('VALIDATION', { keyword: 'required', field: 'name' });
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    await updateTenantUser(tx, input.userId, { name });
    await recordAudit(tx, { at: now, actorKind: 'tenant', actorId: input.userId, action: 'contact.changed', subjectKind: 'tenant_user', subjectId: input.userId, ip: input.ip, details: { field: 'name' } });
  });
}
