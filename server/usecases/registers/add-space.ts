// Staff add a space (utrymme: kök, badrum, kontor …) to a rental object: what kind it is and its name
// ("Storkök", "WC"). Tenants choose it on a case, and options apply to it. Written with its audit event.
import { AppError } from '../../errors.ts';
import { findRentalObject, insertSpace, type SpaceRecord } from '../../repositories/property-register.ts';
import { requiredText, writeRegister, type Actor, type RegisterDeps } from './register-input.ts';

export type SpaceKind = SpaceRecord['kind'];

export async function addSpace(deps: RegisterDeps, actor: Actor, objectId: string, input: { kind: SpaceKind; name: string }): Promise<{ id: string }> {
  const found = await findRentalObject(deps.db, objectId);
  if (!found) throw new AppError('NOT_FOUND');
  const values = { kind: input.kind, name: requiredText(input.name, 'name') };
  return writeRegister(deps, actor, async (tx) => {
    const space = await insertSpace(tx, { rentalObjectId: found.object.id, ...values });
    return {
      value: { id: space.id },
      event: { action: 'space.added', subjectKind: 'space', subjectId: space.id, details: { rentalObject: found.object.number, ...values } },
    };
  });
}
