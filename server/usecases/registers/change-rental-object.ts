// Staff change a rental object: number, type, building, area, floor, description. An object that has
// been on a lease keeps its type (the lease's VAT follows it) and its building (its address is on the
// lease's avier): those are refused in words. The audit event keeps before and after.
import { AppError } from '../../errors.ts';
import { differences } from '../../domain/registers.ts';
import { findRentalObject, leasesOnObjects, updateRentalObject } from '../../repositories/property-register.ts';
import { areaOf, buildingOf, floorOf, objectNumberOf, refuseTakenNumber, type NewRentalObject } from './create-rental-object.ts';
import { optionalText, refuseField, writeRegister, type Actor, type RegisterDeps } from './register-input.ts';

export async function changeRentalObject(deps: RegisterDeps, actor: Actor, objectId: string, input: Partial<NewRentalObject>): Promise<void> {
  const found = await findRentalObject(deps.db, objectId);
  if (!found) throw new AppError('NOT_FOUND');
  const { object } = found;
  const before = { number: object.number, type: object.type, buildingId: object.buildingId, areaSqm: object.areaSqm, floor: object.floor, description: object.description };
  const after = {
    number: input.number === undefined ? before.number : objectNumberOf(input.number),
    type: input.type ?? before.type,
    buildingId: input.buildingId === undefined || input.buildingId === before.buildingId ? before.buildingId : (await buildingOf(deps, input.buildingId)).id,
    areaSqm: input.areaSqm === undefined ? before.areaSqm : areaOf(input.areaSqm),
    floor: input.floor === undefined ? before.floor : floorOf(input.floor),
    description: input.description === undefined ? before.description : optionalText(input.description),
  };
  const changed = differences(before, after);
  if (!changed) return;
  await writeRegister(deps, actor, async (tx) => {
    if (changed.after.number !== undefined) await refuseTakenNumber(tx, after.number, object.id);
    if (changed.after.type !== undefined || changed.after.buildingId !== undefined) {
      const lets = await leasesOnObjects(tx, [object.id]);
      if (lets.length > 0) refuseField('OBJECT_IN_USE', changed.after.type !== undefined ? 'type' : 'buildingId', { object: object.number, leases: lets.map((l) => l.number).join(', ') });
    }
    await updateRentalObject(tx, object.id, changed.after);
    return { value: undefined, event: { action: 'rental_object.changed', subjectKind: 'rental_object', subjectId: object.id, details: { number: after.number, ...changed } } };
  });
}
