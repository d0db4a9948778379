// "Mina uppgifter": a new e-mail or mobile gets a code (and link); it is used only once verified.
import type { AccountDeps } from './codes.ts';
import { assertResendAllowed, mask, sendFlowCode } from './codes.ts';
import { latestOpenContactFlow, type ContactKind } from './contact-flows.ts';
import { AppError } from '../../errors.ts';
import type { Language } from '../../i18n/language.ts';
import { normalizeEmail, normalizeMobile } from '../../domain/contact.ts';
import { closeOpenFlows, insertFlow } from '../../repositories/flows.ts';
import { recordAudit } from '../../repositories/audit.ts';
import { newToken, sha256 } from '../../security/tokens.ts';

export async function startContactChange(deps: AccountDeps, input: { userId: string; kind: ContactKind; value: string; lang: Language; ip: string }) {
  const value = input.kind === 'email' ? normalizeEmail(input.value) : normalizeMobile(input.value);
  if (!value) throw new AppError(input.kind === 'email' ? 'INVALID_EMAIL' : 'INVALID_MOBILE');
  const now = deps.clock.now();
  const previous = await latestOpenContactFlow(deps.db, input.userId, input.kind, now);
  if (previous) assertResendAllowed(previous, now);
  const idHash = sha256(newToken(24));
  const target = { channel: input.kind === 'email' ? ('email' as const) : ('sms' as const), to: value };
  const sent = await deps.db.transaction(async (tx) => {
    await closeOpenFlows(tx, { tenantUserId: input.userId }, 'contact_change', now);
    await insertFlow(tx, { id: idHash, purpose: 'contact_change', tenantUserId: input.userId, contactKind: input.kind, expiresAt: new Date(now.getTime() + 30 * 60_000) });
    const result = await sendFlowCode(deps, tx, { idHash, purpose: input.kind === 'email' ? 'contact_email' : 'contact_mobile' }, [target], input.lang, now);
    await recordAudit(tx, { at: now, actorKind: 'tenant', actorId: input.userId, action: 'verification.sent', subjectKind: 'tenant_user', subjectId: input.userId, ip: input.ip, details: { channel: target.channel, purpose: 'contact_change' } });
    return result;
  });
  return { kind: input.kind, masked: mask(target), expiresAt: sent.expiresAt.toISOString(), resendAvailableAt: sent.resendAvailableAt.toISOString() };
}
