import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '../../components/DataTable';
import { LeaseStatusBadge } from '../../components/LeaseStatusBadge';
import { Money } from '../../components/Money';
import { PageHeading } from '../../components/PageHeading';
import { AsyncContent, EmptyState } from '../../components/Status';
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
              columns={[
                t('portal.leases.number'),
                t('portal.leases.objects'),
                t('portal.leases.status'),
                t('portal.leases.start'),
                t('portal.leases.end'),
                { label: t('portal.leases.yearlyRent'), numeric: true },
              ]}
            >
              {list.map((lease) => (
                <tr key={lease.id}>
                  <th scope="row">
                    <Link to={`/avtal/${lease.id}`}>{lease.number}</Link>
                  </th>
                  <td>
                    <ul className="plain-list">
                      {lease.objects.map((object) => (
                        <li key={object.id}>
                          {t(`objectType.${object.type}`)} {object.number}, {object.address}
                        </li>
                      ))}
                    </ul>
                  </td>
                  <td>
                    <LeaseStatusBadge status={lease.status} />
                  </td>
                  <td className="nowrap">{lease.startDate}</td>
                  <td className="nowrap">{lease.endDate ?? t('common.untilFurtherNotice')}</td>
                  <td className="numeric nowrap">
                    <Money ore={lease.yearlyRentOre} />
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
