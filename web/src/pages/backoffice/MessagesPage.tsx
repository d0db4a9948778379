import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/PageHeading';
import { AsyncContent, EmptyState } from '../../components/Status';
import { StatusBadge } from '../../components/StatusBadge';
import { TableRegion } from '../../components/TableRegion';
import { formatTimestamp } from '../../format';
import { useApiData } from '../../hooks/useApiData';
import { TestMessageForm } from '../../components/TestMessageForm';
import type { MessageStatus, OutgoingMessage } from '../../types';

const tones = { queued: 'info', sending: 'info', sent: 'success', retrying: 'warning', failed: 'danger' } as const;

/** Outgoing e-mail and SMS: the development mailbox and the delivery log (administrators only). */
export function MessagesPage() {
  const { t } = useTranslation();
  const messages = useApiData<{ messages: OutgoingMessage[] }>('/api/backoffice/messages');

  return (
    <>
      <PageHeading>{t('backoffice.messages.title')}</PageHeading>
      <p>{t('backoffice.messages.intro')}</p>
      <TestMessageForm onSent={() => { window.setTimeout(messages.reload, 1500); }} />
      <h2>{t('backoffice.messages.caption')}</h2>
      <AsyncContent state={messages}>
        {({ messages: list }) =>
          list.length === 0 ? <EmptyState title={t('backoffice.messages.empty')} /> : <MessageTable messages={list} />
        }
      </AsyncContent>
    </>
  );
}

function MessageTable({ messages }: { messages: OutgoingMessage[] }) {
  const { t } = useTranslation();
  return (
    <TableRegion label={t('backoffice.messages.caption')}>
      <table className="table table--messages">
        <caption className="visually-hidden">{t('backoffice.messages.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('backoffice.messages.created')}</th>
            <th scope="col">{t('backoffice.messages.channel')}</th>
            <th scope="col">{t('backoffice.messages.to')}</th>
            <th scope="col">{t('backoffice.messages.subject')}</th>
            <th scope="col">{t('backoffice.messages.status')}</th>
            <th scope="col">{t('backoffice.messages.sent')}</th>
            <th scope="col">{t('backoffice.messages.text')}</th>
          </tr>
        </thead>
        <tbody>
          {messages.map((message) => (
            <tr key={message.id}>
              <th scope="row" className="nowrap">
                {formatTimestamp(message.createdAt)}
              </th>
              <td>{t(`channel.${message.channel}`)}</td>
              <td className="break">{message.to}</td>
              <td>{message.subject ?? <span className="muted">–</span>}</td>
              <td>
                <MessageStatusCell status={message.status} attempts={message.attempts} transport={message.transport} />
              </td>
              <td className="nowrap">{message.sentAt ? formatTimestamp(message.sentAt) : '–'}</td>
              <td>
                <details className="message-text">
                  <summary>{t('backoffice.messages.showText')}</summary>
                  <pre>{message.text}</pre>
                </details>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}

function MessageStatusCell({ status, attempts, transport }: { status: MessageStatus; attempts: number; transport: string | null }) {
  const { t } = useTranslation();
  return (
    <>
      <StatusBadge tone={tones[status]}>{t(`messageStatus.${status}`)}</StatusBadge>
      <span className="cell-note">
        {t('backoffice.messages.attempts')}: {attempts}
        {transport && (
          <>
            <br />
            {t('backoffice.messages.transport')}: {transport}
          </>
        )}
      </span>
    </>
  );
}
