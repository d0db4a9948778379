import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiPost, type ApiError } from '../../api';
import { ConfirmAction } from '../../components/ConfirmAction';
import { DataTable } from '../../components/DataTable';
import { Email } from '../../components/Email';
import { Field } from '../../components/Field';
import { Form, FormAlert, FormStatus } from '../../components/Form';
import { RequireAdministrator } from '../../components/Guards';
import { PageHeading } from '../../components/PageHeading';
import { Section } from '../../components/Section';
import { AsyncContent, EmptyState } from '../../components/Status';
import { StatusBadge } from '../../components/StatusBadge';
import { formatTimestamp } from '../../format';
import { useApiData } from '../../hooks/useApiData';
import { useRowActions } from '../../hooks/useRowActions';
import { useSubmit } from '../../hooks/useSubmit';
import { useStaff } from '../../session';
import type { StaffInviteBody, StaffInvited, StaffList, StaffRole, StaffRow, StaffState } from '@api';

const ROLES: StaffRole[] = ['administrator', 'customer_manager', 'property_manager', 'finance'];
const stateTones = { invited: 'info', active: 'success', deactivated: 'neutral' } as const;

/** "Personal": staff accounts, invitations and deactivation (administrators only). */
export function StaffPage() {
  const { t } = useTranslation();
  return (
    <RequireAdministrator title={t('backoffice.staff.title')}>
      <StaffContent />
    </RequireAdministrator>
  );
}

function StaffContent() {
  const { t } = useTranslation();
  const staff = useApiData<StaffList>('/api/backoffice/staff');
  return (
    <>
      <PageHeading>{t('backoffice.staff.title')}</PageHeading>
      <InviteForm onInvited={staff.reload} />
      <AsyncContent state={staff}>
        {({ staff: list }) =>
          list.length === 0 ? <EmptyState title={t('backoffice.staff.empty')} /> : <StaffTable staff={list} onChanged={staff.reload} />
        }
      </AsyncContent>
    </>
  );
}

type InviteField = 'name' | 'email';

function fieldsOfError(error: ApiError): InviteField[] {
  if (error.code === 'INVALID_EMAIL' || error.code === 'EMAIL_TAKEN') return ['email'];
  return error.code === 'VALIDATION' ? ['name', 'email'] : [];
}

function InviteForm({ onInvited }: { onInvited: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<StaffRole>('customer_manager');
  const submit = useSubmit<InviteField>();

  function invite() {
    const missing: InviteField[] = [];
    if (name.trim() === '') missing.push('name');
    if (email.trim() === '') missing.push('email');
    if (missing.length > 0) {
      submit.fail(t('backoffice.staff.missingFields'), missing);
    } else {
      return submit.run(async () => {
        await apiPost<StaffInvited, StaffInviteBody>('/api/backoffice/staff', { name: name.trim(), email: email.trim(), role });
        submit.setStatus(t('backoffice.staff.invited', { email: email.trim() }));
        setName('');
        setEmail('');
        onInvited();
      }, fieldsOfError);
    }
  }

  return (
    <Section className="card invite-form" title={t('backoffice.staff.inviteHeading')}>
      <p>{t('backoffice.staff.inviteIntro')}</p>
      <Form submit={submit} onSubmit={invite} className="form form--compact">
        <Field label={t('backoffice.staff.name')} autoComplete="off" required {...submit.field('name')} value={name} onValueChange={setName} />
        <Field type="email" label={t('backoffice.staff.email')} autoComplete="off" required {...submit.field('email')} value={email} onValueChange={setEmail} />
        <div className="field">
          <label htmlFor={`${id}-role`}>{t('backoffice.staff.role')}</label>
          <select
            id={`${id}-role`}
            value={role}
            onChange={(event) => {
              setRole(event.target.value as StaffRole);
            }}
          >
            {ROLES.map((value) => (
              <option key={value} value={value}>
                {t(`staffRole.${value}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button button--primary">
          {t('backoffice.staff.invite')}
        </button>
        <FormStatus>{submit.status}</FormStatus>
      </Form>
    </Section>
  );
}

function StaffTable({ staff, onChanged }: { staff: StaffRow[]; onChanged: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const me = useStaff();
  const { headingRef, action, act } = useRowActions(onChanged);
  const caption = t('backoffice.staff.caption');

  return (
    <>
      {/* No <section> landmark here: the table's own region already carries this name. */}
      <h2 ref={headingRef} tabIndex={-1} className="step-heading">
        {caption}
      </h2>
      <FormAlert submit={action} />
      <FormStatus>{action.status}</FormStatus>
      <DataTable
        caption={caption}
        rows={staff}
        rowKey={(row) => row.id}
        rowHeaderId={(row) => `${id}-staff-${row.id}`}
        columns={[
          {
            label: t('backoffice.staff.name'),
            cell: (row) => (
              <>
                {row.name}
                {row.id === me.id && <span className="cell-note">{t('backoffice.staff.you')}</span>}
              </>
            ),
          },
          { label: t('backoffice.staff.email'), cell: (row) => <Email address={row.email} /> },
          { label: t('backoffice.staff.role'), cell: (row) => t(`staffRole.${row.role}`) },
          { label: t('backoffice.staff.state'), cell: (row) => <StaffStateBadge state={row.state} /> },
          { label: t('backoffice.staff.totp'), cell: (row) => (row.totpEnabled ? t('backoffice.staff.totpOn') : t('backoffice.staff.totpOff')) },
          {
            label: t('backoffice.staff.lastLogin'),
            nowrap: true,
            cell: (row) => (row.lastLoginAt ? formatTimestamp(row.lastLoginAt) : t('backoffice.staff.never')),
          },
          {
            label: t('backoffice.staff.actions'),
            cell: (row) =>
              row.state !== 'deactivated' &&
              row.id !== me.id && (
                <ConfirmAction
                  label={t('backoffice.staff.deactivate')}
                  confirmLabel={t('backoffice.staff.confirmDeactivate')}
                  describedBy={`${id}-staff-${row.id}`}
                  onConfirm={() =>
                    act(`/api/backoffice/staff/${encodeURIComponent(row.id)}/deactivate`, t('backoffice.staff.deactivated', { name: row.name }))
                  }
                />
              ),
          },
        ]}
      />
    </>
  );
}

function StaffStateBadge({ state }: { state: StaffState }) {
  const { t } = useTranslation();
  return <StatusBadge tone={stateTones[state]}>{t(`staffState.${state}`)}</StatusBadge>;
}
