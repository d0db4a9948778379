// Staff enter a rental object (hyresobjekt) in a building: its number, unique in the register, its type
// (lokal, lägenhet, parkering, förråd), area, floor and a description. Its address is its building's.
import { normalizeObjectNumber, validArea, validFloor } from '../../domain/registers.ts';
import type { Tx } from '../../db/tx.ts';
import { findBuilding, insertRentalObject, rentalObjectWithNumber, type RentalObjectRecord } from '../../repositories/property-register.ts';
import { optionalText, refuseField, writeRegister, type Actor, type RegisterDeps } from './register-input.ts';

export type ObjectType = RentalObjectRecord['type'];

export interface NewRentalObject {
  buildingId: string;
  number: string;
  type: ObjectType;
  areaSqm: number | null;
  floor: number | null;
  description: string | null;
}

export function objectNumberOf(input: string): string {
  if (input.trim() === '') refuseField('REGISTER_FIELD_MISSING', 'number');
  return normalizeObjectNumber(input) ?? refuseField('INVALID_OBJECT_NUMBER', 'number');
}

export function areaOf(areaSqm: number | null): number | null {
  if (areaSqm !== null && !validArea(areaSqm)) refuseField('INVALID_AREA', 'areaSqm');
  return areaSqm;
}

export function floorOf(floor: number | null): number | null {
  if (floor !== null && !validFloor(floor)) refuseField('INVALID_FLOOR', 'floor');
  return floor;
}

/** The building an object is (to be) in, or a refusal naming the field. */
export async function buildingOf(deps: RegisterDeps, buildingId: string) {
  return (await findBuilding(deps.db, buildingId)) ?? refuseField('NOT_FOUND', 'buildingId');
}

/** Refuses a number another object has, inside the registers' lock. */
export async function refuseTakenNumber(tx: Tx, number: string, exceptId?: string) {
  const other = await rentalObjectWithNumber(tx, number, exceptId);
  if (other) refuseField('OBJECT_NUMBER_TAKEN', 'number', { number, address: other.street });
}

export async function createRentalObject(deps: RegisterDeps, actor: Actor, input: NewRentalObject): Promise<{ id: string }> {
  const building = await buildingOf(deps, input.buildingId);
  const values = {
    buildingId: building.id, number: objectNumberOf(input.number), type: input.type,
    areaSqm: areaOf(input.areaSqm), floor: floorOf(input.floor), description: optionalText(input.description),
  };
  return writeRegister(deps, actor, async (tx) => {
    await refuseTakenNumber(tx, values.number);
    const object = await insertRentalObject(tx, values);
    return {
      value: { id: object.id },
      event: { action: 'rental_object.created', subjectKind: 'rental_object', subjectId: object.id, details: { ...values, building: building.name } },
    };
  });
}
