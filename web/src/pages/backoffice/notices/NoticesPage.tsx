import { useTranslation } from 'react-i18next';
import { NewRecordLink } from '../../../components/NewRecordLink';
import { Link } from 'react-router';
import { DataTable } from '../../../components/DataTable';
import { PageHeading } from '../../../components/PageHeading';
import { AsyncContent, EmptyState } from '../../../components/Status';
import { formatTimestamp } from '../../../format';
import { useApiData } from '../../../hooks/useApiData';
import type { DeliveryCounts, NoticeList } from '@api';

/** "Utskick": the notices sent to tenants, newest first, with how their delivery went. */
export function NoticesPage() {
  const { t } = useTranslation();
  const notices = useApiData<NoticeList>('/api/backoffice/notices');

  return (
    <>
      <PageHeading>{t('backoffice.notices.title')}</PageHeading>
      <p>{t('backoffice.notices.intro')}</p>
      <NewRecordLink to="/admin/utskick/nytt">{t('backoffice.notices.newLink')}</NewRecordLink>
      <AsyncContent state={notices}>
        {({ notices: list }) =>
          list.length === 0 ? (
            <EmptyState title={t('backoffice.notices.empty')} />
          ) : (
            <DataTable
              caption={t('backoffice.notices.caption')}
              className="table table--compact"
              rows={list}
              rowKey={(notice) => notice.id}
              columns={[
                {
                  label: t('backoffice.notices.noticeTitle'),
                  className: 'case-title-cell',
                  cell: (notice) => <Link to={`/admin/utskick/${encodeURIComponent(notice.id)}`}>{notice.title}</Link>,
                },
                {
                  label: t('backoffice.notices.date'),
                  nowrap: true,
                  cell: (notice) => <time dateTime={notice.createdAt}>{formatTimestamp(notice.createdAt)}</time>,
                },
                { label: t('backoffice.notices.audience'), cell: (notice) => notice.audience },
                { label: t('backoffice.notices.customers'), numeric: true, cell: (notice) => notice.customers },
                { label: t('backoffice.notices.email'), cell: (notice) => <DeliverySummary counts={notice.delivery.email} /> },
                { label: t('backoffice.notices.sms'), cell: (notice) => <DeliverySummary counts={notice.delivery.sms} /> },
              ]}
            />
          )
        }
      </AsyncContent>
    </>
  );
}

function DeliverySummary({ counts }: { counts: DeliveryCounts }) {
  const { t } = useTranslation();
  return <>{t(counts.pending > 0 ? 'backoffice.notices.deliveryPending' : 'backoffice.notices.delivery', { ...counts })}</>;
}
