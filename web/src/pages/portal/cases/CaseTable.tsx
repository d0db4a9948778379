import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CaseStatusBadge, RelatedCaseBadge } from '../../../components/cases/CaseBadges';
import { DataTable } from '../../../components/DataTable';
import { formatDate } from '../../../format';
import type { CaseSummary } from '@api';

interface Props {
  cases: CaseSummary[];
  caption: string;
  /** The lease column; left out where every case is of the same lease. */
  showLease?: boolean;
}

/**
 * The tenant's cases: the title links to the case (its accessible name is the title). Title and
 * status come first, so that a phone shows them before the table scrolls sideways.
 */
export function CaseTable({ cases, caption, showLease = true }: Props) {
  const { t } = useTranslation();
  const none = <span className="muted">–</span>;
  return (
    <DataTable
      caption={caption}
      rows={cases}
      rowKey={(item) => item.id}
      columns={[
        {
          label: t('cases.title'),
          className: 'case-title-cell',
          cell: (item) => (
            <>
              <Link to={`/arenden/${encodeURIComponent(item.id)}`}>{item.title}</Link>
              {item.kind === 'related' && (
                <span className="cell-note">
                  <RelatedCaseBadge kind={item.kind} />
                </span>
              )}
            </>
          ),
        },
        { label: t('cases.status'), cell: (item) => <CaseStatusBadge status={item.status} /> },
        { label: t('cases.number'), nowrap: true, cell: (item) => item.number },
        { label: t('cases.category'), cell: (item) => item.category.name },
        {
          label: t('cases.created'),
          nowrap: true,
          cell: (item) => <time dateTime={item.createdAt}>{formatDate(item.createdAt)}</time>,
        },
        ...(showLease ? [{ label: t('cases.lease'), nowrap: true, cell: (item: CaseSummary) => item.lease?.number ?? none }] : []),
      ]}
    />
  );
}
