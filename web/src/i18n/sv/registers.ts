// The back office's lease register (Avtal): the list, a lease's page with its forms, the new-lease form.

export const registers = {
  auditAction: {
    lease: {
      created: 'Avtal registrerat',
      changed: 'Avtal ändrat',
      document_attached: 'Avtalsdokument uppladdat',
    },
    rent_row: {
      added: 'Hyresrad tillagd',
      changed: 'Hyresrad ändrad',
    },
  },
};

export type RegistersMessages = typeof registers;
