// Staff enter a property (fastighet): its designation, unique in the register, a name people use for it,
// and its property manager, who gets the faults reported there. Written with its audit event.
import { normalizeDesignation } from '../../domain/registers.ts';
import { insertProperty, propertyWithDesignation } from '../../repositories/property-register.ts';
import { managerId, refuseField, requiredText, writeRegister, type Actor, type RegisterDeps } from './register-input.ts';

export interface NewProperty {
  designation: string;
  name: string;
  propertyManagerId: string | null;
}

/** The designation as stored, or a refusal naming the field. */
export function designationOf(input: string): string {
  if (input.trim() === '') refuseField('REGISTER_FIELD_MISSING', 'designation');
  return normalizeDesignation(input) ?? refuseField('INVALID_DESIGNATION', 'designation');
}

/** Refuses a designation another property has, inside the registers' lock. */
export async function refuseTakenDesignation(tx: Parameters<typeof propertyWithDesignation>[0], designation: string, exceptId?: string) {
  const other = await propertyWithDesignation(tx, designation, exceptId);
  if (other) refuseField('DESIGNATION_TAKEN', 'designation', { designation, name: other.name });
}

export async function createProperty(deps: RegisterDeps, actor: Actor, input: NewProperty): Promise<{ id: string }> {
  const designation = designationOf(input.designation);
  const name = requiredText(input.name, 'name');
  const propertyManagerId = await managerId(deps, input.propertyManagerId, 'property', 'propertyManagerId');
  return writeRegister(deps, actor, async (tx) => {
    await refuseTakenDesignation(tx, designation);
    const property = await insertProperty(tx, { designation, name, propertyManagerId });
    return {
      value: { id: property.id },
      event: { action: 'property.created', subjectKind: 'property', subjectId: property.id, details: { designation, name, propertyManagerId } },
    };
  });
}
