// Sending and checking the one-time code (and link) of an account flow.
import type { Config } from '../../config.ts';
import type { Clock } from '../../clock.ts';
import type { Db } from '../../db/client.ts';
import type { Tx } from '../../db/tx.ts';
import type { Jobs } from '../../jobs/queue.ts';
import type { Language } from '../../i18n/language.ts';
import { AppError } from '../../errors.ts';
import { codeExpiry, codeState, MAX_CODE_ATTEMPTS, resendWaitSeconds, RESEND_COOLDOWN_SECONDS } from '../../domain/verification.ts';
import { maskEmail, maskMobile } from '../../domain/masking.ts';
import { countAttempt, updateFlow, type FlowRow } from '../../repositories/flows.ts';
import { findLandlord } from '../../repositories/landlord.ts';
import { codeEmail, codeSms, type CodePurpose } from '../../messaging/account-messages.ts';
import { hashCode, newCode, newToken, sameHash, sha256 } from '../../security/tokens.ts';
import { queueMessages } from '../messages/queue-messages.ts';

export interface AccountDeps { db: Db; jobs: Jobs; config: Config; clock: Clock }
export interface Target { channel: 'email' | 'sms'; to: string }

export const mask = (t: Target) => (t.channel === 'email' ? maskEmail(t.to) : maskMobile(t.to));

export function assertResendAllowed(flow: Pick<FlowRow, 'lastSentAt'>, now: Date): void {
  const wait = resendWaitSeconds(flow.lastSentAt, now);
  if (wait > 0) throw new AppError('RESEND_TOO_SOON', { seconds: wait });
}

/**
 * Issues a new code (and link) for the flow, replacing any earlier one, and puts the messages in the outbox,
 * inside the caller's transaction (with the caller's own writes and audit event).
 */
export async function sendFlowCode(
  deps: Pick<AccountDeps, 'jobs' | 'config'>,
  tx: Tx,
  flow: { idHash: string; purpose: CodePurpose },
  targets: Target[],
  lang: Language,
  now: Date,
): Promise<{ expiresAt: Date; resendAvailableAt: Date }> {
  const code = newCode();
  const linkToken = newToken();
  const expiresAt = codeExpiry(now);
  await updateFlow(tx, flow.idHash, {
    codeHash: hashCode(code, deps.config.sessionSecret),
    linkTokenHash: sha256(linkToken),
    codeExpiresAt: expiresAt,
    attempts: 0,
    lastSentAt: now,
    ...(targets.length === 1 ? { channel: targets[0]!.channel, destination: targets[0]!.to } : {}),
  });
  const sender = (await findLandlord(tx))?.name ?? '';
  const link = `${deps.config.publicUrl}/v/${linkToken}`;
  await queueMessages(tx, deps.jobs, targets.map((t) =>
    t.channel === 'email' ? codeEmail({ purpose: flow.purpose, lang, to: t.to, code, link, sender }) : codeSms({ purpose: flow.purpose, lang, to: t.to, code, link, sender })), now);
  return { expiresAt, resendAvailableAt: new Date(now.getTime() + RESEND_COOLDOWN_SECONDS * 1000) };
}

/**
 * Checks a typed code against the flow; counts the try; throws the matching error when it fails.
 * Outside any transaction: the counted try must stay counted when the code is wrong.
 */
export async function checkFlowCode(deps: AccountDeps, flow: FlowRow, code: string, now = deps.clock.now()): Promise<void> {
  switch (codeState(flow, now)) {
    case 'used': throw new AppError('CODE_USED');
    case 'missing':
    case 'expired': throw new AppError('CODE_EXPIRED');
    case 'too_many_tries': throw new AppError('CODE_TOO_MANY_TRIES');
    case 'usable': break;
  }
  const attempts = await countAttempt(deps.db, flow.id);
  if (attempts > MAX_CODE_ATTEMPTS) throw new AppError('CODE_TOO_MANY_TRIES');
  if (!sameHash(hashCode(code.trim(), deps.config.sessionSecret), flow.codeHash!)) {
    const left = MAX_CODE_ATTEMPTS - attempts;
    if (left <= 0) throw new AppError('CODE_TOO_MANY_TRIES');
    throw new AppError('CODE_WRONG', { left });
  }
}

/** The state a flow's link may be followed in; throws otherwise. */
export function assertLinkUsable(flow: FlowRow | null, now: Date): asserts flow is FlowRow {
  if (!flow) throw new AppError('NOT_FOUND');
  if (flow.completedAt) throw new AppError('CODE_USED');
  if (!flow.codeExpiresAt || now >= flow.codeExpiresAt || now >= flow.expiresAt) throw new AppError('CODE_EXPIRED');
}
