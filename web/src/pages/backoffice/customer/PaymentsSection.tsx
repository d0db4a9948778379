import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '../../../components/DataTable';
import { Money } from '../../../components/Money';
import { Section } from '../../../components/Section';
import { AsyncContent, EmptyState } from '../../../components/Status';
import { useApiData } from '../../../hooks/useApiData';
import { currentLanguage } from '../../../i18n';
import { invoiceHeading } from '../../../invoices';
import type { CustomerDetail, Payment, PaymentList } from '@api';
import { staffInvoiceHref } from '../invoices/links';
import { staffPaymentHref } from '../payments/links';

/**
 * "Betalningar": the customer's payments and refunds, newest first, each linking to its payment page,
 * with the invoices each paid and what is left of each as credit (the credit in all is in the debt
 * section above). For staff who may read billing.
 */
export function PaymentsSection({ customer }: { customer: CustomerDetail }) {
  const { t } = useTranslation();
  const state = useApiData<PaymentList>(`/api/backoffice/customers/${encodeURIComponent(customer.id)}/payments`);
  return (
    <Section title={t('backoffice.customerPayments.heading')}>
      <AsyncContent state={state}>
        {({ payments }) => (
          <>
            {payments.length === 0 ? <EmptyState title={t('backoffice.customerPayments.empty')} /> : <PaymentTable payments={payments} />}
          </>
        )}
      </AsyncContent>
    </Section>
  );
}

function PaymentTable({ payments }: { payments: Payment[] }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  return (
    <DataTable
      caption={t('backoffice.customerPayments.caption')}
      dense
      rows={payments}
      rowKey={(payment) => payment.id}
      columns={[
        {
          label: t('backoffice.customerPayments.date'),
          nowrap: true,
          cell: (payment) => (
            <Link to={staffPaymentHref(payment.id)}>{payment.kind === 'refund' ? t('backoffice.customerPayments.refund', { date: payment.paidOn }) : payment.paidOn}</Link>
          ),
        },
        { label: t('backoffice.customerPayments.amount'), numeric: true, cell: (payment) => <Money ore={payment.amountOre} /> },
        { label: t('backoffice.customerPayments.reference'), nowrap: true, cell: (payment) => payment.reference },
        {
          label: t('backoffice.customerPayments.paid'),
          truncate: 'fill',
          cell: (payment) =>
            payment.invoices.length === 0 ? null : (
              <ul className="plain-list">
                {payment.invoices.map((invoice) => (
                  <li key={invoice.id}>
                    <Link to={staffInvoiceHref(invoice.id)}>{`${invoice.number} · ${invoiceHeading(invoice, t, lang)}`}</Link> <Money ore={invoice.amountOre} />
                  </li>
                ))}
              </ul>
            ),
        },
        { label: t('backoffice.customerPayments.left'), numeric: true, cell: (payment) => (payment.creditOre > 0 ? <Money ore={payment.creditOre} /> : null) },
      ]}
    />
  );
}
