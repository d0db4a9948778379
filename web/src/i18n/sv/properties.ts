// The back office's property register: properties (Fastigheter), their buildings, rental objects
// (Hyresobjekt) and their spaces (utrymmen), with the forms that enter and change them.

export const properties = {
  spaceKind: {
    kitchen: 'Kök',
    bathroom: 'Badrum',
    hall: 'Hall',
    office: 'Kontor',
    room: 'Rum',
    storage: 'Förråd',
    staff_room: 'Personalrum',
    shop: 'Butik',
    workshop: 'Verkstad',
  },
  auditAction: {
    property: {
      created: 'Fastighet registrerad',
      changed: 'Fastighet ändrad',
    },
    building: {
      added: 'Byggnad tillagd',
      changed: 'Byggnad ändrad',
    },
    rental_object: {
      created: 'Hyresobjekt registrerat',
      changed: 'Hyresobjekt ändrat',
    },
    space: {
      added: 'Utrymme tillagt',
      changed: 'Utrymme ändrat',
    },
  },
};

export type PropertiesMessages = typeof properties;
