import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '../../components/DataTable';
import { Money } from '../../components/Money';
import { PageHeading } from '../../components/PageHeading';
import { AsyncContent, EmptyState } from '../../components/Status';
import { formatMoney } from '../../format';
import { useApiData } from '../../hooks/useApiData';
import { currentLanguage } from '../../i18n';
import { invoiceHeading, invoiceHref } from '../../invoices';
import type { Payment, PaymentList } from '@api';

/**
 * Inbetalningar: the customer's payments, newest first, with the date, amount, reference and the
 * invoices each paid; what is left of an overpayment is credit (tillgodo), used on the next invoice.
 * A refund the landlord made is listed too, as a negative amount.
 */
export function PaymentsPage() {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const state = useApiData<PaymentList>('/api/portal/payments');
  return (
    <>
      <p className="back-link">
        <Link to="/avier">{t('portal.payments.back')}</Link>
      </p>
      <PageHeading>{t('portal.payments.title')}</PageHeading>
      <p>{t('portal.payments.intro')}</p>
      <AsyncContent state={state}>
        {({ payments, creditOre }) => (
          <>
            {creditOre > 0 && <p className="success-message">{t('portal.payments.credit', { amount: formatMoney(creditOre, lang) })}</p>}
            {payments.length === 0 ? (
              <EmptyState title={t('portal.payments.empty')}>
                <p>{t('portal.payments.emptyHint')}</p>
              </EmptyState>
            ) : (
              <PaymentTable payments={payments} />
            )}
          </>
        )}
      </AsyncContent>
    </>
  );
}

function PaymentTable({ payments }: { payments: Payment[] }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  return (
    <DataTable
      caption={t('portal.payments.caption')}
      rows={payments}
      rowKey={(payment) => payment.id}
      columns={[
        {
          label: t('portal.payments.date'),
          nowrap: true,
          cell: (payment) => (payment.kind === 'refund' ? t('portal.payments.refundOn', { date: payment.paidOn }) : payment.paidOn),
        },
        { label: t('portal.payments.amount'), numeric: true, cell: (payment) => <Money ore={payment.amountOre} /> },
        { label: t('portal.payments.reference'), nowrap: true, cell: (payment) => payment.reference },
        {
          label: t('portal.payments.paid'),
          cell: (payment) =>
            payment.invoices.length === 0 ? null : (
              <ul className="plain-list">
                {payment.invoices.map((invoice) => (
                  <li key={invoice.id}>
                    <Link to={invoiceHref(invoice.id)}>{invoiceHeading(invoice, t, lang)}</Link> <Money ore={invoice.amountOre} />
                  </li>
                ))}
              </ul>
            ),
        },
        { label: t('portal.payments.left'), numeric: true, cell: (payment) => (payment.creditOre > 0 ? <Money ore={payment.creditOre} /> : null) },
      ]}
    />
  );
}
