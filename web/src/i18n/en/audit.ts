import type { AuditMessages } from '../sv/audit';

export const audit: AuditMessages = {
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
