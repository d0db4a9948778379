import { useTranslation } from 'react-i18next';
import { StatusBadge } from './StatusBadge';
import type { MessageStatus } from '@api';

const tones = { queued: 'info', sending: 'info', sent: 'success', retrying: 'warning', failed: 'danger' } as const;

/** The delivery state of an outgoing e-mail or SMS, the same wherever it is shown. */
export function MessageStatusBadge({ status }: { status: MessageStatus }) {
  const { t } = useTranslation();
  return <StatusBadge tone={tones[status]}>{t(`messageStatus.${status}`)}</StatusBadge>;
}
