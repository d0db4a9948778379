import type { PortalMessages } from '../sv/portal';

export const portal: PortalMessages = {
  portal: {
    nav: {
      label: 'Main menu',
      home: 'Home',
      leases: 'Leases',
      invoices: 'Invoices',
      cases: 'Cases',
      options: 'Options',
    },
    usefulLinks: 'Useful links',
    myDetails: 'My details',
    newCaseButton: 'New case',
    home: {
      welcome: 'Welcome, {{name}}!',
      intro: 'An overview of your leases, invoices and cases.',
      leasesHeading: 'Leases',
      leaseCount_one: 'You have {{count}} lease.',
      leaseCount_other: 'You have {{count}} leases.',
      noLeases: 'You have no leases registered with us.',
      allLeases: 'Show all leases',
      invoicesHeading: 'Invoices',
      allInvoices: 'Go to invoices',
      casesHeading: 'Cases',
      allCases: 'Go to the case list',
      caseCount_one: 'You have {{count}} current case.',
      caseCount_other: 'You have {{count}} current cases.',
      noCurrentCases: 'No current cases',
      needsActionHeading_one: 'One case is waiting for your reply',
      needsActionHeading_other: '{{count}} cases are waiting for your reply',
      needsActionIntro_one: 'We need your reply to go on. Open the case and reply in the dialog.',
      needsActionIntro_other: 'We need your reply to go on. Open the cases and reply in the dialog.',
      latestCases: 'Latest changed cases',
    },
    options: {
      title: 'Options',
      empty: 'No options to order right now',
      emptyHint: 'When there are options for your premises, they will appear here.',
    },
  },
};
