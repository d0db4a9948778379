// Reading what the system sent, straight from the outbox table (delivery itself is tested elsewhere).
import { desc, eq } from 'drizzle-orm';
import type { Database } from '../../server/db/client.ts';
import { outgoingMessages } from '../../server/db/schema/index.ts';

export async function lastMessageTo(database: Database, to: string) {
  const rows = await database.db.select().from(outgoingMessages).where(eq(outgoingMessages.recipient, to)).orderBy(desc(outgoingMessages.createdAt)).limit(1);
  const message = rows[0];
  if (!message) throw new Error(`nothing was sent to ${to}`);
  return message;
}

export async function messagesTo(database: Database, to: string) {
  return database.db.select().from(outgoingMessages).where(eq(outgoingMessages.recipient, to)).orderBy(desc(outgoingMessages.createdAt));
}

export function codeIn(text: string): string {
  const match = /\b(\d{6})\b/.exec(text);
  if (!match) throw new Error(`no code in: ${text}`);
  return match[1]!;
}

export function linkTokenIn(text: string): string {
  const match = /\/v\/([A-Za-z0-9_-]+)/.exec(text);
  if (!match) throw new Error(`no link in: ${text}`);
  return match[1]!;
}
