// The tenant portal's frame and home page, and options (until they get an area of their own).
// Labels marked "seed" are required verbatim by the specification.
export const portal = {
  portal: {
    nav: {
      label: 'Huvudmeny',
      home: 'Hem', // seed
      leases: 'Avtal', // seed
      invoices: 'Avier & fakturor', // seed
      cases: 'Ärenden', // seed
      options: 'Tillval', // seed
    },
    usefulLinks: 'Nyttiga länkar',
    myDetails: 'Mina uppgifter',
    newCaseButton: 'Nytt ärende', // seed
    home: {
      welcome: 'Välkommen, {{name}}!',
      intro: 'Här ser du en överblick över dina avtal, avier och ärenden.',
      leasesHeading: 'Avtal',
      leaseCount_one: 'Du har {{count}} avtal.',
      leaseCount_other: 'Du har {{count}} avtal.',
      noLeases: 'Du har inga avtal registrerade hos oss.',
      allLeases: 'Visa alla avtal',
      invoicesHeading: 'Avier & fakturor',
      allInvoices: 'Gå till avier',
      casesHeading: 'Ärenden',
      allCases: 'Gå till ärendelistan',
      caseCount_one: 'Du har {{count}} aktuellt ärende.',
      caseCount_other: 'Du har {{count}} aktuella ärenden.',
      noCurrentCases: 'Inga aktuella ärenden',
      latestCases: 'Senast ändrade ärenden',
      needsActionHeading_one: 'Ett ärende väntar på ditt svar',
      needsActionHeading_other: '{{count}} ärenden väntar på ditt svar',
      needsActionIntro_one: 'Vi behöver svar från dig för att komma vidare. Öppna ärendet och svara i dialogen.',
      needsActionIntro_other: 'Vi behöver svar från dig för att komma vidare. Öppna ärendena och svara i dialogen.',
    },
    options: {
      title: 'Tillval',
      empty: 'Inga tillval att beställa just nu',
      emptyHint: 'När det finns tillval för dina lokaler visas de här.',
    },
  },
};

export type PortalMessages = typeof portal;
