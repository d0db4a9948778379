// The back office's texts of sv/customers.ts, loaded when the back office first opens (i18n/index.ts).
import { glossary } from '../common';

export const customersStaff = {
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
};

export type CustomersStaffMessages = typeof customersStaff;
