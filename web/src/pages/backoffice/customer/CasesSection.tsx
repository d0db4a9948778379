import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CaseStatusBadge } from '../../../components/cases/CaseBadges';
import { DataTable } from '../../../components/DataTable';
import { Section } from '../../../components/Section';
import { EmptyState } from '../../../components/Status';
import { CASE_STATUSES } from '../../../cases';
import { formatDate } from '../../../format';
import type { CustomerDetail } from '@api';

/** The lease row's anchor on this page, which a case's lease links to. */
export const leaseAnchor = (leaseId: string) => `lease-${leaseId}`;

/** The customer's cases, newest first: each links to its case page and, if it has one, its lease below. */
export function CasesSection({ customer }: { customer: CustomerDetail }) {
  const { t } = useTranslation();
  return (
    <Section title={t('backoffice.customer.casesHeading')}>
      {customer.cases.length === 0 ? (
        <EmptyState title={t('backoffice.customer.noCases')} />
      ) : (
        <DataTable
          caption={t('backoffice.customer.casesCaption')}
          dense
          rows={customer.cases}
          rowKey={(item) => item.id}
          columns={[
            {
              label: t('cases.title'),
              truncate: 'fill',
              sort: (item) => item.title,
              cell: (item) => (
                <Link to={`/admin/arenden/${encodeURIComponent(item.id)}`} title={item.title}>
                  {item.title}
                </Link>
              ),
            },
            { label: t('backoffice.cases.number'), nowrap: true, sort: (item) => item.number, cell: (item) => item.number },
            { label: t('backoffice.cases.category'), sort: (item) => item.category.name, cell: (item) => item.category.name },
            { label: t('cases.status'), sort: (item) => CASE_STATUSES.indexOf(item.status), cell: (item) => <CaseStatusBadge status={item.status} /> },
            {
              label: t('cases.lease'),
              nowrap: true,
              sort: (item) => item.lease?.number ?? '',
              cell: (item) => (item.lease ? <a href={`#${leaseAnchor(item.lease.id)}`}>{item.lease.number}</a> : null),
            },
            { label: t('cases.created'), nowrap: true, sort: (item) => item.createdAt, cell: (item) => formatDate(item.createdAt) },
          ]}
          initialSort={{ column: 5, direction: 'descending' }}
        />
      )}
    </Section>
  );
}
