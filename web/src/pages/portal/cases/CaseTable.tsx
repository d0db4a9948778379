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
      columns={[
        t('cases.title'),
        t('cases.status'),
        t('cases.number'),
        t('cases.category'),
        t('cases.created'),
        ...(showLease ? [t('cases.lease')] : []),
      ]}
    >
      {cases.map((item) => (
        <tr key={item.id}>
          <th scope="row" className="case-title-cell">
            <Link to={`/arenden/${encodeURIComponent(item.id)}`}>{item.title}</Link>
            {item.kind === 'related' && (
              <span className="cell-note">
                <RelatedCaseBadge kind={item.kind} />
              </span>
            )}
          </th>
          <td>
            <CaseStatusBadge status={item.status} />
          </td>
          <td className="nowrap">{item.number}</td>
          <td>{item.category.name}</td>
          <td className="nowrap">
            <time dateTime={item.createdAt}>{formatDate(item.createdAt)}</time>
          </td>
          {showLease && <td className="nowrap">{item.lease?.number ?? none}</td>}
        </tr>
      ))}
    </DataTable>
  );
}
