// Staff add a building to a property: its name and street address (the address of the rental objects
// in it, as leases, avier and the portal show them). Written with its audit event.
import { AppError } from '../../errors.ts';
import { findProperty, insertBuilding } from '../../repositories/property-register.ts';
import { address, requiredText, writeRegister, type Actor, type RegisterDeps } from './register-input.ts';

export interface NewBuilding {
  name: string;
  street: string;
  postalCode: string;
  city: string;
}

export async function addBuilding(deps: RegisterDeps, actor: Actor, propertyId: string, input: NewBuilding): Promise<{ id: string }> {
  const found = await findProperty(deps.db, propertyId);
  if (!found) throw new AppError('NOT_FOUND');
  const values = { name: requiredText(input.name, 'name'), ...address(input) };
  return writeRegister(deps, actor, async (tx) => {
    const building = await insertBuilding(tx, { propertyId: found.property.id, ...values });
    return {
      value: { id: building.id },
      event: { action: 'building.added', subjectKind: 'building', subjectId: building.id, details: { property: found.property.designation, ...values } },
    };
  });
}
