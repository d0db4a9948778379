import { useTranslation } from 'react-i18next';
import { formatTimestamp } from '../../format';
import type { CaseHistoryEntry } from '@api';
import { CaseStatusBadge } from './CaseBadges';

const sentences = { created: 'cases.historyCreated', replied: 'cases.historyReplied', status_changed: 'cases.historyChanged' } as const;

/**
 * The status changes of a case, oldest first: when, a sentence naming who did it when known
 * ("Lisa Lund svarade"), and the status it led to.
 */
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
          {entry.by && <span>{t(sentences[entry.event], { name: entry.by })}</span>}
          <CaseStatusBadge status={entry.status} />
        </li>
      ))}
    </ol>
  );
}
