// Staff change a building's name or address; its rental objects show the new address at once (it is
// read from the building). The audit event keeps before and after; nothing changed, nothing written.
import { AppError } from '../../errors.ts';
import { differences } from '../../domain/registers.ts';
import { findBuilding, updateBuilding } from '../../repositories/property-register.ts';
import type { NewBuilding } from './add-building.ts';
import { postalCode, requiredText, writeRegister, type Actor, type RegisterDeps } from './register-input.ts';

export async function changeBuilding(deps: RegisterDeps, actor: Actor, buildingId: string, input: Partial<NewBuilding>): Promise<{ propertyId: string }> {
  const building = await findBuilding(deps.db, buildingId);
  if (!building) throw new AppError('NOT_FOUND');
  const before = { name: building.name, street: building.street, postalCode: building.postalCode, city: building.city };
  const after = {
    name: input.name === undefined ? before.name : requiredText(input.name, 'name'),
    street: input.street === undefined ? before.street : requiredText(input.street, 'street'),
    postalCode: input.postalCode === undefined ? before.postalCode : postalCode(input.postalCode),
    city: input.city === undefined ? before.city : requiredText(input.city, 'city'),
  };
  const changed = differences(before, after);
  if (changed) {
    await writeRegister(deps, actor, async (tx) => {
      await updateBuilding(tx, building.id, changed.after);
      return { value: undefined, event: { action: 'building.changed', subjectKind: 'building', subjectId: building.id, details: { name: after.name, ...changed } } };
    });
  }
  return { propertyId: building.propertyId };
}
