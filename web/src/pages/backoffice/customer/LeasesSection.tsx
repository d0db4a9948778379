import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '../../../components/DataTable';
import { LeaseStatusBadge } from '../../../components/LeaseStatusBadge';
import { Section } from '../../../components/Section';
import { EmptyState } from '../../../components/Status';
import type { CustomerDetail } from '@api';
import { leaseAnchor } from './CasesSection';
import { objectName } from '../../../format';

/** The customer's leases, each the target of its cases' lease links (its row heading's id), with how many cases it has. */
export function LeasesSection({ customer }: { customer: CustomerDetail }) {
  const { t } = useTranslation();
  const casesOf = (leaseId: string) => customer.cases.filter((item) => item.lease?.id === leaseId).length;
  return (
    <Section title={t('backoffice.customer.leasesHeading')}>
      {customer.leases.length === 0 ? (
        <EmptyState title={t('backoffice.customer.noLeases')} />
      ) : (
        <DataTable
          caption={t('backoffice.customer.leasesCaption')}
          rows={customer.leases}
          rowKey={(lease) => lease.id}
          rowHeaderId={(lease) => leaseAnchor(lease.id)}
          columns={[
            {
              label: t('backoffice.customer.leaseNumber'),
              nowrap: true,
              cell: (lease) => <Link to={`/admin/avtal/${encodeURIComponent(lease.id)}`}>{lease.number}</Link>,
            },
            { label: t('backoffice.customer.objects'), cell: (lease) => lease.objects.map((o) => `${objectName(o, t)}, ${o.street}`).join('; ') },
            { label: t('backoffice.customer.leaseStatus'), cell: (lease) => <LeaseStatusBadge status={lease.status} /> },
            { label: t('backoffice.customer.start'), nowrap: true, cell: (lease) => lease.startDate },
            { label: t('backoffice.customer.end'), nowrap: true, cell: (lease) => lease.endDate ?? t('common.untilFurtherNotice') },
            {
              label: t('backoffice.customer.leaseCases'),
              numeric: true,
              cell: (lease) => casesOf(lease.id),
            },
          ]}
        />
      )}
    </Section>
  );
}
