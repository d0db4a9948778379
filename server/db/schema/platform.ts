import { bigint, bigserial, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const messageChannel = pgEnum('message_channel', ['email', 'sms']);
export const messageStatus = pgEnum('message_status', ['queued', 'sending', 'sent', 'retrying', 'failed']);

/** The outbox: every e-mail and SMS the system sends is a row here first. */
export const outgoingMessages = pgTable('outgoing_messages', {
  id: uuid('id').primaryKey().defaultRandom(),
  channel: messageChannel('channel').notNull(),
  recipient: text('recipient').notNull(),
  subject: text('subject'),
  text: text('text').notNull(),
  html: text('html'),
  language: text('language').notNull(),
  status: messageStatus('status').notNull().default('queued'),
  /** Which transport delivered it: smtp, 46elks, twilio or dev (the development mailbox). */
  transport: text('transport'),
  attempts: integer('attempts').notNull().default(0),
  lastError: text('last_error'),
  providerId: text('provider_id'),
  jobId: text('job_id'),
  /** Set for the messages of a notice: its delivery log per recipient and channel. */
  noticeId: uuid('notice_id'),
  customerId: uuid('customer_id'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  sentAt: timestamp('sent_at', { withTimezone: true }),
}, (t) => [
  index('outgoing_messages_created_idx').on(t.createdAt),
  index('outgoing_messages_status_idx').on(t.status),
  index('outgoing_messages_notice_idx').on(t.noticeId),
]);

/** Fixed-window counters shared by every web process (rate limits). */
export const rateLimits = pgTable('rate_limits', {
  key: text('key').primaryKey(),
  count: integer('count').notNull(),
  resetAt: bigint('reset_at', { mode: 'number' }).notNull(),
});

export const auditEvents = pgTable('audit_events', {
  id: uuid('id').primaryKey().defaultRandom(),
  at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  /** Insertion order: the events of one change share the clock's `at`, and this keeps them in order. */
  seq: bigserial('seq', { mode: 'number' }).notNull(),
  actorKind: text('actor_kind').notNull(),
  actorId: text('actor_id'),
  action: text('action').notNull(),
  subjectKind: text('subject_kind'),
  subjectId: text('subject_id'),
  ip: text('ip'),
  details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
}, (t) => [index('audit_events_at_idx').on(t.at, t.seq)]);
