// "Skapa konto", step 1: organisationsnummer (or personnummer), username and password.
import type { AccountDeps } from '../accounts/codes.ts';
import { mask } from '../accounts/codes.ts';
import { assertAcceptablePassword, normalizeUsername } from '../accounts/passwords.ts';
import { limitPerSubject } from '../accounts/limits.ts';
import { customerTargets, REGISTRATION_HOURS } from './registration-flows.ts';
import { AppError } from '../../errors.ts';
import { parseIdentityNumber } from '../../domain/identity.ts';
import { swedishDate } from '../../domain/dates.ts';
import { findCustomerByIdentity, hasCurrentOrComingLease } from '../../repositories/customers.ts';
import { findLandlord } from '../../repositories/landlord.ts';
import { deleteTenantUser, findTenantUserByUsername, insertTenantUser } from '../../repositories/users.ts';
import { insertFlow } from '../../repositories/flows.ts';
import { recordAudit } from '../../repositories/audit.ts';
import { hashPassword } from '../../security/passwords.ts';
import { newToken, sha256 } from '../../security/tokens.ts';

export async function startRegistration(
  deps: AccountDeps,
  input: { identityNumber: string; username: string; password: string; passwordRepeat: string; ip: string; lang?: 'sv' | 'en' },
) {
  const identity = parseIdentityNumber(input.identityNumber);
  if (!identity) throw new AppError('INVALID_IDENTITY_NUMBER');
  const username = normalizeUsername(input.username);
  if (!username) throw new AppError('INVALID_USERNAME');
  assertAcceptablePassword(input.password, input.passwordRepeat, username);
  const now = deps.clock.now();
  // Per number, whatever the IP: probing one company's number from many addresses stops here.
  await limitPerSubject(deps.db, `registration:${identity.canonical}`, 10, 60, now);

  const customer = await findCustomerByIdentity(deps.db, identity.canonical);
  if (!customer || !(await hasCurrentOrComingLease(deps.db, customer.id, swedishDate(now)))) throw new AppError('NO_LEASE');
  const targets = customerTargets(customer);
  if (targets.length === 0) {
    const landlord = await findLandlord(deps.db);
    const contact = [landlord?.phone, landlord?.email].filter(Boolean).join(', ');
    // A refusal without a change: its audit event commits on its own.
    await deps.db.transaction(async (tx) => {
      await recordAudit(tx, { at: now, actorKind: 'anonymous', action: 'registration.no_channel', subjectKind: 'customer', subjectId: customer.id, ip: input.ip });
    });
    throw new AppError('NO_CHANNEL', { contact }, { details: { landlord: { name: landlord?.name ?? null, phone: landlord?.phone ?? null, email: landlord?.email ?? null } } });
  }

  const existing = await findTenantUserByUsername(deps.db, username);
  // The same customer starting over frees its own unfinished registration; anyone else's name is taken.
  if (existing && (existing.status !== 'unverified' || existing.customerId !== customer.id)) throw new AppError('USERNAME_TAKEN');

  const passwordHash = await hashPassword(input.password);
  const registrationId = newToken(24);
  try {
    await deps.db.transaction(async (tx) => {
      if (existing) await deleteTenantUser(tx, existing.id);
      const userId = await insertTenantUser(tx, { customerId: customer.id, username, passwordHash, status: 'unverified', language: input.lang ?? 'sv' });
      await insertFlow(tx, { id: sha256(registrationId), purpose: 'registration', tenantUserId: userId, expiresAt: new Date(now.getTime() + REGISTRATION_HOURS * 3600_000) });
      await recordAudit(tx, { at: now, actorKind: 'anonymous', action: 'registration.started', subjectKind: 'tenant_user', subjectId: userId, ip: input.ip });
    });
  } catch (error) {
    if ((error as { cause?: { code?: string } }).cause?.code === '23505') throw new AppError('USERNAME_TAKEN');
    throw error;
  }
  return { registrationId, channels: targets.map((t) => ({ channel: t.channel, masked: mask(t) })) };
}
