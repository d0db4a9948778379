import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { AttachmentList } from '../../../components/attachments/AttachmentList';
import { DataTable } from '../../../components/DataTable';
import { Email } from '../../../components/Email';
import { MessageStatusBadge } from '../../../components/MessageStatusBadge';
import { Detail } from '../../../components/Detail';
import { FormStatus } from '../../../components/Form';
import { PageHeading } from '../../../components/PageHeading';
import { Section } from '../../../components/Section';
import { AsyncContent, EmptyState } from '../../../components/Status';
import { formatTimestamp } from '../../../format';
import { useApiData } from '../../../hooks/useApiData';
import type { NoticeDetail, NoticeResponse } from '@api';


/** Shown once on the notice page the staff member lands on after sending. */
export interface NoticeSentState {
  noticeSent: number;
}

/** One notice: its text, who it went to, and the delivery log of its e-mails and SMS. */
export function NoticePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  const state = useApiData<NoticeResponse>(`/api/backoffice/notices/${encodeURIComponent(id)}`);
  const notice = state.data?.notice;
  const heading = notice && notice.id === id ? notice.title : t('backoffice.notices.title');
  const sent = (location.state as Partial<NoticeSentState> | null)?.noticeSent;
  const [sentText, setSentText] = useState('');

  // Just sent from "Nytt utskick": say so in a live region that exists before the text arrives.
  useEffect(() => {
    setSentText(typeof sent === 'number' ? t('backoffice.notices.sent', { count: sent }) : '');
  }, [sent, t]);

  return (
    <>
      <p className="back-link">
        <Link to="/admin/utskick">{t('backoffice.notices.back')}</Link>
      </p>
      <PageHeading>{heading}</PageHeading>
      <p role="status" className={sentText ? 'success-message' : 'form-status'}>
        {sentText}
      </p>
      <AsyncContent state={state}>
        {({ notice: detail }) => <NoticeContent notice={detail} loading={state.loading} onRefresh={state.reload} />}
      </AsyncContent>
    </>
  );
}

function NoticeContent({ notice, loading, onRefresh }: { notice: NoticeDetail; loading: boolean; onRefresh: () => void }) {
  const { t } = useTranslation();
  const [refreshed, setRefreshed] = useState(false);

  return (
    <>
      <dl className="details">
        <Detail label={t('backoffice.notices.audience')}>{notice.audience}</Detail>
        <Detail label={t('backoffice.notices.customers')}>{notice.customers}</Detail>
        <Detail label={t('backoffice.notices.createdBy')}>{notice.createdBy}</Detail>
        <Detail label={t('backoffice.notices.createdAt')}>
          <time dateTime={notice.createdAt}>{formatTimestamp(notice.createdAt)}</time>
        </Detail>
      </dl>
      <Section title={t('backoffice.notices.textHeading')}>
        <p className="case-text">{notice.text}</p>
        <AttachmentList attachments={notice.attachments} />
      </Section>
      <Section title={t('backoffice.notices.logHeading')}>
        <div className="button-row">
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              setRefreshed(true);
              onRefresh();
            }}
          >
            {t('backoffice.notices.refresh')}
          </button>
        </div>
        <FormStatus>{refreshed && !loading ? t('backoffice.notices.refreshed') : ''}</FormStatus>
        {notice.recipients.length === 0 ? (
          <EmptyState title={t('backoffice.notices.noRecipients')} />
        ) : (
          <DataTable
            caption={t('backoffice.notices.logCaption')}
            className="table table--compact"
            rows={notice.recipients.map((recipient, index) => ({ ...recipient, key: `${recipient.customer.id}-${recipient.channel}-${String(index)}` }))}
            rowKey={(recipient) => recipient.key}
            columns={[
              {
                label: t('backoffice.notices.customer'),
                cell: (recipient) => <Link to={`/admin/kunder/${encodeURIComponent(recipient.customer.id)}`}>{recipient.customer.name}</Link>,
              },
              { label: t('backoffice.notices.channel'), cell: (recipient) => t(`channel.${recipient.channel}`) },
              { label: t('backoffice.notices.to'), cell: (recipient) => <Email address={recipient.to} /> },
              { label: t('backoffice.notices.status'), cell: (recipient) => <MessageStatusBadge status={recipient.status} /> },
              { label: t('backoffice.notices.attempts'), numeric: true, cell: (recipient) => recipient.attempts },
              {
                label: t('backoffice.notices.lastError'),
                className: 'break',
                cell: (recipient) => recipient.lastError ?? <span className="muted">–</span>,
              },
              {
                label: t('backoffice.notices.sentAt'),
                nowrap: true,
                cell: (recipient) =>
                  recipient.sentAt ? <time dateTime={recipient.sentAt}>{formatTimestamp(recipient.sentAt)}</time> : <span className="muted">–</span>,
              },
            ]}
          />
        )}
      </Section>
    </>
  );
}

