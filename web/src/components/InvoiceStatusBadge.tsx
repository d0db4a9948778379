import { useTranslation } from 'react-i18next';
import { INVOICE_STATUS_TONES } from '../invoices';
import type { InvoiceKind, InvoiceStatus } from '@api';
import { StatusBadge } from './StatusBadge';

/**
 * Obetald, Delvis betald, Betald, Förfallen. Förfallen is red with a mark before the word, so that
 * it stands out by more than its colour; a credit note is not paid and says what it is instead.
 */
export function InvoiceStatusBadge({ status, kind }: { status: InvoiceStatus; kind: InvoiceKind }) {
  const { t } = useTranslation();
  if (kind === 'credit') return <StatusBadge tone="neutral">{t('glossary.creditNote')}</StatusBadge>;
  return (
    <StatusBadge tone={INVOICE_STATUS_TONES[status]}>
      {status === 'overdue' && (
        <span className="badge__mark" aria-hidden="true">
          !
        </span>
      )}
      <span>{t(`invoiceStatus.${status}`)}</span>
    </StatusBadge>
  );
}
