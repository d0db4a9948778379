// The back office's texts of sv/audit.ts, loaded when the back office first opens (i18n/index.ts).

export const auditStaff = {
  backoffice: {
    audit: {
      title: 'Händelselogg',
      intro: 'Inloggningar, registreringar och ändringar av konton. De senaste {{limit}} händelserna visas.',
      filter: 'Händelse',
      all: 'Alla',
      caption: 'Loggposter',
      time: 'Tid',
      actor: 'Vem',
      action: 'Händelse',
      subject: 'Gäller',
      ip: 'IP-adress',
      details: 'Detaljer',
      count_one: '{{count}} händelse',
      count_other: '{{count}} händelser',
      empty: 'Inga händelser.',
    },
  },
};

export type AuditStaffMessages = typeof auditStaff;
