import { useTranslation } from 'react-i18next';
import type { CaseKind, CaseStatus } from '@api';
import { StatusBadge } from '../StatusBadge';

const statusTones = { registered: 'info', in_progress: 'success', waiting_for_tenant: 'warning', closed: 'neutral' } as const;

export function CaseStatusBadge({ status }: { status: CaseStatus }) {
  const { t } = useTranslation();
  return <StatusBadge tone={statusTones[status]}>{t(`caseStatus.${status}`)}</StatusBadge>;
}

/** Marks a related case, one the landlord created to inform tenants ("Information från hyresvärden"). */
export function RelatedCaseBadge({ kind }: { kind: CaseKind }) {
  const { t } = useTranslation();
  if (kind !== 'related') return null;
  return <StatusBadge tone="info">{t('caseKind.related')}</StatusBadge>;
}
