// What the password-reset use cases share: the open reset a browser holds by its id.
import type { Db } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import { findFlow } from '../../repositories/flows.ts';
import { sha256 } from '../../security/tokens.ts';

export async function openReset(deps: { db: Db }, resetId: string, now: Date) {
  const flow = await findFlow(deps.db, sha256(resetId), 'password_reset');
  if (!flow || flow.completedAt || now >= flow.expiresAt) throw new AppError('CODE_EXPIRED');
  return flow;
}
