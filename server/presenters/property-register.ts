// The property register as the API shows it: a property's page (its buildings and rental objects), a
// rental object's page (its building, spaces and leases), and the staff who may be named managers.
import { Type } from '@sinclair/typebox';
import { Nullable, StringEnum } from '../http/schemas.ts';
import { RegisterObjectView, presentRegisterObject } from './registers.ts';
import type { listRentalObjects } from '../repositories/registers.ts';
import type { findProperty, listBuildings, SpaceRecord } from '../repositories/property-register.ts';

export const spaceKinds = ['kitchen', 'bathroom', 'hall', 'office', 'room', 'storage', 'staff_room', 'shop', 'workshop'] as const;
export const objectTypes = ['premises', 'apartment', 'parking', 'storage'] as const;

const StaffRef = Type.Object({ id: Type.String(), name: Type.String() });

export const BuildingView = Type.Object({
  id: Type.String(), name: Type.String(), street: Type.String(), postalCode: Type.String(), city: Type.String(),
  address: Type.String({ description: 'Street, postal code and town on one line' }),
  rentalObjectCount: Type.Integer(),
});

export const PropertyDetailView = Type.Object({
  id: Type.String(),
  designation: Type.String({ description: 'Fastighetsbeteckning, e.g. "Göteborg Inom Vallgraven 12:3"' }),
  name: Type.String(),
  propertyManager: Nullable(StaffRef),
  buildings: Type.Array(BuildingView),
  rentalObjects: Type.Array(RegisterObjectView),
  canEdit: Type.Boolean({ description: 'The person asking may change the property, its buildings and objects' }),
});
export const PropertyResponseView = Type.Object({ property: PropertyDetailView });

export const SpaceView = Type.Object({ id: Type.String(), kind: StringEnum(spaceKinds), name: Type.String() });

export const RentalObjectDetailView = Type.Composite([RegisterObjectView, Type.Object({
  description: Nullable(Type.String()),
  propertyName: Type.String(),
  spaces: Type.Array(SpaceView),
  canEdit: Type.Boolean({ description: 'The person asking may change the object and its spaces' }),
})]);
export const RentalObjectResponseView = Type.Object({ rentalObject: RentalObjectDetailView });

export const ManagersView = Type.Object({
  customerManagers: Type.Array(StaffRef, { description: 'Active staff who may be a customer\'s customer manager' }),
  propertyManagers: Type.Array(StaffRef, { description: 'Active staff who may be a property\'s property manager' }),
});

type Building = Awaited<ReturnType<typeof listBuildings>>[number];
type ObjectRow = Awaited<ReturnType<typeof listRentalObjects>>[number];

export function presentBuilding(b: Building) {
  return { id: b.id, name: b.name, street: b.street, postalCode: b.postalCode, city: b.city, address: `${b.street}, ${b.postalCode} ${b.city}`, rentalObjectCount: b.rentalObjectCount };
}

export function presentPropertyDetail(
  found: NonNullable<Awaited<ReturnType<typeof findProperty>>>, buildings: Building[], objects: ObjectRow[], today: string, canEdit: boolean,
) {
  const { property } = found;
  return {
    id: property.id,
    designation: property.designation,
    name: property.name,
    propertyManager: property.propertyManagerId && found.propertyManager ? { id: property.propertyManagerId, name: found.propertyManager } : null,
    buildings: buildings.map(presentBuilding),
    rentalObjects: objects.map((o) => presentRegisterObject(o, today)),
    canEdit,
  };
}

export function presentRentalObjectDetail(row: ObjectRow, spaces: SpaceRecord[], today: string, canEdit: boolean) {
  return {
    ...presentRegisterObject(row, today),
    description: row.description,
    propertyName: row.propertyName,
    spaces: spaces.map((s) => ({ id: s.id, kind: s.kind, name: s.name })),
    canEdit,
  };
}
