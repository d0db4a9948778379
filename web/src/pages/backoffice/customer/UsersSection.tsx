import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmAction } from '../../../components/ConfirmAction';
import { DataTable } from '../../../components/DataTable';
import { FormAlert, FormStatus } from '../../../components/Form';
import { Section } from '../../../components/Section';
import { EmptyState } from '../../../components/Status';
import { StatusBadge } from '../../../components/StatusBadge';
import { formatTimestamp } from '../../../format';
import { useRowActions } from '../../../hooks/useRowActions';
import type { CustomerDetail, TenantUserState } from '@api';

const userStateTones = { unverified: 'warning', active: 'success', locked: 'danger', deactivated: 'neutral' } as const;

function TenantUserStateBadge({ state }: { state: TenantUserState }) {
  const { t } = useTranslation();
  return <StatusBadge tone={userStateTones[state]}>{t(`tenantUserState.${state}`)}</StatusBadge>;
}

/** The customer's accounts on Mina sidor: send the verification again, deactivate. */
export function UsersSection({ customer, onChanged }: { customer: CustomerDetail; onChanged: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const { headingRef, action, act } = useRowActions(onChanged);
  // Only "send again" waits for its answer; a deactivation has its own confirm button.
  const [resending, setResending] = useState(false);
  const userPath = (userId: string, what: string) => `/api/backoffice/tenant-users/${encodeURIComponent(userId)}/${what}`;

  async function resend(userId: string, username: string) {
    if (resending) return;
    setResending(true);
    await act(userPath(userId, 'resend-verification'), t('backoffice.customer.resent', { username }));
    setResending(false);
  }

  return (
    <Section title={t('backoffice.customer.usersHeading')} headingRef={headingRef}>
      <FormAlert submit={action} />
      <FormStatus>{action.status}</FormStatus>
      {customer.tenantUsers.length === 0 ? (
        <EmptyState title={t('backoffice.customer.noUsers')} />
      ) : (
        <DataTable
          caption={t('backoffice.customer.usersCaption')}
          rows={customer.tenantUsers}
          rowKey={(user) => user.id}
          rowHeaderId={(user) => `${id}-user-${user.id}`}
          columns={[
            { label: t('backoffice.customer.username'), cell: (user) => user.username },
            { label: t('backoffice.customer.name'), cell: (user) => user.name ?? <span className="muted">{t('common.missing')}</span> },
            { label: t('backoffice.customer.state'), cell: (user) => <TenantUserStateBadge state={user.state} /> },
            { label: t('backoffice.customer.created'), nowrap: true, cell: (user) => formatTimestamp(user.createdAt) },
            {
              label: t('backoffice.customer.lastLogin'),
              nowrap: true,
              cell: (user) => (user.lastLoginAt ? formatTimestamp(user.lastLoginAt) : t('backoffice.customer.never')),
            },
            {
              label: t('backoffice.customer.actions'),
              cell: (user) => {
                const rowId = `${id}-user-${user.id}`;
                return (
                  <div className="row-actions">
                    {user.state === 'unverified' && (
                      <button
                        type="button"
                        className="button button--secondary button--small"
                        aria-describedby={rowId}
                        aria-disabled={resending ? true : undefined}
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
                        onConfirm={() => act(userPath(user.id, 'deactivate'), t('backoffice.customer.deactivated', { username: user.username }))}
                      />
                    )}
                  </div>
                );
              },
            },
          ]}
        />
      )}
    </Section>
  );
}
