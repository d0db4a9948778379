import { Type } from '@sinclair/typebox';
import { Nullable, StringEnum } from '../http/schemas.ts';
import type { MessageRow } from '../repositories/messages.ts';

export const MessageView = Type.Object({
  id: Type.String(),
  channel: Type.Union([Type.Literal('email'), Type.Literal('sms')]),
  to: Type.String(),
  subject: Nullable(Type.String()),
  text: Type.String(),
  status: StringEnum(['queued', 'sending', 'sent', 'retrying', 'failed']),
  transport: Nullable(Type.String()),
  attempts: Type.Integer(),
  lastError: Nullable(Type.String()),
  createdAt: Type.String({ format: 'date-time' }),
  sentAt: Nullable(Type.String({ format: 'date-time' })),
});

export const MessageListView = Type.Object({ messages: Type.Array(MessageView) });

export function presentMessage(m: MessageRow) {
  return {
    id: m.id,
    channel: m.channel,
    to: m.recipient,
    subject: m.subject,
    text: m.text,
    status: m.status,
    transport: m.transport,
    attempts: m.attempts,
    lastError: m.lastError,
    createdAt: m.createdAt.toISOString(),
    sentAt: m.sentAt ? m.sentAt.toISOString() : null,
  };
}
