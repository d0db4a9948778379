import type { CustomersMessages } from '../sv/customers';

export const customers: CustomersMessages = {
  auditAction: {
    customer: {
      created: 'Customer registered',
      changed: 'Customer details changed',
    },
  },
};
