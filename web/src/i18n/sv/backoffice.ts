// The back office: its frame, customers, properties, staff, outgoing messages, and their names.

export const backoffice = {
  staffRole: {
    administrator: 'Administratör',
    customer_manager: 'Kundansvarig',
    property_manager: 'Fastighetsansvarig',
    finance: 'Ekonomi',
  },
  messageStatus: {
    queued: 'I kö',
    sending: 'Skickas',
    sent: 'Skickat',
    retrying: 'Nytt försök',
    failed: 'Misslyckades',
  },
  channel: {
    email: 'E-post',
    sms: 'SMS',
  },
  customerKind: {
    company: 'Företag',
    private: 'Privatperson',
  },
  tenantUserState: {
    unverified: 'Ej verifierat',
    active: 'Aktivt',
    locked: 'Låst',
    deactivated: 'Inaktiverat',
  },
  staffState: {
    invited: 'Inbjuden',
    active: 'Aktiv',
    deactivated: 'Inaktiverad',
  },
};

export type BackofficeMessages = typeof backoffice;
