// "Glömt lösenord", step 2: the code is typed in; the reset may then set a new password.
import type { AccountDeps } from './codes.ts';
import { checkFlowCode } from './codes.ts';
import { openReset } from './reset-flows.ts';
import { updateFlow } from '../../repositories/flows.ts';

export async function verifyPasswordReset(deps: AccountDeps, input: { resetId: string; code: string }) {
  const now = deps.clock.now();
  const flow = await openReset(deps, input.resetId, now);
  await checkFlowCode(deps, flow, input.code, now);
  // One statement, no message, no audit event: it needs no transaction of its own.
  await updateFlow(deps.db, flow.id, { verifiedAt: now });
}
