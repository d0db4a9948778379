// The back office's audit log (händelselogg).
export const audit = {
  actorKind: {
    tenant: 'Hyresgäst',
    staff: 'Personal',
    system: 'System',
    anonymous: 'Anonym',
  },
  // Audit log action ids (nested: "registration.started" is registration → started).
  auditAction: {
    registration: {
      started: 'Registrering påbörjad',
      verified: 'Konto verifierat',
      completed: 'Uppgifter kompletterade',
    },
    login: {
      succeeded: 'Inloggning',
      failed: 'Misslyckad inloggning',
      locked: 'Konto låst',
    },
    password: {
      changed: 'Lösenord ändrat',
      reset: 'Lösenord återställt',
    },
    contact: {
      changed: 'Kontaktuppgift ändrad',
    },
    customer: {
      contact_changed: 'Kundens kontaktuppgifter ändrade',
    },
    tenant_user: {
      deactivated: 'Användare inaktiverad',
    },
    staff: {
      invited: 'Personal inbjuden',
      activated: 'Inbjudan accepterad',
      deactivated: 'Personal inaktiverad',
    },
    totp: {
      enabled: 'Tvåstegsverifiering aktiverad',
      recovery_used: 'Återställningskod använd',
    },
    verification: {
      sent: 'Verifieringskod skickad',
    },
    message: {
      test_sent: 'Testmeddelande skickat',
    },
  },
};

export type AuditMessages = typeof audit;
