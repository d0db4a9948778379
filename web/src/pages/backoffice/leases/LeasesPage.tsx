import { useTranslation } from 'react-i18next';
import { NewRecordLink } from '../../../components/NewRecordLink';
import { Link } from 'react-router';
import { DataTable } from '../../../components/DataTable';
import { LeaseStatusBadge } from '../../../components/LeaseStatusBadge';
import { Money } from '../../../components/Money';
import { PageHeading } from '../../../components/PageHeading';
import { SearchForm } from '../../../components/SearchForm';
import { AsyncContent, EmptyState, ResultCount } from '../../../components/Status';
import { useApiData } from '../../../hooks/useApiData';
import { useSearchFilters } from '../../../hooks/useSearchFilters';
import type { RegisterLeaseList, RegisterLeaseRow } from '@api';
import { objectsText } from './leaseWords';

/** The longest search the API takes. */
const SEARCH_MAX = 100;
const FILTERS = ['q'] as const;

/** "Avtal": the lease register, searchable by number, customer, object and street (the search is in the address). */
export function LeasesPage() {
  const { t } = useTranslation();
  const { values, update } = useSearchFilters(FILTERS);
  const { q } = values;
  const leases = useApiData<RegisterLeaseList>(q ? `/api/backoffice/leases?q=${encodeURIComponent(q)}` : '/api/backoffice/leases');
  const count = leases.data?.leases.length;

  return (
    <>
      <PageHeading>{t('backoffice.leases.title')}</PageHeading>
      <p>{t('backoffice.leases.intro')}</p>
      {leases.data?.canEdit && (
        <NewRecordLink to="/admin/avtal/nytt">{t('backoffice.leases.newLink')}</NewRecordLink>
      )}
      <SearchForm
        query={q}
        onSearch={(text) => {
          update({ q: text });
        }}
        maxLength={SEARCH_MAX}
        label={t('backoffice.leases.search')}
        buttonLabel={t('backoffice.leases.searchButton')}
        hint={t('backoffice.leases.searchHint')}
      />
      <ResultCount count={count} loading={leases.loading}>{(n) => t('backoffice.leases.count', { count: n })}</ResultCount>
      <AsyncContent state={leases}>
        {({ leases: list }) =>
          list.length === 0 ? (
            <EmptyState title={t(q ? 'backoffice.leases.noMatch' : 'backoffice.leases.empty')} />
          ) : (
            <LeaseTable leases={list} />
          )
        }
      </AsyncContent>
    </>
  );
}

function LeaseTable({ leases }: { leases: RegisterLeaseRow[] }) {
  const { t } = useTranslation();
  return (
    <DataTable
      caption={t('backoffice.leases.caption')}
      className="table table--compact"
      rows={leases}
      rowKey={(lease) => lease.id}
      initialSort={{ column: 0, direction: 'ascending' }}
      columns={[
        {
          label: t('backoffice.leases.number'),
          nowrap: true,
          sort: (lease) => lease.number,
          cell: (lease) => <Link to={`/admin/avtal/${encodeURIComponent(lease.id)}`}>{lease.number}</Link>,
        },
        {
          label: t('backoffice.leases.customer'),
          sort: (lease) => lease.customer.name,
          cell: (lease) => <Link to={`/admin/kunder/${encodeURIComponent(lease.customer.id)}`}>{lease.customer.name}</Link>,
        },
        { label: t('backoffice.leases.objects'), cell: (lease) => objectsText(lease.objects, t) },
        { label: t('backoffice.leases.start'), nowrap: true, sort: (lease) => lease.startDate, cell: (lease) => lease.startDate },
        { label: t('backoffice.leases.end'), nowrap: true, sort: (lease) => lease.endDate, cell: (lease) => lease.endDate ?? t('common.untilFurtherNotice') },
        { label: t('backoffice.leases.status'), sort: (lease) => t(`leaseStatus.${lease.status}`), cell: (lease) => <LeaseStatusBadge status={lease.status} /> },
        { label: t('backoffice.leases.yearlyRent'), numeric: true, sort: (lease) => lease.yearlyRentOre, cell: (lease) => <Money ore={lease.yearlyRentOre} /> },
      ]}
    />
  );
}
