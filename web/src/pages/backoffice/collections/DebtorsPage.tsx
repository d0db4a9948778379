import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable, type ListColumn } from '../../../components/DataTable';
import { Money } from '../../../components/Money';
import { PageHeading } from '../../../components/PageHeading';
import { AsyncContent, EmptyState } from '../../../components/Status';
import { formatMoney } from '../../../format';
import { useApiData } from '../../../hooks/useApiData';
import { currentLanguage } from '../../../i18n';
import type { AgeBuckets, Debtor, DebtorList } from '@api';

export const AGE_BUCKETS = ['1-30', '31-60', '61-90', '90+'] as const satisfies readonly (keyof AgeBuckets)[];

/** The column of the overdue total: the list arrives sorted by it, the largest first. */
const TOTAL_COLUMN = 1 + AGE_BUCKETS.length;

/**
 * Skulder (/admin/skulder): every customer with an overdue balance, what it owes by days past the due
 * date (1–30, 31–60, 61–90, over 90), the total and the oldest due date, each linking to the
 * customer's page; sortable by every column, cards on a phone.
 */
export function DebtorsPage() {
  const { t } = useTranslation();
  const state = useApiData<DebtorList>('/api/backoffice/debtors');
  const columns = useMemo<ListColumn<Debtor>[]>(
    () => [
      {
        label: t('backoffice.debtors.customer'),
        sort: (d) => d.customer.name,
        cell: (d) => <Link to={`/admin/kunder/${encodeURIComponent(d.customer.id)}`}>{d.customer.name}</Link>,
      },
      ...AGE_BUCKETS.map((bucket): ListColumn<Debtor> => ({
        label: t(`ageBucket.${bucket}`),
        numeric: true,
        sort: (d) => d.buckets[bucket],
        cell: (d) => (d.buckets[bucket] === 0 ? null : <Money ore={d.buckets[bucket]} />),
      })),
      { label: t('backoffice.debtors.total'), numeric: true, sort: (d) => d.overdueOre, cell: (d) => <Money ore={d.overdueOre} /> },
      { label: t('backoffice.debtors.oldest'), nowrap: true, sort: (d) => d.oldestDueDate, cell: (d) => d.oldestDueDate },
      { label: t('backoffice.debtors.invoices'), numeric: true, sort: (d) => d.invoiceCount, cell: (d) => d.invoiceCount },
      { label: t('backoffice.debtors.credit'), numeric: true, sort: (d) => d.creditOre, cell: (d) => (d.creditOre === 0 ? null : <Money ore={d.creditOre} />) },
    ],
    [t],
  );

  return (
    <>
      <PageHeading>{t('backoffice.debtors.title')}</PageHeading>
      <AsyncContent state={state}>
        {(list) => (
          <>
            <p>{t('backoffice.debtors.intro', { today: list.today })}</p>
            {list.debtors.length === 0 ? (
              <EmptyState title={t('backoffice.debtors.empty')} />
            ) : (
              <>
                <p>{t('backoffice.debtors.sum', { count: list.debtors.length, amount: formatMoney(list.totals.overdueOre, currentLanguage()) })}</p>
                <DataTable
                  caption={t('backoffice.debtors.caption')}
                  rows={list.debtors}
                  rowKey={(d) => d.customer.id}
                  columns={columns}
                  initialSort={{ column: TOTAL_COLUMN, direction: 'descending' }}
                />
              </>
            )}
          </>
        )}
      </AsyncContent>
    </>
  );
}
