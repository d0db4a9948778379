import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../components/DataTable';
import { LeaseStatusBadge } from '../../../components/LeaseStatusBadge';
import { Section } from '../../../components/Section';
import { EmptyState } from '../../../components/Status';
import type { CustomerDetail } from '@api';

/** The customer's leases. */
export function LeasesSection({ customer }: { customer: CustomerDetail }) {
  const { t } = useTranslation();
  return (
    <Section title={t('backoffice.customer.leasesHeading')}>
      {customer.leases.length === 0 ? (
        <EmptyState title={t('backoffice.customer.noLeases')} />
      ) : (
        <DataTable
          caption={t('backoffice.customer.leasesCaption')}
          columns={[
            t('backoffice.customer.leaseNumber'),
            t('backoffice.customer.objects'),
            t('backoffice.customer.leaseStatus'),
            t('backoffice.customer.start'),
            t('backoffice.customer.end'),
          ]}
        >
          {customer.leases.map((lease) => (
            <tr key={lease.id}>
              <th scope="row">{lease.number}</th>
              <td>{lease.objects}</td>
              <td>
                <LeaseStatusBadge status={lease.status} />
              </td>
              <td className="nowrap">{lease.startDate}</td>
              <td className="nowrap">{lease.endDate ?? t('common.untilFurtherNotice')}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </Section>
  );
}
