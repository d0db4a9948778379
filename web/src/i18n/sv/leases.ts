// Leases and what they rent: the tenant's lease pages and the names of lease data.
import { glossary } from './common';

export const leases = {
  portal: {
    leases: {
      title: 'Avtal',
      intro: 'Dina hyresavtal hos oss. Välj ett avtal för att se detaljerna.',
      caption: 'Dina hyresavtal',
      lease: glossary.lease,
      objects: glossary.rentalObjects,
      status: 'Status',
      start: 'Startdatum',
      end: 'Slutdatum',
      yearlyRent: 'Årshyra exkl. moms',
      empty: 'Du har inga avtal registrerade hos oss.',
    },
    lease: {
      title: 'Avtal {{name}}',
      back: 'Tillbaka till alla avtal',
      overview: 'Översikt',
      noticePeriod_one: '{{count}} månad',
      noticePeriod_other: '{{count}} månader',
      noticePeriodLabel: 'Uppsägningstid',
      billingPeriodLabel: 'Betalningsperiod',
      signingLabel: 'Undertecknat',
      monthlyRent: 'Månadshyra exkl. moms',
      objectFloor: 'Våning',
      floorGround: 'Bottenvåning',
      floorBasement: 'Källare',
      floorNumber: 'Våning {{floor}}',
      manualCopy: 'Avtalet är undertecknat på papper. Vill du ha en kopia skickar vi den till dig.',
      requestCopy: 'Begär kopia',
      copyRequested: 'Vi har tagit emot din begäran om en kopia. Ärendenummer {{number}}.',
      copyAlreadyRequested: 'Du har redan begärt en kopia. Ärendenummer {{number}}.',
      copyCase: 'Följ ärendet {{number}}',
      digitalCopy: 'Avtalet är undertecknat digitalt.',
      rentHeading: 'Hyra',
      rentCaption: 'Hyresrader, per år och per {{period}}, exklusive moms',
      rentKind: 'Typ',
      rentDescription: 'Beskrivning',
      rentYearly: 'Per år exkl. moms',
      rentPeriod: {
        monthly: 'Per månad exkl. moms',
        quarterly: 'Per kvartal exkl. moms',
      },
      rentVat: 'Momssats',
      objectsHeading: glossary.rentalObjects,
      objectArea: 'Area',
      objectAddress: 'Adress',
      objectType: 'Typ',
      areaValue: '{{value}} m²',
      spaces: 'Utrymmen',
      noSpaces: 'Inga utrymmen registrerade.',
      casesHeading: 'Ärenden för avtalet',
      casesCaption: 'Aktuella ärenden för avtalet',
      noCases: 'Inga aktuella ärenden för avtalet',
      allCases: 'Visa alla ärenden',
    },
  },
  leaseStatus: {
    upcoming: 'Kommande',
    active: 'Aktivt',
    terminated: 'Avslutat',
  },
  objectType: {
    premises: 'Lokal',
    apartment: 'Lägenhet',
    parking: 'Parkering',
    storage: 'Förråd',
  },
  rentKind: {
    base_rent: 'Bashyra',
    index: 'Indexuppräkning',
    property_tax: 'Fastighetsskatt',
    heating: 'Värme',
    parking: 'Parkering',
    service: 'Service',
  },
  rentPer: {
    year: 'per år',
    month: 'per månad',
  },
  // The billing period as a word in a sentence ("per kvartal").
  periodName: {
    monthly: 'månad',
    quarterly: 'kvartal',
  },
  billingPeriod: {
    monthly: 'Månadsvis i förskott',
    quarterly: 'Kvartalsvis i förskott',
  },
  signing: {
    digital: 'Digitalt',
    manual: 'På papper',
  },
};

export type LeasesMessages = typeof leases;
