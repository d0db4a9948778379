// "Mina uppgifter": the code sent to a new e-mail or mobile is typed in; the new value is then used.
import type { AccountDeps } from './codes.ts';
import { checkFlowCode } from './codes.ts';
import { applyContactChange, latestOpenContactFlow, type ContactKind } from './contact-flows.ts';
import { AppError } from '../../errors.ts';

export async function verifyContactChange(deps: AccountDeps, input: { userId: string; kind: ContactKind; code: string; ip: string }) {
  const now = deps.clock.now();
  const flow = await latestOpenContactFlow(deps.db, input.userId, input.kind, now);
  if (!flow) throw new AppError('CODE_EXPIRED');
  await checkFlowCode(deps, flow, input.code, now);
  await applyContactChange(deps, flow, input.ip, now);
}
