// The back office's customer register: entering a customer (Ny kund) and changing its details.
import { glossary } from './common';

export const customers = {
  backoffice: {
    customers: {
      newLink: 'Ny kund',
    },
    customerForm: {
      name: 'Namn',
      identityNumber: 'Organisationsnummer',
      identityNumberHint: 'Eller personnummer för en privatperson. Med eller utan bindestreck, till exempel 559123-4561.',
      addressHeading: 'Postadress',
      email: 'E-post',
      emailHint: 'Dit en registreringskod till Mina sidor kan gå. Lämna tomt om ni inte har någon.',
      mobile: glossary.mobile,
      mobileHint: 'Till exempel 070-123 45 67. Lämna tomt om ni inte har något.',
      customerManager: 'Kundansvarig',
      noManager: 'Ingen kundansvarig',
    },
    newCustomer: {
      title: 'Ny kund',
      back: 'Tillbaka till kunder',
      intro: 'Kunden kan skapa konto på Mina sidor när den har ett avtal. Avtal lägger du till under Avtal.',
      contactHeading: 'Kontaktuppgifter',
      submit: 'Spara kunden',
    },
    customer: {
      createdNotice: 'Kunden {{name}} är sparad.',
      editHeading: 'Ändra kunduppgifter',
      editIntro: 'Namn, nummer, postadress och kundansvarig. E-post och mobilnummer ändrar du under Kontaktuppgifter.',
      save: 'Spara kunduppgifterna',
      saved: 'Kunduppgifterna är sparade.',
      nothingChanged: 'Inget var ändrat.',
    },
  },
  auditAction: {
    customer: {
      created: 'Kund registrerad',
      changed: 'Kunduppgifter ändrade',
    },
  },
};

export type CustomersMessages = typeof customers;
