import { useRef } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { apiPost } from '../../../api';
import { ConfirmAction } from '../../../components/ConfirmAction';
import { DataTable } from '../../../components/DataTable';
import { FormAlert } from '../../../components/Form';
import { Money } from '../../../components/Money';
import { Section } from '../../../components/Section';
import { formatMoney, formatTimestamp } from '../../../format';
import { useSubmit } from '../../../hooks/useSubmit';
import { currentLanguage } from '../../../i18n';
import { invoiceHeading } from '../../../invoices';
import type { StaffPayment, StaffPaymentAllocation, StaffPaymentHistoryEntry, StaffPaymentResponse, UndoAllocationBody } from '@api';
import { staffInvoiceHref } from '../invoices/links';
import { sendBooking } from './booking';
import type { OnBooked } from './PaymentPage';

const allocationRowId = (paymentId: string, allocation: StaffPaymentAllocation) => `allocation-${paymentId}-${allocation.invoice.id}`;

/**
 * The invoices the payment paid (net), each with what it paid; staff who may edit billing undo one in
 * two steps (a reversing allocation: the money goes back to the payment). Focus then stays here.
 */
export function AllocationsSection({ payment, canEdit, onBooked, onStale }: { payment: StaffPayment; canEdit: boolean; onBooked: OnBooked; onStale: () => void }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const action = useSubmit();

  async function undo(allocation: StaffPaymentAllocation) {
    const answer = await action.run(() =>
      sendBooking(
        () => apiPost<StaffPaymentResponse, UndoAllocationBody>(`/api/backoffice/payments/${encodeURIComponent(payment.id)}/allocations/undo`, {
          invoiceId: allocation.invoice.id,
          expectedLeftOre: payment.leftOre,
        }),
        onStale,
      ),
    );
    headingRef.current?.focus();
    if (answer) onBooked(answer.payment, t('backoffice.payment.undone', { number: allocation.invoice.number }));
  }

  return (
    <Section title={t('backoffice.payment.allocationsHeading')} headingRef={headingRef}>
      <FormAlert submit={action} />
      {payment.allocations.length === 0 ? (
        <p>{t('backoffice.payment.noAllocations')}</p>
      ) : (
        <DataTable
          caption={t('backoffice.payment.allocationsCaption')}
          rows={payment.allocations}
          rowKey={(allocation) => allocation.invoice.id}
          rowHeaderId={(allocation) => allocationRowId(payment.id, allocation)}
          columns={[
            {
              label: t('backoffice.payment.invoice'),
              cell: (allocation) => (
                <Link id={allocationRowId(payment.id, allocation)} to={staffInvoiceHref(allocation.invoice.id)}>
                  {`${allocation.invoice.number} · ${invoiceHeading(allocation.invoice, t, lang)}`}
                </Link>
              ),
            },
            { label: t('backoffice.payment.dueDate'), nowrap: true, cell: (allocation) => allocation.invoice.dueDate },
            { label: t('backoffice.payment.paid'), numeric: true, cell: (allocation) => <Money ore={allocation.amountOre} /> },
            ...(canEdit
              ? [{
                  label: t('backoffice.payment.undo'),
                  cell: (allocation: StaffPaymentAllocation) => (
                    <ConfirmAction
                      label={t('backoffice.payment.undo')}
                      confirmLabel={t('backoffice.payment.undoConfirm')}
                      describedBy={allocationRowId(payment.id, allocation)}
                      onConfirm={() => undo(allocation)}
                    />
                  ),
                }]
              : []),
          ]}
        />
      )}
    </Section>
  );
}

export function RefundsSection({ payment }: { payment: StaffPayment }) {
  const { t } = useTranslation();
  return (
    <Section title={t('backoffice.payment.refundsHeading')}>
      <DataTable
        caption={t('backoffice.payment.refundsCaption')}
        rows={payment.refunds}
        rowKey={(refund) => refund.id}
        columns={[
          { label: t('backoffice.payment.date'), nowrap: true, cell: (refund) => refund.paidOn },
          { label: t('backoffice.payment.amount'), numeric: true, cell: (refund) => <Money ore={refund.amountOre} /> },
          { label: t('backoffice.payment.refundTo'), cell: (refund) => (refund.to === 'customer' ? t('backoffice.payment.refundToCustomer') : t('backoffice.payment.refundToPayer')) },
          { label: t('backoffice.payment.refundNote'), cell: (refund) => refund.note },
        ]}
      />
    </Section>
  );
}

function historyText(entry: StaffPaymentHistoryEntry, t: TFunction): string {
  const amount = formatMoney(entry.amountOre, currentLanguage());
  const number = entry.invoice?.number ?? '';
  switch (entry.kind) {
    case 'received': return t('backoffice.payment.history.received', { amount });
    case 'allocated': return t('backoffice.payment.history.allocated', { number, amount });
    case 'undone': return t('backoffice.payment.history.undone', { number, amount });
    case 'assigned': return entry.customer ? t('backoffice.payment.history.assigned', { customer: entry.customer.name, amount }) : t('backoffice.payment.history.assignedUnnamed', { amount });
    case 'moved': return t('backoffice.payment.history.moved', { customer: entry.customer?.name ?? '', amount });
    case 'refunded': return t('backoffice.payment.history.refunded', { amount });
  }
}

/** Every booking on the payment, oldest first: who did what, when. */
export function HistorySection({ payment }: { payment: StaffPayment }) {
  const { t } = useTranslation();
  return (
    <Section title={t('backoffice.payment.historyHeading')}>
      <DataTable
        caption={t('backoffice.payment.historyCaption')}
        rows={payment.history}
        rowKey={(entry) => `${entry.at}-${entry.kind}-${entry.invoice?.id ?? ''}-${entry.amountOre}`}
        columns={[
          { label: t('backoffice.payment.at'), nowrap: true, cell: (entry) => formatTimestamp(entry.at) },
          { label: t('backoffice.payment.what'), cell: (entry) => historyText(entry, t) },
          { label: t('backoffice.payment.by'), cell: (entry) => entry.by ?? t('backoffice.payment.system') },
        ]}
      />
    </Section>
  );
}
