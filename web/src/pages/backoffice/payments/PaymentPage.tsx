import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { Detail } from '../../../components/Detail';
import { FormStatus } from '../../../components/Form';
import { Money } from '../../../components/Money';
import { PageHeading } from '../../../components/PageHeading';
import { Section } from '../../../components/Section';
import { AsyncContent } from '../../../components/Status';
import { formatMoney } from '../../../format';
import { useApiData } from '../../../hooks/useApiData';
import { currentLanguage } from '../../../i18n';
import { useStaffCan } from '../../../session';
import type { StaffPayment, StaffPaymentResponse } from '@api';
import { AllocateForm } from './AllocateForm';
import { AllocationsSection, HistorySection, RefundsSection } from './PaymentBookings';
import { AssignForm, MoveForm } from './AssignForm';
import { RefundForm } from './RefundForm';
import { paymentQueueHref, staffPaymentHref } from './links';
import { reasonText, sourceText } from './paymentWords';

/** What the manual-payment page tells this page it has just recorded. */
export interface PaymentRecordedState {
  recorded: string;
  /** What happened, in words: recorded, and what the customer's credit paid at once. */
  message: string;
}

/** After a booking: the payment as the server now has it, and what to say. */
export type OnBooked = (payment: StaffPayment, message: string) => void;

/**
 * One payment in the back office (/admin/inbetalningar/:id): what it is, what is left, whose, where it
 * came from; for those who may edit billing the forms to allocate it, give it to a customer and refund
 * it; the invoices it paid (each allocation can be undone) and every booking on it.
 */
export function PaymentPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  const state = useApiData<StaffPaymentResponse>(`/api/backoffice/payments/${encodeURIComponent(id)}`);
  // A booking answers with the payment as it is now: shown at once, without loading it again.
  const [booked, setBooked] = useState<StaffPayment>();
  const [notice, setNotice] = useState(() => {
    const recorded = location.state as Partial<PaymentRecordedState> | null;
    return recorded?.recorded === id ? (recorded.message ?? t('backoffice.manualPayment.recorded')) : '';
  });
  const loaded = state.data?.payment;
  const payment = booked?.id === id ? booked : loaded?.id === id ? loaded : undefined;
  const heading = payment ? t('backoffice.payment.heading', { kind: t(`backoffice.payment.kinds.${payment.kind}`), date: payment.paidOn }) : t('backoffice.payment.title');

  const onBooked: OnBooked = (next, message) => {
    setBooked(next);
    setNotice(message);
  };
  // A refusal because the payment changed meanwhile: show what it is now.
  const onStale = () => {
    setBooked(undefined);
    state.reload();
  };

  return (
    <>
      <p className="back-link">
        <Link to={paymentQueueHref}>{t('backoffice.payment.back')}</Link>
      </p>
      <PageHeading>{heading}</PageHeading>
      <FormStatus>{notice}</FormStatus>
      <AsyncContent state={state}>{() => payment && <PaymentContent payment={payment} onBooked={onBooked} onStale={onStale} />}</AsyncContent>
    </>
  );
}

/** Money in that has a customer and was never refunded can move to another customer (the server checks it again). */
function movable(payment: StaffPayment): boolean {
  return payment.kind === 'payment' && payment.customer !== null && payment.amountOre > 0 && payment.refunds.length === 0;
}

function PaymentContent({ payment, onBooked, onStale }: { payment: StaffPayment; onBooked: OnBooked; onStale: () => void }) {
  const { t } = useTranslation();
  const canEdit = useStaffCan('billing.edit');
  const moneyIn = payment.kind === 'payment' && payment.leftOre > 0;
  return (
    <>
      <Overview payment={payment} />
      {canEdit && payment.kind !== 'refund' && payment.leftOre !== 0 && (
        <Section title={t('backoffice.allocate.heading')}>
          <AllocateForm payment={payment} onBooked={onBooked} onStale={onStale} />
        </Section>
      )}
      {canEdit && moneyIn && payment.customer === null && (
        <Section title={t('backoffice.assign.heading')}>
          <AssignForm payment={payment} onBooked={onBooked} onStale={onStale} />
        </Section>
      )}
      {canEdit && movable(payment) && (
        <Section title={t('backoffice.move.heading')}>
          <MoveForm payment={payment} onBooked={onBooked} onStale={onStale} />
        </Section>
      )}
      {canEdit && moneyIn && (
        <Section title={t('backoffice.refund.heading')}>
          <RefundForm payment={payment} onBooked={onBooked} onStale={onStale} />
        </Section>
      )}
      {payment.kind !== 'refund' && <AllocationsSection payment={payment} canEdit={canEdit} onBooked={onBooked} onStale={onStale} />}
      {payment.refunds.length > 0 && <RefundsSection payment={payment} />}
      <HistorySection payment={payment} />
    </>
  );
}

function Overview({ payment }: { payment: StaffPayment }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const reason = reasonText(payment.reason, t);
  const state = payment.inQueue
    ? t('backoffice.payment.inQueue', { reason: reason ?? '' })
    : payment.customer && payment.leftOre > 0
      ? t('backoffice.payment.credit')
      : t('backoffice.payment.placed');
  return (
    <Section title={t('backoffice.payment.overview')}>
      <dl className="details">
        <Detail label={t('backoffice.payment.status')}>{state}</Detail>
        <Detail label={t('backoffice.payment.kind')}>{t(`backoffice.payment.kinds.${payment.kind}`)}</Detail>
        <Detail label={t('backoffice.payment.date')}>
          <span className="nowrap">{payment.paidOn}</span>
        </Detail>
        <Detail label={t('backoffice.payment.amount')}>
          <Money ore={payment.amountOre} />
        </Detail>
        {payment.kind !== 'refund' && (
          <Detail label={payment.customer && !payment.inQueue ? t('backoffice.payment.leftCredit') : t('backoffice.payment.left')}>
            <Money ore={payment.leftOre} />
          </Detail>
        )}
        <Detail label={t('backoffice.payment.customer')}>
          {payment.customer ? (
            <>
              <Link to={`/admin/kunder/${encodeURIComponent(payment.customer.id)}`}>{payment.customer.name}</Link>{' '}
              <span className="nowrap">{payment.customer.identityNumber}</span>
              {payment.customerBy === 'assignment' && <> {t('backoffice.payment.byAssignment')}</>}
            </>
          ) : (
            t('backoffice.payment.noCustomer')
          )}
        </Detail>
        <Detail label={t('backoffice.payment.payer')}>{payment.payerName ?? t('common.missing')}</Detail>
        <Detail label={t('backoffice.payment.reference')}>{payment.reference ? <span className="nowrap">{payment.reference}</span> : t('common.missing')}</Detail>
        {payment.texts.length > 0 && <Detail label={t('backoffice.payment.texts')}>{payment.texts.join(' · ')}</Detail>}
        <Detail label={t('backoffice.payment.source')}>{sourceText(payment, t)}</Detail>
        {payment.refundOf && (
          <Detail label={t('backoffice.payment.refundOf')}>
            <Link to={staffPaymentHref(payment.refundOf.id)}>
              {t('backoffice.payment.refundOfText', { date: payment.refundOf.paidOn, amount: formatMoney(payment.refundOf.amountOre, lang) })}
            </Link>
          </Detail>
        )}
      </dl>
    </Section>
  );
}
