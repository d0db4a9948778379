import { useTranslation } from 'react-i18next';
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
      <p>
        <Link to="/admin/utskick/nytt" className="button button--primary">
          {t('backoffice.notices.newLink')}
        </Link>
      </p>
      <AsyncContent state={notices}>
        {({ notices: list }) =>
          list.length === 0 ? (
            <EmptyState title={t('backoffice.notices.empty')} />
          ) : (
            <DataTable
              caption={t('backoffice.notices.caption')}
              className="table table--compact"
              columns={[
                t('backoffice.notices.noticeTitle'),
                t('backoffice.notices.date'),
                t('backoffice.notices.audience'),
                { label: t('backoffice.notices.customers'), numeric: true },
                t('backoffice.notices.email'),
                t('backoffice.notices.sms'),
              ]}
            >
              {list.map((notice) => (
                <tr key={notice.id}>
                  <th scope="row" className="case-title-cell">
                    <Link to={`/admin/utskick/${encodeURIComponent(notice.id)}`}>{notice.title}</Link>
                  </th>
                  <td>
                    <time dateTime={notice.createdAt} className="nowrap">
                      {formatTimestamp(notice.createdAt)}
                    </time>
                  </td>
                  <td>{notice.audience}</td>
                  <td className="numeric">{notice.customers}</td>
                  <td>
                    <DeliverySummary counts={notice.delivery.email} />
                  </td>
                  <td>
                    <DeliverySummary counts={notice.delivery.sms} />
                  </td>
                </tr>
              ))}
            </DataTable>
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
