// Puts e-mail and SMS in the outbox inside the caller's transaction: the rows and their delivery jobs
// (pg-boss rows in the same database) commit with the change they tell about, or not at all.
import { randomUUID } from 'node:crypto';
import type { Tx } from '../../db/tx.ts';
import type { Jobs } from '../../jobs/queue.ts';
import { insertMessages, type NewMessage } from '../../repositories/messages.ts';
import { normalizeSmsText } from '../../domain/sms.ts';
import { SEND_MESSAGE_JOB } from '../../jobs/send-message.ts';

export async function queueMessages(tx: Tx, jobs: Jobs, messages: NewMessage[], now: Date): Promise<string[]> {
  if (messages.length === 0) return [];
  // The job's id is the message's, so the row records its job without a second statement.
  const rows = messages.map((m) => {
    const id = randomUUID();
    return { ...m, id, jobId: id, text: m.channel === 'sms' ? normalizeSmsText(m.text) : m.text, createdAt: now, updatedAt: now };
  });
  await insertMessages(tx, rows);
  await jobs.sendMany(SEND_MESSAGE_JOB, rows.map((r) => ({ id: r.id, data: { messageId: r.id } })), tx);
  return rows.map((r) => r.id);
}
