// "Mina uppgifter": the tenant user's name, e-mail and mobile (a new one is verified with a code
// before it is used), password and sessions.
import { and, desc, eq, gt, isNull } from 'drizzle-orm';
import type { AccountDeps } from './codes.ts';
import { assertResendAllowed, checkFlowCode, mask, sendFlowCode } from './codes.ts';
import { assertAcceptablePassword } from './passwords.ts';
import { AppError } from '../../errors.ts';
import type { Language } from '../../i18n/language.ts';
import { normalizeEmail, normalizeMobile } from '../../domain/contact.ts';
import { accountFlows } from '../../db/schema/index.ts';
import { closeOpenFlows, insertFlow, updateFlow, type FlowRow } from '../../repositories/flows.ts';
import { endSessionsOf, findTenantUser, updateTenantUser } from '../../repositories/users.ts';
import { recordAudit } from '../../repositories/audit.ts';
import { hashPassword, verifyPassword } from '../../security/passwords.ts';
import { newToken, sha256 } from '../../security/tokens.ts';
import type { Db } from '../../db/client.ts';

type Kind = 'email' | 'mobile';

export async function updateMyName(deps: { db: Db }, input: { userId: string; name: string; ip: string }) {
  const name = input.name.trim();
  if (!name) throw new AppError('VALIDATION', { keyword: 'required', field: 'name' });
  await updateTenantUser(deps.db, input.userId, { name });
  await recordAudit(deps.db, { actorKind: 'tenant', actorId: input.userId, action: 'contact.changed', subjectKind: 'tenant_user', subjectId: input.userId, ip: input.ip, details: { field: 'name' } });
}

async function latestOpenContactFlow(db: Db, userId: string, kind: Kind, now: Date): Promise<FlowRow | null> {
  const rows = await db
    .select()
    .from(accountFlows)
    .where(and(eq(accountFlows.tenantUserId, userId), eq(accountFlows.purpose, 'contact_change'), eq(accountFlows.contactKind, kind), isNull(accountFlows.completedAt), gt(accountFlows.expiresAt, now)))
    .orderBy(desc(accountFlows.createdAt))
    .limit(1);
  return rows[0] ?? null;
}

export async function startContactChange(deps: AccountDeps, input: { userId: string; kind: Kind; value: string; lang: Language; ip: string }) {
  const value = input.kind === 'email' ? normalizeEmail(input.value) : normalizeMobile(input.value);
  if (!value) throw new AppError(input.kind === 'email' ? 'INVALID_EMAIL' : 'INVALID_MOBILE');
  const now = new Date();
  const previous = await latestOpenContactFlow(deps.db, input.userId, input.kind, now);
  if (previous) assertResendAllowed(previous, now);
  await closeOpenFlows(deps.db, { tenantUserId: input.userId }, 'contact_change', now);
  const idHash = sha256(newToken(24));
  await insertFlow(deps.db, { id: idHash, purpose: 'contact_change', tenantUserId: input.userId, contactKind: input.kind, expiresAt: new Date(now.getTime() + 30 * 60_000) });
  const target = { channel: input.kind === 'email' ? ('email' as const) : ('sms' as const), to: value };
  const sent = await sendFlowCode(deps, { idHash, purpose: input.kind === 'email' ? 'contact_email' : 'contact_mobile' }, [target], input.lang, now);
  await recordAudit(deps.db, { actorKind: 'tenant', actorId: input.userId, action: 'verification.sent', subjectKind: 'tenant_user', subjectId: input.userId, ip: input.ip, details: { channel: target.channel, purpose: 'contact_change' } });
  return { kind: input.kind, masked: mask(target), expiresAt: sent.expiresAt.toISOString(), resendAvailableAt: sent.resendAvailableAt.toISOString() };
}

export async function applyContactChange(deps: AccountDeps, flow: FlowRow, ip: string, now: Date) {
  const kind = flow.contactKind as Kind;
  await deps.db.transaction(async (tx) => {
    await updateFlow(tx, flow.id, { verifiedAt: now, completedAt: now });
    await updateTenantUser(tx, flow.tenantUserId!, kind === 'email' ? { email: flow.destination, emailVerifiedAt: now } : { mobile: flow.destination, mobileVerifiedAt: now });
  });
  await recordAudit(deps.db, { actorKind: 'tenant', actorId: flow.tenantUserId, action: 'contact.changed', subjectKind: 'tenant_user', subjectId: flow.tenantUserId, ip, details: { field: kind } });
}

export async function verifyContactChange(deps: AccountDeps, input: { userId: string; kind: Kind; code: string; ip: string }) {
  const now = new Date();
  const flow = await latestOpenContactFlow(deps.db, input.userId, input.kind, now);
  if (!flow) throw new AppError('CODE_EXPIRED');
  await checkFlowCode(deps, flow, input.code, now);
  await applyContactChange(deps, flow, input.ip, now);
}

export async function changeMyPassword(
  deps: { db: Db },
  input: { userId: string; sessionId: string; currentPassword: string; password: string; passwordRepeat: string; ip: string },
) {
  const user = await findTenantUser(deps.db, input.userId);
  if (!user) throw new AppError('UNAUTHENTICATED');
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) throw new AppError('CURRENT_PASSWORD_WRONG');
  assertAcceptablePassword(input.password, input.passwordRepeat, user.username);
  const passwordHash = await hashPassword(input.password);
  await updateTenantUser(deps.db, user.id, { passwordHash });
  // Someone who knew the old password is logged out everywhere else.
  await endSessionsOf(deps.db, { tenantUserId: user.id }, input.sessionId);
  await recordAudit(deps.db, { actorKind: 'tenant', actorId: user.id, action: 'password.changed', subjectKind: 'tenant_user', subjectId: user.id, ip: input.ip });
}
