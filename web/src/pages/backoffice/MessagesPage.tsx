import { useTranslation } from 'react-i18next';
import { DataTable } from '../../components/DataTable';
import { Email } from '../../components/Email';
import { PageHeading } from '../../components/PageHeading';
import { AsyncContent, EmptyState } from '../../components/Status';
import { formatTimestamp } from '../../format';
import { useApiData } from '../../hooks/useApiData';
import { MessageStatusBadge } from '../../components/MessageStatusBadge';
import { TestMessageForm } from '../../components/TestMessageForm';
import type { MessageList, MessageStatus, OutgoingMessage } from '@api';


/** Outgoing e-mail and SMS: the development mailbox and the delivery log (administrators only). */
export function MessagesPage() {
  const { t } = useTranslation();
  const messages = useApiData<MessageList>('/api/backoffice/messages');

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
    <DataTable
      caption={t('backoffice.messages.caption')}
      className="table table--messages"
      rows={messages}
      rowKey={(message) => message.id}
      columns={[
        { label: t('backoffice.messages.created'), nowrap: true, cell: (message) => formatTimestamp(message.createdAt) },
        { label: t('backoffice.messages.channel'), cell: (message) => t(`channel.${message.channel}`) },
        { label: t('backoffice.messages.to'), cell: (message) => <Email address={message.to} /> },
        { label: t('backoffice.messages.subject'), cell: (message) => message.subject ?? <span className="muted">–</span> },
        {
          label: t('backoffice.messages.status'),
          cell: (message) => <MessageStatusCell status={message.status} attempts={message.attempts} transport={message.transport} />,
        },
        { label: t('backoffice.messages.sent'), nowrap: true, cell: (message) => (message.sentAt ? formatTimestamp(message.sentAt) : '–') },
        {
          label: t('backoffice.messages.text'),
          cell: (message) => (
            <details className="message-text">
              <summary>{t('backoffice.messages.showText')}</summary>
              <pre>{message.text}</pre>
            </details>
          ),
        },
      ]}
    />
  );
}

function MessageStatusCell({ status, attempts, transport }: { status: MessageStatus; attempts: number; transport: string | null }) {
  const { t } = useTranslation();
  return (
    <>
      <MessageStatusBadge status={status} />
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
