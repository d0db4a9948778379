import type { RegistersMessages } from '../sv/registers';

export const registers: RegistersMessages = {
  auditAction: {
    lease: {
      created: 'Lease entered',
      changed: 'Lease changed',
      document_attached: 'Lease document attached',
    },
    rent_row: {
      added: 'Rent row added',
      changed: 'Rent row changed',
    },
  },
};
