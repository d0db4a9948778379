import { useTranslation } from 'react-i18next';
import { formatTimestamp } from '../../format';
import type { CaseHistoryEntry } from '@api';
import { CaseStatusBadge } from './CaseBadges';

/** The status changes of a case, oldest first: when, to what, and by whom when known. */
export function CaseHistory({ history }: { history: CaseHistoryEntry[] }) {
  const { t } = useTranslation();
  if (history.length === 0) return <p className="muted">{t('cases.noHistory')}</p>;
  return (
    <ol className="case-history">
      {history.map((entry, index) => (
        <li key={`${entry.at}-${String(index)}`}>
          <time dateTime={entry.at} className="nowrap">
            {formatTimestamp(entry.at)}
          </time>
          <CaseStatusBadge status={entry.status} />
          {entry.by && <span className="muted">{t('cases.historyBy', { name: entry.by })}</span>}
        </li>
      ))}
    </ol>
  );
}
