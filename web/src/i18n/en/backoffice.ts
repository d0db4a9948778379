import type { BackofficeMessages } from '../sv/backoffice';

export const backoffice: BackofficeMessages = {
  staffRole: {
    administrator: 'Administrator',
    customer_manager: 'Customer manager',
    property_manager: 'Property manager',
    finance: 'Finance',
  },
  messageStatus: {
    queued: 'Queued',
    sending: 'Sending',
    sent: 'Sent',
    retrying: 'Retrying',
    failed: 'Failed',
  },
  channel: {
    email: 'E-mail',
    sms: 'SMS',
  },
  customerKind: {
    company: 'Company',
    private: 'Private person',
  },
  tenantUserState: {
    unverified: 'Not verified',
    active: 'Active',
    locked: 'Locked',
    deactivated: 'Deactivated',
  },
  staffState: {
    invited: 'Invited',
    active: 'Active',
    deactivated: 'Deactivated',
  },
};
