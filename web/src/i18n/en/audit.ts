import type { AuditMessages } from '../sv/audit';

export const audit: AuditMessages = {
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
  actorKind: {
    tenant: 'Tenant',
    staff: 'Staff',
    system: 'System',
    anonymous: 'Anonymous',
  },
  auditAction: {
    registration: {
      started: 'Registration started',
      verified: 'Account verified',
      completed: 'Details completed',
    },
    login: {
      succeeded: 'Login',
      failed: 'Failed login',
      locked: 'Account locked',
    },
    password: {
      changed: 'Password changed',
      reset: 'Password reset',
    },
    contact: {
      changed: 'Contact detail changed',
    },
    customer: {
      contact_changed: 'Customer contact details changed',
    },
    tenant_user: {
      deactivated: 'User deactivated',
    },
    staff: {
      invited: 'Staff invited',
      activated: 'Invitation accepted',
      deactivated: 'Staff deactivated',
    },
    totp: {
      enabled: 'Two-step verification enabled',
      recovery_used: 'Recovery code used',
    },
    verification: {
      sent: 'Verification code sent',
    },
    message: {
      test_sent: 'Test message sent',
    },
  },
};
