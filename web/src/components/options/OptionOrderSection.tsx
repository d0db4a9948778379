import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../DataTable';
import { Detail } from '../Detail';
import { Money } from '../Money';
import { Section } from '../Section';
import { StatusBadge } from '../StatusBadge';
import { AsyncContent } from '../Status';
import { formatDate } from '../../format';
import { useApiData } from '../../hooks/useApiData';
import type { OptionOrder, OptionOrderResponse, OptionOrderStatus } from '@api';

const tone: Record<OptionOrderStatus, 'neutral' | 'info' | 'success' | 'warning'> = {
  received: 'info', approved: 'info', planned: 'info', done: 'success', closed: 'neutral', rejected: 'warning',
};

export function OptionStatusBadge({ status }: { status: OptionOrderStatus }) {
  const { t } = useTranslation();
  return <StatusBadge tone={tone[status]}>{t(`optionStatus.${status}`)}</StatusBadge>;
}

/** The option order an option case is: status (planned date, reason), lines with prices, contact, the fee invoice. */
export function OptionOrderSection({ path, children }: { path: string; children?: (order: OptionOrder, reload: () => void) => ReactNode }) {
  const { t } = useTranslation();
  const state = useApiData<OptionOrderResponse>(path);
  return (
    <Section title={t('optionOrder.title')}>
      <AsyncContent state={state}>
        {({ order }) => (
          <>
            <dl className="details">
              <Detail label={t('optionOrder.status')}><OptionStatusBadge status={order.status} /></Detail>
              {order.plannedDate && <Detail label={t('optionOrder.plannedDate')}>{formatDate(order.plannedDate)}</Detail>}
              {order.rejectionReason && <Detail label={t('optionOrder.rejectionReason')}>{order.rejectionReason}</Detail>}
              <Detail label={t('optionOrder.contact')}>{order.contactName}, {order.contactPhone}</Detail>
              {order.wishedTime && <Detail label={t('optionOrder.wishedTime')}>{order.wishedTime}</Detail>}
              {order.message && <Detail label={t('optionOrder.message')}>{order.message}</Detail>}
              {order.feeInvoice && (
                <Detail label={t('optionOrder.feeInvoice')}>
                  {order.feeInvoice.number} · <Money ore={order.feeInvoice.totalOre} /> · {order.feeInvoice.paid ? t('optionOrder.feeInvoicePaid') : t('optionOrder.feeInvoiceOpen')}
                </Detail>
              )}
            </dl>
            <DataTable
              caption={t('optionOrder.lines')}
              rows={order.lines}
              rowKey={(l) => l.id}
              columns={[
                { label: t('optionOrder.option'), cell: (l) => l.name },
                { label: t('optionOrder.space'), cell: (l) => l.spaceName },
                { label: t('optionOrder.quantity'), numeric: true, cell: (l) => l.quantity },
                { label: t('optionOrder.monthly'), numeric: true, cell: (l) => (l.monthlyOre === null ? null : <Money ore={l.monthlyOre * l.quantity} />) },
                { label: t('optionOrder.fee'), numeric: true, cell: (l) => (l.feeOre === null ? null : <Money ore={l.feeOre * l.quantity} />) },
              ]}
            />
            {children?.(order, state.reload)}
          </>
        )}
      </AsyncContent>
    </Section>
  );
}
