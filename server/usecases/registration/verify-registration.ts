// "Skapa konto", step 3: the code is typed in; the account becomes active.
import type { AccountDeps } from '../accounts/codes.ts';
import { checkFlowCode } from '../accounts/codes.ts';
import { markRegistrationVerified, openRegistration } from './registration-flows.ts';

export async function verifyRegistration(deps: AccountDeps, input: { registrationId: string; code: string; ip: string }) {
  const now = deps.clock.now();
  const { flow } = await openRegistration(deps, input.registrationId, now);
  await checkFlowCode(deps, flow, input.code, now);
  return markRegistrationVerified(deps, flow, input.ip, now);
}
