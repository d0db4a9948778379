import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseKind, CaseStatus } from '@api';
import { useSession } from '../../session';
import { StatusBadge } from '../StatusBadge';

const statusTones = { registered: 'info', in_progress: 'success', waiting_for_tenant: 'warning', closed: 'neutral' } as const;

/**
 * A case status in the words of whoever reads it: staff see "Väntar på hyresgäst", the tenant sees
 * "Väntar på ditt svar" (caseStatus and tenantCaseStatus in i18n).
 */
export function useCaseStatusWord(): (status: CaseStatus) => string {
  const { t } = useTranslation();
  const tenant = useSession().user?.kind === 'tenant';
  return useCallback((status: CaseStatus) => (tenant ? t(`tenantCaseStatus.${status}`) : t(`caseStatus.${status}`)), [t, tenant]);
}

export function CaseStatusBadge({ status }: { status: CaseStatus }) {
  const word = useCaseStatusWord();
  return <StatusBadge tone={statusTones[status]}>{word(status)}</StatusBadge>;
}

/** Marks a related case, one the landlord created to inform tenants ("Information från hyresvärden"). */
export function RelatedCaseBadge({ kind }: { kind: CaseKind }) {
  const { t } = useTranslation();
  if (kind !== 'related') return null;
  return <StatusBadge tone="info">{t('caseKind.related')}</StatusBadge>;
}
