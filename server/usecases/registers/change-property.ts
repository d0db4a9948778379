// Staff change a property's designation, name or property manager. The audit event keeps each change
// before and after; a request that changes nothing writes nothing.
import { AppError } from '../../errors.ts';
import { differences } from '../../domain/registers.ts';
import { findProperty, updateProperty } from '../../repositories/property-register.ts';
import { designationOf, refuseTakenDesignation, type NewProperty } from './create-property.ts';
import { managerId, requiredText, writeRegister, type Actor, type RegisterDeps } from './register-input.ts';

export async function changeProperty(deps: RegisterDeps, actor: Actor, propertyId: string, input: Partial<NewProperty>): Promise<void> {
  const found = await findProperty(deps.db, propertyId);
  if (!found) throw new AppError('NOT_FOUND');
  const { property } = found;
  const before = { designation: property.designation, name: property.name, propertyManagerId: property.propertyManagerId };
  const after = {
    designation: input.designation === undefined ? before.designation : designationOf(input.designation),
    name: input.name === undefined ? before.name : requiredText(input.name, 'name'),
    propertyManagerId: input.propertyManagerId === undefined || input.propertyManagerId === before.propertyManagerId
      ? before.propertyManagerId
      : await managerId(deps, input.propertyManagerId, 'property', 'propertyManagerId'),
  };
  const changed = differences(before, after);
  if (!changed) return;
  await writeRegister(deps, actor, async (tx) => {
    if (changed.after.designation !== undefined) await refuseTakenDesignation(tx, after.designation, property.id);
    await updateProperty(tx, property.id, changed.after);
    return { value: undefined, event: { action: 'property.changed', subjectKind: 'property', subjectId: property.id, details: { designation: after.designation, ...changed } } };
  });
}
