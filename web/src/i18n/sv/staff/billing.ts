// Billing in the back office: the invoice run (Aviseringskörning) and the names of billing periods.
// Loaded when the back office first opens (i18n/index.ts).
import { glossary } from '../common';

export const billingStaff = {
  backoffice: {
    nav: {
      invoicing: 'Avisering',
    },
    invoiceRun: {
      title: 'Aviseringskörning',
      intro: 'Gör avier för alla avtal vars betalningsperiod börjar i den valda månaden eller det valda kvartalet. Förhandsgranska först; en period som redan är aviserad aviseras inte igen.',
      readOnly: 'Du kan förhandsgranska och se körningarna, men inte starta en körning.',
      formHeading: 'Ny körning',
      kindLabel: 'Periodtyp',
      kind: {
        month: 'Månad',
        quarter: 'Kvartal',
      },
      period: 'Period',
      preview: 'Förhandsgranska',
      previewHeading: 'Förhandsgranskning: {{period}}',
      previewSummary_one: '{{count}} avi, totalt {{total}}',
      previewSummary_other: '{{count}} avier, totalt {{total}}',
      invoicesCaption: 'Avier som skapas för {{period}}',
      noInvoices: 'Inga avier skapas för perioden.',
      customer: 'Kund',
      lease: glossary.lease,
      invoicePeriod: 'Period',
      amount: 'Belopp inkl. moms',
      dueDate: 'Förfallodag',
      firstOnly: 'Visar de första {{shown}} av {{count}}.',
      skippedHeading: 'Avtal som inte aviseras',
      skippedCaption: 'Avtal som inte aviseras för {{period}}, med skäl',
      reason: 'Skäl',
      skipReason: {
        ended: 'Avtalet har upphört',
        not_started: 'Avtalet har inte börjat',
        no_rent_rows: 'Inga hyresrader',
        already_invoiced: 'Redan aviserad',
      },
      run: 'Kör aviseringen för {{period}}',
      runHint: 'Avierna skapas och hyresgästerna får e-post om att en ny avi finns på Mina sidor. Det går inte att ångra.',
      previewFirst: 'Förhandsgranska perioden först.',
      progressLabel: 'Aviseringskörning {{period}}: {{done}} av {{total}} avtal',
      queued: 'Aviseringskörning {{period}} väntar på att starta.',
      done_one: 'Klar: {{count}} avi, totalt {{total}}',
      done_other: 'Klar: {{count}} avier, totalt {{total}}',
      failed: 'Körningen för {{period}} misslyckades: {{error}} Starta den igen för samma period; avtal som redan fått sin avi hoppas över.',
      failedNoReason: 'Körningen för {{period}} misslyckades. Starta den igen för samma period; avtal som redan fått sin avi hoppas över.',
      runHeadingLoading: 'Körning',
      runHeading: 'Körning {{period}}',
      historyHeading: 'Tidigare körningar',
      historyCaption: 'Tidigare körningar, senaste först',
      noRuns: 'Inga körningar ännu.',
      started: 'Startad',
      startedBy: 'Startad av',
      status: 'Status',
      invoices: 'Avier',
      total: 'Totalt',
      runStatus: {
        queued: 'Väntar',
        running: 'Pågår',
        done: 'Klar',
        failed: 'Misslyckad',
      },
    },
  },
};

export type BillingStaffMessages = typeof billingStaff;
