import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '../../components/DataTable';
import { LeaseStatusBadge } from '../../components/LeaseStatusBadge';
import { Money } from '../../components/Money';
import { PageHeading } from '../../components/PageHeading';
import { AsyncContent, EmptyState } from '../../components/Status';
import { leaseName, objectName } from '../../format';
import { useApiData } from '../../hooks/useApiData';
import type { LeaseList } from '@api';

export function LeasesPage() {
  const { t } = useTranslation();
  const leases = useApiData<LeaseList>('/api/portal/leases');

  return (
    <>
      <PageHeading>{t('portal.leases.title')}</PageHeading>
      <p>{t('portal.leases.intro')}</p>
      <AsyncContent state={leases}>
        {({ leases: list }) =>
          list.length === 0 ? (
            <EmptyState title={t('portal.leases.empty')} />
          ) : (
            <DataTable
              caption={t('portal.leases.caption')}
              visibleCaption
              rows={list}
              rowKey={(lease) => lease.id}
              columns={[
                { label: t('portal.leases.lease'), cell: (lease) => <Link to={`/avtal/${lease.id}`}>{leaseName(lease, t)}</Link> },
                {
                  label: t('portal.leases.objects'),
                  cell: (lease) => (
                    <ul className="plain-list">
                      {lease.objects.map((object) => (
                        <li key={object.id}>
                          {objectName(object, t)}, {object.address}
                        </li>
                      ))}
                    </ul>
                  ),
                },
                { label: t('portal.leases.status'), cell: (lease) => <LeaseStatusBadge status={lease.status} /> },
                { label: t('portal.leases.start'), nowrap: true, cell: (lease) => lease.startDate },
                { label: t('portal.leases.end'), nowrap: true, cell: (lease) => lease.endDate ?? t('common.untilFurtherNotice') },
                { label: t('portal.leases.yearlyRent'), numeric: true, cell: (lease) => <Money ore={lease.yearlyRentOre} /> },
              ]}
            />
          )
        }
      </AsyncContent>
    </>
  );
}
