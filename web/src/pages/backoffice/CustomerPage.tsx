import { useId, useRef, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError, apiPatch, apiPost, errorMessage } from '../../api';
import { ConfirmAction } from '../../components/ConfirmAction';
import { Field } from '../../components/Field';
import { LeaseStatusBadge } from '../../components/LeaseStatusBadge';
import { PageHeading } from '../../components/PageHeading';
import { AsyncContent, EmptyState, ErrorAlert } from '../../components/Status';
import { StatusBadge } from '../../components/StatusBadge';
import { TableRegion } from '../../components/TableRegion';
import { formatTimestamp } from '../../format';
import { useApiData } from '../../hooks/useApiData';
import type { CustomerDetail, TenantUserState } from '../../types';

const userStateTones = { unverified: 'warning', active: 'success', locked: 'danger', deactivated: 'neutral' } as const;

export function CustomerPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const state = useApiData<{ customer: CustomerDetail }>(`/api/backoffice/customers/${encodeURIComponent(id)}`);
  const customer = state.data?.customer;
  const heading = customer && customer.id === id ? customer.name : t('backoffice.customer.title');

  return (
    <>
      <p className="back-link">
        <Link to="/admin/kunder">{t('backoffice.customer.back')}</Link>
      </p>
      <PageHeading>{heading}</PageHeading>
      <AsyncContent state={state}>
        {({ customer: detail }) => <CustomerDetails customer={detail} onChanged={state.reload} />}
      </AsyncContent>
    </>
  );
}

function CustomerDetails({ customer, onChanged }: { customer: CustomerDetail; onChanged: () => void }) {
  const { t } = useTranslation();
  const missing = t('common.missing');
  return (
    <>
      <section aria-labelledby="customer-overview">
        <h2 id="customer-overview">{t('backoffice.customer.overviewHeading')}</h2>
        <dl className="details">
          <div>
            <dt>{t('backoffice.customer.identityNumber')}</dt>
            <dd>{customer.identityNumber}</dd>
          </div>
          <div>
            <dt>{t('backoffice.customer.kind')}</dt>
            <dd>{t(`customerKind.${customer.kind}`)}</dd>
          </div>
          <div>
            <dt>{t('backoffice.customer.address')}</dt>
            <dd>
              {customer.address.street}
              <br />
              {customer.address.postalCode} {customer.address.city}
            </dd>
          </div>
          <div>
            <dt>{t('backoffice.customer.customerManager')}</dt>
            <dd>{customer.customerManager ?? missing}</dd>
          </div>
        </dl>
      </section>
      <ContactSection customer={customer} onChanged={onChanged} />
      <UsersSection customer={customer} onChanged={onChanged} />
      <LeasesSection customer={customer} />
    </>
  );
}

function ContactSection({ customer, onChanged }: { customer: CustomerDetail; onChanged: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const errorId = `${id}-error`;
  const missing = t('common.missing');
  const [email, setEmail] = useState(customer.email ?? '');
  const [mobile, setMobile] = useState(customer.mobile ?? '');
  const [error, setError] = useState<ApiError>();
  const [done, setDone] = useState('');
  const [submitting, setSubmitting] = useState(false);

  async function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting) return;
    setError(undefined);
    setDone('');
    setSubmitting(true);
    try {
      const result = await apiPatch<{ customer: CustomerDetail }>(`/api/backoffice/customers/${encodeURIComponent(customer.id)}/contact`, {
        email: email.trim() === '' ? null : email.trim(),
        mobile: mobile.trim() === '' ? null : mobile.trim(),
      });
      // Show what the server stored (e.g. the mobile number normalised).
      setEmail(result.customer.email ?? '');
      setMobile(result.customer.mobile ?? '');
      setDone(t('backoffice.customer.contactSaved'));
      onChanged();
    } catch (reason) {
      setError(reason instanceof ApiError ? reason : new ApiError(0, 'unexpected', errorMessage(reason)));
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('backoffice.customer.contactHeading')}</h2>
      <p>{t('backoffice.customer.contactIntro')}</p>
      <dl className="details">
        <div>
          <dt>{t('backoffice.customer.email')}</dt>
          <dd>{customer.email ?? missing}</dd>
        </div>
        <div>
          <dt>{t('backoffice.customer.mobile')}</dt>
          <dd>{customer.mobile ?? missing}</dd>
        </div>
      </dl>
      {customer.canEditContact ? (
        <form className="form form--compact narrow" noValidate onSubmit={(event) => void handleSubmit(event)} aria-busy={submitting}>
          {error && <ErrorAlert id={errorId} message={error.message} />}
          <Field
            id={`${id}-email`}
            type="email"
            label={t('backoffice.customer.email')}
            hint={t('backoffice.customer.emailHint')}
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            invalid={error?.code === 'INVALID_EMAIL'}
            errorId={errorId}
            value={email}
            onValueChange={setEmail}
          />
          <Field
            id={`${id}-mobile`}
            type="tel"
            label={t('backoffice.customer.mobile')}
            hint={t('backoffice.customer.mobileHint')}
            autoComplete="off"
            invalid={error?.code === 'INVALID_MOBILE'}
            errorId={errorId}
            value={mobile}
            onValueChange={setMobile}
          />
          <button type="submit" className="button button--primary">
            {t('backoffice.customer.saveContact')}
          </button>
          <p role="status" className="form-status">
            {done}
          </p>
        </form>
      ) : (
        <p className="muted">{t('backoffice.customer.cannotEditContact')}</p>
      )}
    </section>
  );
}

