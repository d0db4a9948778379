import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable, type ListColumn } from '../../../components/DataTable';
import { Money } from '../../../components/Money';
import { PageHeading } from '../../../components/PageHeading';
import { AsyncContent, EmptyState } from '../../../components/Status';
import { formatMoney } from '../../../format';
import { useApiData } from '../../../hooks/useApiData';
import { currentLanguage } from '../../../i18n';
import { useStaffCan } from '../../../session';
import type { PaymentQueue, QueuedPayment } from '@api';
import { newPaymentHref, staffPaymentHref } from './links';
import { reasonText, sourceText } from './paymentWords';

/**
 * Oparade inbetalningar (/admin/inbetalningar/oparade): what the bank's files (or staff) brought that
 * could not be matched, and deductions and returns waiting, oldest first. Each opens its payment page,
 * where staff allocate it, give it to a customer or refund it. On a phone each row is a card.
 */
export function PaymentQueuePage() {
  const { t } = useTranslation();
  const canEdit = useStaffCan('billing.edit');
  const queue = useApiData<PaymentQueue>(canEdit ? '/api/backoffice/payments/queue' : null);
  return (
    <>
      <PageHeading>{t('backoffice.paymentQueue.title')}</PageHeading>
      <p>{t('backoffice.paymentQueue.intro')}</p>
      {canEdit ? (
        <>
          <p>
            <Link className="button button--primary" to={newPaymentHref()}>
              {t('backoffice.paymentQueue.newManual')}
            </Link>
          </p>
          <AsyncContent state={queue}>{(found) => <Queue queue={found} />}</AsyncContent>
        </>
      ) : (
        <p>{t('backoffice.paymentQueue.notAllowed')}</p>
      )}
    </>
  );
}

function Queue({ queue }: { queue: PaymentQueue }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const columns: ListColumn<QueuedPayment>[] = [
    {
      label: t('backoffice.paymentQueue.date'),
      nowrap: true,
      sort: (payment) => payment.paidOn,
      cell: (payment) => <Link to={staffPaymentHref(payment.id)}>{payment.paidOn}</Link>,
    },
    { label: t('backoffice.paymentQueue.amount'), numeric: true, sort: (payment) => payment.amountOre, cell: (payment) => <Money ore={payment.amountOre} /> },
    { label: t('backoffice.paymentQueue.left'), numeric: true, sort: (payment) => payment.leftOre, cell: (payment) => <Money ore={payment.leftOre} /> },
    { label: t('backoffice.paymentQueue.payer'), truncate: true, sort: (payment) => payment.payerName, cell: (payment) => payment.payerName && <span title={payment.payerName}>{payment.payerName}</span> },
    { label: t('backoffice.paymentQueue.reference'), nowrap: true, cell: (payment) => payment.reference },
    { label: t('backoffice.paymentQueue.reason'), sort: (payment) => reasonText(payment.reason, t), cell: (payment) => reasonText(payment.reason, t) },
    {
      label: t('backoffice.paymentQueue.file'),
      truncate: 'fill',
      cell: (payment) => {
        const source = sourceText(payment, t);
        return <span title={source}>{source}</span>;
      },
    },
  ];
  if (queue.payments.length === 0) {
    return (
      <EmptyState title={t('backoffice.paymentQueue.empty')}>
        <p>{t('backoffice.paymentQueue.emptyHint')}</p>
      </EmptyState>
    );
  }
  return (
    <>
      <p>{t('backoffice.paymentQueue.summary', { count: queue.count, amount: formatMoney(queue.leftOre, lang) })}</p>
      {queue.more && <p>{t('backoffice.paymentQueue.more', { shown: queue.payments.length })}</p>}
      <DataTable
        caption={t('backoffice.paymentQueue.caption')}
        dense
        rows={queue.payments}
        rowKey={(payment) => payment.id}
        columns={columns}
        initialSort={{ column: 0, direction: 'ascending' }}
      />
    </>
  );
}
