import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { DataTable } from '../../components/DataTable';
import { Email } from '../../components/Email';
import { RequireAdministrator } from '../../components/Guards';
import { KEEP_FOCUS, PageHeading } from '../../components/PageHeading';
import { AsyncContent, EmptyState, ResultCount } from '../../components/Status';
import { formatTimestamp } from '../../format';
import { useApiData } from '../../hooks/useApiData';
import type { AuditEvent, AuditLog } from '@api';

/** The action ids the UI knows by name; others are shown as they are. */
export const AUDIT_ACTIONS = [
  'registration.started',
  'registration.verified',
  'registration.completed',
  'login.succeeded',
  'login.failed',
  'login.locked',
  'password.changed',
  'password.reset',
  'contact.changed',
  'customer.contact_changed',
  'tenant_user.deactivated',
  'staff.invited',
  'staff.activated',
  'staff.deactivated',
  'totp.enabled',
  'totp.recovery_used',
  'verification.sent',
  'message.test_sent',
  'lease.created',
  'lease.changed',
  'lease.document_attached',
  'rent_row.added',
  'rent_row.changed',
  'customer.created',
  'customer.changed',
  'property.created',
  'property.changed',
  'building.added',
  'building.changed',
  'rental_object.created',
  'rental_object.changed',
  'space.added',
  'space.changed',
] as const;

type AuditAction = (typeof AUDIT_ACTIONS)[number];

function isKnownAction(action: string): action is AuditAction {
  return (AUDIT_ACTIONS as readonly string[]).includes(action);
}

/** The actor kinds the UI knows by name; the API's actorKind is any string, and others are shown as they are. */
const ACTOR_KINDS = ['tenant', 'staff', 'system', 'anonymous'] as const;

function isKnownActorKind(kind: string): kind is (typeof ACTOR_KINDS)[number] {
  return (ACTOR_KINDS as readonly string[]).includes(kind);
}

const LIMIT = 200;

/** "Händelselogg": who did what and when (administrators only). */
export function AuditLogPage() {
  const { t } = useTranslation();
  return (
    <RequireAdministrator title={t('backoffice.audit.title')}>
      <AuditLog />
    </RequireAdministrator>
  );
}

function AuditLog() {
  const { t } = useTranslation();
  const id = useId();
  const [searchParams, setSearchParams] = useSearchParams();
  const action = searchParams.get('action') ?? '';
  const events = useApiData<AuditLog>(`/api/backoffice/audit?action=${encodeURIComponent(action)}&limit=${LIMIT}`);
  const count = events.data?.events.length;

  return (
    <>
      <PageHeading>{t('backoffice.audit.title')}</PageHeading>
      <p>{t('backoffice.audit.intro', { limit: LIMIT })}</p>
      <form
        className="filter-form"
        onSubmit={(event) => {
          event.preventDefault();
        }}
      >
        <div className="field">
          <label htmlFor={`${id}-action`}>{t('backoffice.audit.filter')}</label>
          <select
            id={`${id}-action`}
            value={action}
            onChange={(event) => {
              const value = event.target.value;
              setSearchParams(value ? { action: value } : {}, { replace: true, state: KEEP_FOCUS });
            }}
          >
            <option value="">{t('backoffice.audit.all')}</option>
            {AUDIT_ACTIONS.map((value) => (
              <option key={value} value={value}>
                {t(`auditAction.${value}`)}
              </option>
            ))}
          </select>
        </div>
      </form>
      <ResultCount count={count} loading={events.loading}>{(n) => t('backoffice.audit.count', { count: n })}</ResultCount>
      <AsyncContent state={events}>
        {({ events: list }) => (list.length === 0 ? <EmptyState title={t('backoffice.audit.empty')} /> : <AuditTable events={list} />)}
      </AsyncContent>
    </>
  );
}

function detailsText(details: Record<string, unknown>): string {
  return Object.entries(details)
    .map(([key, value]) => `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`)
    .join(', ');
}

function AuditTable({ events }: { events: AuditEvent[] }) {
  const { t } = useTranslation();
  const none = <span className="muted">–</span>;
  return (
    <DataTable
      caption={t('backoffice.audit.caption')}
      rows={events}
      rowKey={(event) => event.id}
      columns={[
        { label: t('backoffice.audit.time'), nowrap: true, cell: (event) => formatTimestamp(event.at) },
        {
          label: t('backoffice.audit.actor'),
          cell: (event) => (
            <>
              {isKnownActorKind(event.actorKind) ? t(`actorKind.${event.actorKind}`) : event.actorKind}
              {event.actor && <span className="cell-note">{event.actor.includes('@') ? <Email address={event.actor} /> : event.actor}</span>}
            </>
          ),
        },
        { label: t('backoffice.audit.action'), cell: (event) => (isKnownAction(event.action) ? t(`auditAction.${event.action}`) : event.action) },
        { label: t('backoffice.audit.subject'), className: 'break', cell: (event) => event.subject ?? none },
        { label: t('backoffice.audit.ip'), nowrap: true, cell: (event) => event.ip ?? none },
        {
          label: t('backoffice.audit.details'),
          className: 'audit-details',
          cell: (event) => (event.details && typeof event.details === 'object' ? detailsText(event.details) : '') || none,
        },
      ]}
    />
  );
}
