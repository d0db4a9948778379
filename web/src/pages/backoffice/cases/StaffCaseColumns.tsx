import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CaseStatusBadge } from '../../../components/cases/CaseBadges';
import type { ListColumn } from '../../../components/DataTable';
import { CASE_STATUSES } from '../../../cases';
import { formatDate } from '../../../format';
import { currentLanguage } from '../../../i18n';
import type { StaffCaseRow } from '@api';
import { formatWaited } from './waited';

/** The inbox's columns, also the overview's work list: one line a case on a desktop, sortable. */
export function useStaffCaseColumns(): ListColumn<StaffCaseRow>[] {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const now = Date.now();
  return [
    {
      label: t('cases.title'),
      truncate: 'fill',
      sort: (item) => item.title,
      cell: (item) => (
        <Link to={`/admin/arenden/${encodeURIComponent(item.id)}`} title={item.title}>
          {item.title}
        </Link>
      ),
    },
    { label: t('backoffice.cases.number'), nowrap: true, sort: (item) => item.number, cell: (item) => item.number },
    { label: t('backoffice.cases.category'), sort: (item) => item.category.name, cell: (item) => item.category.name },
    { label: t('backoffice.cases.customer'), truncate: true, sort: (item) => item.customer.name, cell: (item) => item.customer.name },
    { label: t('cases.status'), sort: (item) => CASE_STATUSES.indexOf(item.status), cell: (item) => <CaseStatusBadge status={item.status} /> },
    {
      label: t('backoffice.cases.responsible'),
      truncate: true,
      sort: (item) => item.responsible?.name ?? '',
      cell: (item) => item.responsible?.name ?? <span className="muted">{t('backoffice.cases.queue')}</span>,
    },
    {
      label: t('backoffice.cases.waiting'),
      nowrap: true,
      sort: (item) => item.waitingSince,
      cell: (item) =>
        item.waitingSince ? (
          <time dateTime={item.waitingSince} title={formatDate(item.waitingSince)}>
            {formatWaited(item.waitingSince, lang, now)}
          </time>
        ) : null,
    },
  ];
}

/** The index of the waiting column: the server's order, what has waited longest first. */
export const WAITING_COLUMN = 6;
