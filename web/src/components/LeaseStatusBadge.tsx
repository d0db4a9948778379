import { useTranslation } from 'react-i18next';
import type { LeaseStatus } from '@api';
import { StatusBadge } from './StatusBadge';

const tones = { upcoming: 'info', active: 'success', terminated: 'neutral' } as const;

export function LeaseStatusBadge({ status }: { status: LeaseStatus }) {
  const { t } = useTranslation();
  return <StatusBadge tone={tones[status]}>{t(`leaseStatus.${status}`)}</StatusBadge>;
}
