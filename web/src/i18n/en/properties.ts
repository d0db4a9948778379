import type { PropertiesMessages } from '../sv/properties';

export const properties: PropertiesMessages = {
  spaceKind: {
    kitchen: 'Kitchen',
    bathroom: 'Bathroom',
    hall: 'Hall',
    office: 'Office',
    room: 'Room',
    storage: 'Storage',
    staff_room: 'Staff room',
    shop: 'Shop',
    workshop: 'Workshop',
  },
  auditAction: {
    property: {
      created: 'Property registered',
      changed: 'Property changed',
    },
    building: {
      added: 'Building added',
      changed: 'Building changed',
    },
    rental_object: {
      created: 'Rental object registered',
      changed: 'Rental object changed',
    },
    space: {
      added: 'Space added',
      changed: 'Space changed',
    },
  },
};
