import { useTranslation } from 'react-i18next';
import { formatTimestamp } from '../../format';
import type { CaseMessage } from '@api';
import { AttachmentList } from '../attachments/AttachmentList';
import { StatusBadge } from '../StatusBadge';

interface Props {
  messages: CaseMessage[];
  /** Whose page it is: the tenant sees "Du" and "Hyresvärden", staff see the author's role. */
  viewer: 'tenant' | 'staff';
}

/**
 * The dialog of a case, oldest first. Bodies are the users' own text, shown as text with their
 * line breaks, and its files under it (a message may be files only). An internal note is told
 * apart by a label in words and a different frame.
 */
export function CaseDialog({ messages, viewer }: Props) {
  const { t } = useTranslation();
  if (messages.length === 0) return <p className="muted">{t('cases.noMessages')}</p>;

  function role(message: CaseMessage): string {
    if (viewer === 'tenant') return message.author === 'staff' ? t('portal.case.fromLandlord') : t('portal.case.fromYou');
    return message.author === 'staff' ? t('backoffice.case.fromStaff') : t('backoffice.case.fromTenant');
  }

  return (
    <ol className="case-dialog">
      {messages.map((message) => {
        const kind = message.internal ? 'internal' : message.author;
        return (
          <li key={message.id} className={`case-message case-message--${kind}`}>
            <p className="case-message__meta">
              <span className="case-message__author">{message.authorName}</span>
              <span>{role(message)}</span>
              {message.internal && <StatusBadge tone="warning">{t('backoffice.case.internal')}</StatusBadge>}
              <time dateTime={message.createdAt}>{formatTimestamp(message.createdAt)}</time>
            </p>
            {message.body !== '' && <p className="case-message__body case-text">{message.body}</p>}
            <AttachmentList attachments={message.attachments} />
          </li>
        );
      })}
    </ol>
  );
}
