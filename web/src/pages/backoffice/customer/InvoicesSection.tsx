import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '../../../components/DataTable';
import { Section } from '../../../components/Section';
import { AsyncContent, EmptyState } from '../../../components/Status';
import { useApiData } from '../../../hooks/useApiData';
import { useStaffCan } from '../../../session';
import type { CustomerDetail, StaffInvoiceList } from '@api';
import { useStaffInvoiceColumns } from '../invoices/InvoiceColumns';
import { customerInvoicesHref, newInvoiceHref } from '../invoices/links';

/**
 * The customer's invoices, newest first (the first page of Fakturor for the customer), each linking
 * to its invoice page; for staff who may read billing. Those who may edit it get "Ny faktura".
 */
export function InvoicesSection({ customer }: { customer: CustomerDetail }) {
  const { t } = useTranslation();
  const canEdit = useStaffCan('billing.edit');
  const invoices = useApiData<StaffInvoiceList>(`/api/backoffice/invoices?customerId=${encodeURIComponent(customer.id)}`);
  const columns = useStaffInvoiceColumns({ withCustomer: false });
  return (
    <Section title={t('backoffice.customerInvoices.heading')}>
      {canEdit && (
        <p>
          <Link to={newInvoiceHref(customer.id)}>{t('backoffice.customerInvoices.newInvoice')}</Link>
        </p>
      )}
      <AsyncContent state={invoices}>
        {(found) =>
          found.invoices.length === 0 ? (
            <EmptyState title={t('backoffice.customerInvoices.empty')} />
          ) : (
            <>
              <DataTable caption={t('backoffice.customerInvoices.caption')} dense rows={found.invoices} rowKey={(invoice) => invoice.id} columns={columns} />
              <p>
                <Link to={customerInvoicesHref(customer.id)}>{t('backoffice.customerInvoices.showAll', { count: found.total })}</Link>
              </p>
            </>
          )
        }
      </AsyncContent>
    </Section>
  );
}
