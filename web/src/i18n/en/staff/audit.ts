import type { AuditStaffMessages } from '../../sv/staff/audit';

export const auditStaff: AuditStaffMessages = {
  backoffice: {
    audit: {
      title: 'Audit log',
      intro: 'Logins, registrations and account changes. The latest {{limit}} events are shown.',
      filter: 'Event',
      all: 'All',
      caption: 'Log entries',
      time: 'Time',
      actor: 'Who',
      action: 'Event',
      subject: 'Concerns',
      ip: 'IP address',
      details: 'Details',
      count_one: '{{count}} event',
      count_other: '{{count}} events',
      empty: 'No events.',
    },
  },
};
