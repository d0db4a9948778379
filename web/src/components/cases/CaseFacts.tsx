import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatTimestamp, objectName } from '../../format';
import type { CaseDetail } from '@api';
import { Detail } from '../Detail';
import { CaseStatusBadge } from './CaseBadges';

interface Props {
  detail: CaseDetail;
  /** Where the lease number links to; plain text without it. */
  leaseHref?: (leaseId: string) => string;
  /** Details of this side only, after the status (e.g. category, customer, responsible). */
  children?: ReactNode;
}

/** The facts of a case: number, status, what it is about, when, and what it concerns. */
export function CaseFacts({ detail, leaseHref, children }: Props) {
  const { t } = useTranslation();
  const { lease } = detail;
  return (
    <dl className="details">
      <Detail label={t('cases.number')}>{detail.number}</Detail>
      <Detail label={t('cases.status')}>
        <CaseStatusBadge status={detail.status} />
      </Detail>
      {children}
      <Detail label={t('cases.created')}>{formatTimestamp(detail.createdAt)}</Detail>
      <Detail label={t('cases.updated')}>{formatTimestamp(detail.updatedAt)}</Detail>
      {detail.closedAt && <Detail label={t('cases.closedAt')}>{formatTimestamp(detail.closedAt)}</Detail>}
      {lease && <Detail label={t('cases.lease')}>{leaseHref ? <Link to={leaseHref(lease.id)}>{lease.number}</Link> : lease.number}</Detail>}
      {detail.rentalObject && <Detail label={t('cases.rentalObject')}>{objectName(detail.rentalObject, t)}</Detail>}
      {detail.space && <Detail label={t('cases.space')}>{detail.space.name}</Detail>}
    </dl>
  );
}
