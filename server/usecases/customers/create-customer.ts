// Staff enter a customer: its name, organisationsnummer (or a private tenant's personnummer, checked by
// the community packages: domain/identity.ts), postal address, the e-mail and mobile the landlord may
// use (where a tenant's registration code goes) and its customer manager. The number is unique in the
// register; the kind (company or private) follows from it. Written with its audit event.
import type { Tx } from '../../db/tx.ts';
import { normalizeEmail, normalizeMobile } from '../../domain/contact.ts';
import { formatIdentityNumber, parseIdentityNumber } from '../../domain/identity.ts';
import { findCustomerByIdentity, insertCustomer } from '../../repositories/customers.ts';
import { address, managerId, refuseField, requiredText, writeRegister, type Actor, type RegisterDeps } from '../registers/register-input.ts';

export interface NewCustomer {
  name: string;
  identityNumber: string;
  street: string;
  postalCode: string;
  city: string;
  email: string | null;
  mobile: string | null;
  customerManagerId: string | null;
}

/** The number as stored (canonical digits) and the kind of customer it makes, or a refusal naming the field. */
export function identityOf(input: string): { identityNumber: string; kind: 'company' | 'private' } {
  if (input.trim() === '') refuseField('REGISTER_FIELD_MISSING', 'identityNumber');
  const parsed = parseIdentityNumber(input) ?? refuseField('INVALID_IDENTITY_NUMBER', 'identityNumber');
  return { identityNumber: parsed.canonical, kind: parsed.kind === 'organisation' ? 'company' : 'private' };
}

export function emailOf(input: string | null): string | null {
  if (input === null || input.trim() === '') return null;
  return normalizeEmail(input) ?? refuseField('INVALID_EMAIL', 'email');
}

export function mobileOf(input: string | null): string | null {
  if (input === null || input.trim() === '') return null;
  return normalizeMobile(input) ?? refuseField('INVALID_MOBILE', 'mobile');
}

/** Refuses a number another customer has, inside the registers' lock. */
export async function refuseTakenIdentity(tx: Tx, identityNumber: string, exceptId?: string) {
  const other = await findCustomerByIdentity(tx, identityNumber);
  if (other && other.id !== exceptId) refuseField('IDENTITY_NUMBER_TAKEN', 'identityNumber', { number: formatIdentityNumber(identityNumber), customer: other.name });
}

export async function createCustomer(deps: RegisterDeps, actor: Actor, input: NewCustomer): Promise<{ id: string }> {
  const values = {
    name: requiredText(input.name, 'name'),
    ...identityOf(input.identityNumber),
    ...address(input),
    email: emailOf(input.email),
    mobile: mobileOf(input.mobile),
    customerManagerId: await managerId(deps, input.customerManagerId, 'customer', 'customerManagerId'),
  };
  return writeRegister(deps, actor, async (tx) => {
    await refuseTakenIdentity(tx, values.identityNumber);
    const customer = await insertCustomer(tx, values);
    return {
      value: { id: customer.id },
      // The contact channels are personal data: the log says whether they were given, not what they are.
      event: {
        action: 'customer.created', subjectKind: 'customer', subjectId: customer.id,
        details: { ...values, email: values.email !== null, mobile: values.mobile !== null },
      },
    };
  });
}
