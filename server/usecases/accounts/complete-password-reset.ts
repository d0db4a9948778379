// "Glömt lösenord", step 3: the new password; the account is unlocked and every session ended.
import type { AccountDeps } from './codes.ts';
import { clearLoginFailures } from '../auth/log-in.ts';
import { assertAcceptablePassword } from './passwords.ts';
import { openReset } from './reset-flows.ts';
import { AppError } from '../../errors.ts';
import { updateFlow } from '../../repositories/flows.ts';
import { endSessionsOf, findTenantUser, updateTenantUser } from '../../repositories/users.ts';
import { recordAudit } from '../../repositories/audit.ts';
import { hashPassword } from '../../security/passwords.ts';

export async function completePasswordReset(deps: AccountDeps, input: { resetId: string; password: string; passwordRepeat: string; ip: string }) {
  const now = deps.clock.now();
  const flow = await openReset(deps, input.resetId, now);
  if (!flow.verifiedAt || !flow.tenantUserId) throw new AppError('NOT_VERIFIED');
  const user = await findTenantUser(deps.db, flow.tenantUserId);
  if (!user || user.status !== 'active') throw new AppError('CODE_EXPIRED');
  assertAcceptablePassword(input.password, input.passwordRepeat, user.username);
  const passwordHash = await hashPassword(input.password);
  await deps.db.transaction(async (tx) => {
    await updateTenantUser(tx, user.id, { passwordHash, failedLogins: 0, lockedUntil: null });
    await updateFlow(tx, flow.id, { completedAt: now });
    await clearLoginFailures(tx, 'tenant', user.username);
    await endSessionsOf(tx, { tenantUserId: user.id });
    await recordAudit(tx, { at: now, actorKind: 'tenant', actorId: user.id, action: 'password.reset', subjectKind: 'tenant_user', subjectId: user.id, ip: input.ip });
  });
  return { username: user.username };
}
