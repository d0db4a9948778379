import { useId, useRef, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, apiPost, errorMessage } from '../../api';
import { ConfirmAction } from '../../components/ConfirmAction';
import { Field } from '../../components/Field';
import { RequireAdministrator } from '../../components/Guards';
import { PageHeading } from '../../components/PageHeading';
import { AsyncContent, EmptyState, ErrorAlert } from '../../components/Status';
import { StatusBadge } from '../../components/StatusBadge';
import { TableRegion } from '../../components/TableRegion';
import { formatTimestamp } from '../../format';
import { useApiData } from '../../hooks/useApiData';
import { useStaff } from '../../session';
import type { StaffRole, StaffRow, StaffState } from '../../types';

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
  const staff = useApiData<{ staff: StaffRow[] }>('/api/backoffice/staff');
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

function InviteForm({ onInvited }: { onInvited: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const errorId = `${id}-error`;
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<StaffRole>('customer_manager');
  const [error, setError] = useState<{ message: string; fields: InviteField[] }>();
  const [done, setDone] = useState('');
  const [submitting, setSubmitting] = useState(false);

  async function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting) return;
    setDone('');
    const missing: InviteField[] = [];
    if (name.trim() === '') missing.push('name');
    if (email.trim() === '') missing.push('email');
    if (missing.length > 0) {
      setError({ message: t('backoffice.staff.missingFields'), fields: missing });
      return;
    }
    setError(undefined);
    setSubmitting(true);
    try {
      await apiPost<{ id: string }>('/api/backoffice/staff', { name: name.trim(), email: email.trim(), role });
      setDone(t('backoffice.staff.invited', { email: email.trim() }));
      setName('');
      setEmail('');
      onInvited();
    } catch (reason) {
      const code = reason instanceof ApiError ? reason.code : '';
      setError({
        message: errorMessage(reason),
        fields: code === 'INVALID_EMAIL' || code === 'EMAIL_TAKEN' ? ['email'] : code === 'VALIDATION' ? ['name', 'email'] : [],
      });
    } finally {
      setSubmitting(false);
    }
  }

  const invalid = (field: InviteField) => error?.fields.includes(field) ?? false;
  return (
    <section className="card invite-form" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('backoffice.staff.inviteHeading')}</h2>
      <p>{t('backoffice.staff.inviteIntro')}</p>
      <form className="form form--compact" noValidate onSubmit={(event) => void handleSubmit(event)} aria-busy={submitting}>
        {error && <ErrorAlert id={errorId} message={error.message} />}
        <Field
          id={`${id}-name`}
          label={t('backoffice.staff.name')}
          autoComplete="off"
          invalid={invalid('name')}
          errorId={errorId}
          value={name}
          onValueChange={setName}
        />
        <Field
          id={`${id}-email`}
          type="email"
          label={t('backoffice.staff.email')}
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          invalid={invalid('email')}
          errorId={errorId}
          value={email}
          onValueChange={setEmail}
        />
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
        <p role="status" className="form-status">
          {done}
        </p>
      </form>
    </section>
  );
}

function StaffTable({ staff, onChanged }: { staff: StaffRow[]; onChanged: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const me = useStaff();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [error, setError] = useState<string>();
  const [done, setDone] = useState('');
  const caption = t('backoffice.staff.caption');

  async function deactivate(row: StaffRow) {
    setError(undefined);
    setDone('');
    try {
      await apiPost<undefined>(`/api/backoffice/staff/${encodeURIComponent(row.id)}/deactivate`);
      setDone(t('backoffice.staff.deactivated', { name: row.name }));
      onChanged();
    } catch (reason) {
      setError(errorMessage(reason));
    }
    headingRef.current?.focus();
  }

  return (
    <>
      {/* No <section> landmark here: the table's own region already carries this name. */}
      <h2 ref={headingRef} tabIndex={-1} className="step-heading">
        {caption}
      </h2>
      {error && <ErrorAlert message={error} />}
      <p role="status" className="form-status">
        {done}
      </p>
      <TableRegion label={caption}>
        <table className="table">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('backoffice.staff.name')}</th>
              <th scope="col">{t('backoffice.staff.email')}</th>
              <th scope="col">{t('backoffice.staff.role')}</th>
              <th scope="col">{t('backoffice.staff.state')}</th>
              <th scope="col">{t('backoffice.staff.totp')}</th>
              <th scope="col">{t('backoffice.staff.lastLogin')}</th>
              <th scope="col">{t('backoffice.staff.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {staff.map((row) => {
              const rowId = `${id}-staff-${row.id}`;
              const self = row.id === me.id;
              return (
                <tr key={row.id}>
                  <th scope="row" id={rowId}>
                    {row.name}
                    {self && <span className="cell-note">{t('backoffice.staff.you')}</span>}
                  </th>
                  <td className="break">{row.email}</td>
                  <td>{t(`staffRole.${row.role}`)}</td>
                  <td>
                    <StaffStateBadge state={row.state} />
                  </td>
                  <td>{row.totpEnabled ? t('backoffice.staff.totpOn') : t('backoffice.staff.totpOff')}</td>
                  <td className="nowrap">{row.lastLoginAt ? formatTimestamp(row.lastLoginAt) : t('backoffice.staff.never')}</td>
                  <td>
                    {row.state !== 'deactivated' && !self && (
                      <ConfirmAction
                        label={t('backoffice.staff.deactivate')}
                        confirmLabel={t('backoffice.staff.confirmDeactivate')}
                        describedBy={rowId}
                        onConfirm={() => deactivate(row)}
                      />
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableRegion>
    </>
  );
}

function StaffStateBadge({ state }: { state: StaffState }) {
  const { t } = useTranslation();
  return <StatusBadge tone={stateTones[state]}>{t(`staffState.${state}`)}</StatusBadge>;
}
