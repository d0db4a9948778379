// The back office's customer register: entering a customer (Ny kund) and changing its details.

export const customers = {
  auditAction: {
    customer: {
      created: 'Kund registrerad',
      changed: 'Kunduppgifter ändrade',
    },
  },
};

export type CustomersMessages = typeof customers;
