import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '../../../components/DataTable';
import { OptionStatusBadge } from '../../../components/options/OptionOrderSection';
import { PageHeading } from '../../../components/PageHeading';
import { Section } from '../../../components/Section';
import { AsyncContent, EmptyState } from '../../../components/Status';
import { formatDate } from '../../../format';
import { useApiData } from '../../../hooks/useApiData';
import { useStaffCan } from '../../../session';
import type { OptionOrderList } from '@api';
import { OptionCatalogueSection } from './OptionCatalogueSection';
import { OptionTermsForm } from './OptionTermsForm';

/** Tillval in the back office: the open orders (each opens its case), the catalogue, the terms. */
export function OptionsAdminPage() {
  const { t } = useTranslation();
  const canWork = useStaffCan('cases.read');
  const canEdit = useStaffCan('options.edit');
  const orders = useApiData<OptionOrderList>(canWork ? '/api/backoffice/option-orders' : null);
  return (
    <>
      <PageHeading>{t('backoffice.tillval.title')}</PageHeading>
      <p>{t('backoffice.tillval.intro')}</p>
      {canWork && (
        <Section title={t('backoffice.tillval.orders')}>
          <AsyncContent state={orders}>
            {({ orders: list }) => list.length === 0 ? <EmptyState title={t('backoffice.tillval.noOrders')} /> : (
              <DataTable
                caption={t('backoffice.tillval.ordersCaption')}
                rows={list}
                rowKey={(o) => o.id}
                columns={[
                  { label: t('backoffice.tillval.caseNumber'), nowrap: true, cell: (o) => <Link to={`/admin/arenden/${encodeURIComponent(o.caseId)}`}>{o.caseNumber}</Link> },
                  { label: t('backoffice.tillval.customer'), cell: (o) => o.customerName },
                  { label: t('backoffice.tillval.object'), nowrap: true, cell: (o) => o.object.number },
                  { label: t('backoffice.tillval.lines'), cell: (o) => o.lines.map((l) => l.name).join(', ') },
                  { label: t('backoffice.tillval.status'), cell: (o) => <OptionStatusBadge status={o.status} /> },
                  { label: t('backoffice.tillval.created'), nowrap: true, cell: (o) => formatDate(o.createdAt) },
                ]}
              />
            )}
          </AsyncContent>
        </Section>
      )}
      {!canEdit && <p className="muted">{t('backoffice.tillval.notAllowed')}</p>}
      <OptionCatalogueSection canEdit={canEdit} />
      <OptionTermsForm canEdit={canEdit} />
    </>
  );
}
