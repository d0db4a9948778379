import { useTranslation } from 'react-i18next';
import { apiPost } from '../../../api';
import { DataTable } from '../../../components/DataTable';
import { FormAlert, FormStatus } from '../../../components/Form';
import { Section } from '../../../components/Section';
import { AsyncContent } from '../../../components/Status';
import { StatusBadge } from '../../../components/StatusBadge';
import { describeUserAgent, formatTimestamp } from '../../../format';
import type { ApiData } from '../../../hooks/useApiData';
import { useSubmit } from '../../../hooks/useSubmit';
import type { PortalSession } from '@api';

function deviceName(userAgent: string | null): string | null {
  if (userAgent === null || userAgent.trim() === '') return null;
  return describeUserAgent(userAgent) ?? userAgent;
}

/** Where the account is logged in, and logging out everywhere else. */
export function SessionsSection({ state }: { state: ApiData<{ sessions: PortalSession[] }> }) {
  const { t } = useTranslation();
  const action = useSubmit();

  function endOthers() {
    if (action.submitting) return;
    void action.run(async () => {
      await apiPost<undefined>('/api/portal/me/sessions/end-others');
      action.setStatus(t('portal.me.endedOthers'));
      state.reload();
    });
  }

  return (
    <Section className="card" title={t('portal.me.sessionsHeading')}>
      <p>{t('portal.me.sessionsIntro')}</p>
      <AsyncContent state={state}>
        {({ sessions }) => (
          <DataTable
            caption={t('portal.me.sessionsCaption')}
            rows={sessions}
            rowKey={(session) => session.id}
            columns={[
              {
                label: t('portal.me.device'),
                cell: (session) => (
                  <>
                    {deviceName(session.userAgent) ?? t('portal.me.unknownDevice')}
                    {session.current && (
                      <>
                        {' '}
                        <StatusBadge tone="info">{t('portal.me.thisDevice')}</StatusBadge>
                      </>
                    )}
                  </>
                ),
              },
              { label: t('portal.me.ip'), nowrap: true, cell: (session) => session.ip ?? <span className="muted">{t('common.missing')}</span> },
              { label: t('portal.me.signedIn'), nowrap: true, cell: (session) => formatTimestamp(session.createdAt) },
              { label: t('portal.me.lastSeen'), nowrap: true, cell: (session) => formatTimestamp(session.lastSeenAt) },
            ]}
          />
        )}
      </AsyncContent>
      <FormAlert submit={action} />
      <button type="button" className="button button--secondary" aria-disabled={action.submitting ? true : undefined} onClick={endOthers}>
        {t('portal.me.endOthers')}
      </button>
      <FormStatus>{action.status}</FormStatus>
    </Section>
  );
}
