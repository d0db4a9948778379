import type { CustomersStaffMessages } from '../../sv/staff/customers';
import { glossary } from '../common';

export const customersStaff: CustomersStaffMessages = {
  backoffice: {
    customers: {
      newLink: 'New customer',
    },
    customerForm: {
      name: 'Name',
      identityNumber: 'Organisation number',
      identityNumberHint: 'Or the personal identity number of a private person. With or without a dash, for example 559123-4561.',
      addressHeading: 'Postal address',
      email: 'E-mail',
      emailHint: 'Where a registration code for Mina sidor may go. Leave it empty if you have none.',
      mobile: glossary.mobile,
      mobileHint: 'For example 070-123 45 67. Leave it empty if you have none.',
      customerManager: 'Customer manager',
      noManager: 'No customer manager',
    },
    newCustomer: {
      title: 'New customer',
      back: 'Back to customers',
      intro: 'The customer can create an account on Mina sidor once it has a lease. Leases are added under Leases.',
      contactHeading: 'Contact details',
      submit: 'Save the customer',
    },
    customer: {
      createdNotice: 'The customer {{name}} has been saved.',
      editHeading: 'Change customer details',
      editIntro: 'Name, number, postal address and customer manager. E-mail and mobile number are changed under Contact details.',
      save: 'Save the customer details',
      saved: 'The customer details have been saved.',
      nothingChanged: 'Nothing was changed.',
    },
  },
};
