// The checks the property and customer registers' use cases share, each refusal naming its field, and
// the one way they write: the change, under the registers' lock, with its audit event, in one transaction.
import type { Tx } from '../../db/tx.ts';
import { cleanText, normalizePostalCode } from '../../domain/registers.ts';
import { mayBeManager } from '../../policies/staff.ts';
import { recordAudit, type AuditEvent } from '../../repositories/audit.ts';
import { lockRegister } from '../../repositories/registers.ts';
import { findStaffUser } from '../../repositories/users.ts';
import { refuseField, type Actor, type RegisterDeps } from '../leases/register-deps.ts';

export { refuseField, type Actor, type RegisterDeps };

/** A text the register needs: trimmed, never empty. */
export function requiredText(value: string, field: string): string {
  return cleanText(value) ?? refuseField('REGISTER_FIELD_MISSING', field);
}

/** A text the register may go without: trimmed, empty as null. */
export function optionalText(value: string | null): string | null {
  return cleanText(value);
}

export function postalCode(value: string, field = 'postalCode'): string {
  if (cleanText(value) === null) refuseField('REGISTER_FIELD_MISSING', field);
  return normalizePostalCode(value) ?? refuseField('INVALID_POSTAL_CODE', field);
}

/** An address as the register keeps it: street, postal code "412 61" and town. */
export function address(input: { street: string; postalCode: string; city: string }) {
  return { street: requiredText(input.street, 'street'), postalCode: postalCode(input.postalCode), city: requiredText(input.city, 'city') };
}

/** Null, or an active staff member who may be the customer's or property's manager (policies/staff.ts). */
export async function managerId(deps: RegisterDeps, id: string | null, of: 'customer' | 'property', field: string): Promise<string | null> {
  if (id === null) return null;
  const staff = await findStaffUser(deps.db, id);
  if (!staff || staff.status !== 'active' || !mayBeManager(staff.role, of)) refuseField('MANAGER_INVALID', field);
  return staff.id;
}

/**
 * Writes a change of the registers: under their lock (so a uniqueness check inside sees every
 * committed change), with its audit event, in one transaction. `change` checks, writes and says what
 * happened. A change that changes nothing is not written at all: its use case returns before this.
 */
export async function writeRegister<T>(
  deps: RegisterDeps, actor: Actor,
  change: (tx: Tx) => Promise<{ value: T; event: Pick<AuditEvent, 'action' | 'subjectKind' | 'subjectId' | 'details'> }>,
): Promise<T> {
  const at = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    await lockRegister(tx);
    const { value, event } = await change(tx);
    await recordAudit(tx, { ...event, at, actorKind: 'staff', actorId: actor.staffId, ip: actor.ip });
    return value;
  });
}
