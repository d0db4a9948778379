// "Mina uppgifter": the tenant user changes the password, knowing the current one.
import type { Clock } from '../../clock.ts';
import type { Db } from '../../db/client.ts';
import { assertAcceptablePassword } from './passwords.ts';
import { AppError } from '../../errors.ts';
import { endSessionsOf, findTenantUser, updateTenantUser } from '../../repositories/users.ts';
import { recordAudit } from '../../repositories/audit.ts';
import { hashPassword, verifyPassword } from '../../security/passwords.ts';

export async function changeMyPassword(
  deps: { db: Db; clock: Clock },
  input: { userId: string; sessionId: string; currentPassword: string; password: string; passwordRepeat: string; ip: string },
) {
  const user = await findTenantUser(deps.db, input.userId);
  if (!user) throw new AppError('UNAUTHENTICATED');
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) throw new AppError('CURRENT_PASSWORD_WRONG');
  assertAcceptablePassword(input.password, input.passwordRepeat, user.username);
  const passwordHash = await hashPassword(input.password);
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    await updateTenantUser(tx, user.id, { passwordHash });
    // Someone who knew the old password is logged out everywhere else.
    await endSessionsOf(tx, { tenantUserId: user.id }, input.sessionId);
    await recordAudit(tx, { at: now, actorKind: 'tenant', actorId: user.id, action: 'password.changed', subjectKind: 'tenant_user', subjectId: user.id, ip: input.ip });
  });
}
