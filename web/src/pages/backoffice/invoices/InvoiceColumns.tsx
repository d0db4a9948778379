import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ListColumn } from '../../../components/DataTable';
import { InvoiceStatusBadge } from '../../../components/InvoiceStatusBadge';
import { Money } from '../../../components/Money';
import { currentLanguage } from '../../../i18n';
import { invoiceHeading } from '../../../invoices';
import type { StaffInvoiceSummary } from '@api';
import { staffInvoiceHref } from './links';

const STATUS_ORDER = ['overdue', 'partly_paid', 'unpaid', 'paid'] as const;

/**
 * The columns of a list of invoices in the back office: the number (the row's link), the customer
 * (unless the list is one customer's), the type, the period or text, the amount, the due date, the status.
 */
export function useStaffInvoiceColumns({ withCustomer }: { withCustomer: boolean }): ListColumn<StaffInvoiceSummary>[] {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const columns: (ListColumn<StaffInvoiceSummary> | false)[] = [
    {
      label: t('backoffice.invoices.number'),
      nowrap: true,
      sort: (invoice) => invoice.number,
      cell: (invoice) => <Link to={staffInvoiceHref(invoice.id)}>{invoice.number}</Link>,
    },
    withCustomer && {
      label: t('backoffice.invoices.customer'),
      truncate: true,
      sort: (invoice) => invoice.customer.name,
      cell: (invoice) => (
        <Link to={`/admin/kunder/${encodeURIComponent(invoice.customer.id)}`} title={invoice.customer.name}>
          {invoice.customer.name}
        </Link>
      ),
    },
    { label: t('backoffice.invoices.kind'), sort: (invoice) => t(`invoiceKind.${invoice.kind}`), cell: (invoice) => t(`invoiceKind.${invoice.kind}`) },
    {
      label: t('backoffice.invoices.heading'),
      truncate: 'fill',
      cell: (invoice) => {
        // A credit note's number is in the first column already: its reason says more.
        const heading = invoice.kind === 'credit' && invoice.text ? invoice.text : invoiceHeading(invoice, t, lang);
        return <span title={heading}>{heading}</span>;
      },
    },
    { label: t('backoffice.invoices.amount'), numeric: true, sort: (invoice) => invoice.totalOre, cell: (invoice) => <Money ore={invoice.totalOre} /> },
    { label: t('backoffice.invoices.dueDate'), nowrap: true, sort: (invoice) => invoice.dueDate, cell: (invoice) => invoice.dueDate },
    {
      label: t('backoffice.invoices.status'),
      sort: (invoice) => (invoice.kind === 'credit' ? STATUS_ORDER.length : STATUS_ORDER.indexOf(invoice.status)),
      cell: (invoice) => <InvoiceStatusBadge status={invoice.status} kind={invoice.kind} />,
    },
  ];
  return columns.filter((column): column is ListColumn<StaffInvoiceSummary> => column !== false);
}
