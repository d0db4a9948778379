// Staff change a customer's name, number, address or customer manager (its e-mail and mobile change
// through change-customer-contact.ts, as on the customer's page). The kind follows the number. The
// audit event keeps each change before and after; nothing changed, nothing written.
import { AppError } from '../../errors.ts';
import { differences } from '../../domain/registers.ts';
import { findCustomer, updateCustomer } from '../../repositories/customers.ts';
import { managerId, postalCode, requiredText, writeRegister, type Actor, type RegisterDeps } from '../registers/register-input.ts';
import { identityOf, refuseTakenIdentity, type NewCustomer } from './create-customer.ts';

export type CustomerChanges = Partial<Omit<NewCustomer, 'email' | 'mobile'>>;

export async function changeCustomer(deps: RegisterDeps, actor: Actor, customerId: string, input: CustomerChanges): Promise<void> {
  const found = await findCustomer(deps.db, customerId);
  if (!found) throw new AppError('NOT_FOUND');
  const { customer } = found;
  const before = {
    name: customer.name, identityNumber: customer.identityNumber, kind: customer.kind,
    street: customer.street, postalCode: customer.postalCode, city: customer.city, customerManagerId: customer.customerManagerId,
  };
  const identity = input.identityNumber === undefined ? { identityNumber: before.identityNumber, kind: before.kind } : identityOf(input.identityNumber);
  const after = {
    name: input.name === undefined ? before.name : requiredText(input.name, 'name'),
    ...identity,
    street: input.street === undefined ? before.street : requiredText(input.street, 'street'),
    postalCode: input.postalCode === undefined ? before.postalCode : postalCode(input.postalCode),
    city: input.city === undefined ? before.city : requiredText(input.city, 'city'),
    customerManagerId: input.customerManagerId === undefined || input.customerManagerId === before.customerManagerId
      ? before.customerManagerId
      : await managerId(deps, input.customerManagerId, 'customer', 'customerManagerId'),
  };
  const changed = differences(before, after);
  if (!changed) return;
  await writeRegister(deps, actor, async (tx) => {
    if (changed.after.identityNumber !== undefined) await refuseTakenIdentity(tx, after.identityNumber, customer.id);
    await updateCustomer(tx, customer.id, changed.after);
    return { value: undefined, event: { action: 'customer.changed', subjectKind: 'customer', subjectId: customer.id, details: { name: after.name, ...changed } } };
  });
}
