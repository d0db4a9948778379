import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '../../../components/DataTable';
import { Detail } from '../../../components/Detail';
import { Money } from '../../../components/Money';
import { Section } from '../../../components/Section';
import { AsyncContent } from '../../../components/Status';
import { useApiData } from '../../../hooks/useApiData';
import type { CustomerDebt, CustomerDebtResponse } from '@api';
import { AGE_BUCKETS } from '../collections/DebtorsPage';
import { staffInvoiceHref } from '../invoices/links';

/**
 * The customer's debt (skuld) on its page: overdue by age, not yet due, its credit (tillgodo), and the
 * overdue invoices oldest first; for staff who may read billing.
 */
export function DebtSection({ customerId }: { customerId: string }) {
  const { t } = useTranslation();
  const state = useApiData<CustomerDebtResponse>(`/api/backoffice/customers/${encodeURIComponent(customerId)}/debt`);
  return (
    <Section title={t('backoffice.customerDebt.heading')}>
      <AsyncContent state={state}>{({ debt }) => <Debt debt={debt} />}</AsyncContent>
    </Section>
  );
}

function Debt({ debt }: { debt: CustomerDebt }) {
  const { t } = useTranslation();
  return (
    <>
      <dl className="details">
        <Detail label={t('backoffice.customerDebt.overdue')}>
          <Money ore={debt.overdueOre} />
        </Detail>
        {debt.oldestDueDate && (
          <Detail label={t('backoffice.customerDebt.oldest')}>
            <span className="nowrap">{debt.oldestDueDate}</span>
          </Detail>
        )}
        <Detail label={t('backoffice.customerDebt.notDue')}>
          <Money ore={debt.notDueOre} />
        </Detail>
        <Detail label={t('backoffice.customerDebt.credit')}>
          <Money ore={debt.creditOre} />
        </Detail>
      </dl>
      {debt.overdueOre === 0 ? (
        <p>{t('backoffice.customerDebt.none')}</p>
      ) : (
        <>
          <h3>{t('backoffice.customerDebt.bucketsCaption')}</h3>
          <dl className="details">
            {AGE_BUCKETS.map((bucket) => (
              <Detail key={bucket} label={t(`ageBucket.${bucket}`)}>
                <Money ore={debt.buckets[bucket]} />
              </Detail>
            ))}
          </dl>
          <DataTable
            caption={t('backoffice.customerDebt.caption')}
            visibleCaption
            rows={debt.overdueInvoices}
            rowKey={(invoice) => invoice.id}
            columns={[
              { label: t('backoffice.customerDebt.invoice'), nowrap: true, cell: (invoice) => <Link to={staffInvoiceHref(invoice.id)}>{invoice.number}</Link> },
              { label: t('backoffice.customerDebt.dueDate'), nowrap: true, cell: (invoice) => invoice.dueDate },
              { label: t('backoffice.customerDebt.daysOverdue'), numeric: true, cell: (invoice) => invoice.daysOverdue },
              { label: t('backoffice.customerDebt.age'), nowrap: true, cell: (invoice) => t(`ageBucket.${invoice.bucket}`) },
              { label: t('backoffice.customerDebt.remaining'), numeric: true, cell: (invoice) => <Money ore={invoice.remainingOre} /> },
            ]}
          />
        </>
      )}
      <p>
        <Link to="/admin/skulder">{t('backoffice.customerDebt.allDebtors')}</Link>
      </p>
    </>
  );
}