function UsersSection({ customer, onChanged }: { customer: CustomerDetail; onChanged: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [error, setError] = useState<string>();
  const [done, setDone] = useState('');
  const [busy, setBusy] = useState(false);
  const caption = t('backoffice.customer.usersCaption');

  async function act(path: string, message: string) {
    setError(undefined);
    setDone('');
    try {
      await apiPost<undefined>(path);
      setDone(message);
      onChanged();
    } catch (reason) {
      setError(errorMessage(reason));
    }
    // The row's buttons change or disappear: keep keyboard users in this section.
    headingRef.current?.focus();
  }

  async function resend(userId: string, username: string) {
    if (busy) return;
    setBusy(true);
    await act(`/api/backoffice/tenant-users/${encodeURIComponent(userId)}/resend-verification`, t('backoffice.customer.resent', { username }));
    setBusy(false);
  }

  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} ref={headingRef} tabIndex={-1} className="step-heading">
        {t('backoffice.customer.usersHeading')}
      </h2>
      {error && <ErrorAlert message={error} />}
      <p role="status" className="form-status">
        {done}
      </p>
      {customer.tenantUsers.length === 0 ? (
        <EmptyState title={t('backoffice.customer.noUsers')} />
      ) : (
        <TableRegion label={caption}>
          <table className="table">
            <caption className="visually-hidden">{caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t('backoffice.customer.username')}</th>
                <th scope="col">{t('backoffice.customer.name')}</th>
                <th scope="col">{t('backoffice.customer.state')}</th>
                <th scope="col">{t('backoffice.customer.created')}</th>
                <th scope="col">{t('backoffice.customer.lastLogin')}</th>
                <th scope="col">{t('backoffice.customer.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {customer.tenantUsers.map((user) => {
                const rowId = `${id}-user-${user.id}`;
                return (
                  <tr key={user.id}>
                    <th scope="row" id={rowId}>
                      {user.username}
                    </th>
                    <td>{user.name ?? <span className="muted">{t('common.missing')}</span>}</td>
                    <td>
                      <TenantUserStateBadge state={user.state} />
                    </td>
                    <td className="nowrap">{formatTimestamp(user.createdAt)}</td>
                    <td className="nowrap">{user.lastLoginAt ? formatTimestamp(user.lastLoginAt) : t('backoffice.customer.never')}</td>
                    <td>
                      <div className="row-actions">
                        {user.state === 'unverified' && (
                          <button
                            type="button"
                            className="button button--secondary button--small"
                            aria-describedby={rowId}
                            aria-disabled={busy ? true : undefined}
                            onClick={() => void resend(user.id, user.username)}
                          >
                            {t('backoffice.customer.resend')}
                          </button>
                        )}
                        {user.state !== 'deactivated' && (
                          <ConfirmAction
                            label={t('backoffice.customer.deactivate')}
                            confirmLabel={t('backoffice.customer.confirmDeactivate')}
                            describedBy={rowId}
                            onConfirm={() =>
                              act(
                                `/api/backoffice/tenant-users/${encodeURIComponent(user.id)}/deactivate`,
                                t('backoffice.customer.deactivated', { username: user.username }),
                              )
                            }
                          />
                        )}
                      </div>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableRegion>
      )}
    </section>
  );
}

function TenantUserStateBadge({ state }: { state: TenantUserState }) {
  const { t } = useTranslation();
  return <StatusBadge tone={userStateTones[state]}>{t(`tenantUserState.${state}`)}</StatusBadge>;
}

function LeasesSection({ customer }: { customer: CustomerDetail }) {
  const { t } = useTranslation();
  const id = useId();
  const caption = t('backoffice.customer.leasesCaption');
  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('backoffice.customer.leasesHeading')}</h2>
      {customer.leases.length === 0 ? (
        <EmptyState title={t('backoffice.customer.noLeases')} />
      ) : (
        <TableRegion label={caption}>
          <table className="table">
            <caption className="visually-hidden">{caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t('backoffice.customer.leaseNumber')}</th>
                <th scope="col">{t('backoffice.customer.objects')}</th>
                <th scope="col">{t('backoffice.customer.leaseStatus')}</th>
                <th scope="col">{t('backoffice.customer.start')}</th>
                <th scope="col">{t('backoffice.customer.end')}</th>
              </tr>
            </thead>
            <tbody>
              {customer.leases.map((lease) => (
                <tr key={lease.id}>
                  <th scope="row">{lease.number}</th>
                  <td>{lease.objects}</td>
                  <td>
                    <LeaseStatusBadge status={lease.status} />
                  </td>
                  <td className="nowrap">{lease.startDate}</td>
                  <td className="nowrap">{lease.endDate ?? t('common.untilFurtherNotice')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
    </section>
  );
}
