// Puts e-mail and SMS in the outbox. The row is written first (so nothing is lost if the process
// stops), then a job is created to deliver it; the maintenance job picks up rows that lost their job.
import type { Db } from '../../db/client.ts';
import type { Jobs } from '../../jobs/queue.ts';
import { insertMessages, setMessageJobs, type NewMessage } from '../../repositories/messages.ts';
import { normalizeSmsText } from '../../domain/sms.ts';

export const SEND_MESSAGE_JOB = 'send-message';

export async function queueMessages(deps: { db: Db; jobs: Jobs }, messages: NewMessage[]): Promise<string[]> {
  const normalized = messages.map((m) => (m.channel === 'sms' ? { ...m, text: normalizeSmsText(m.text) } : m));
  const ids = (await insertMessages(deps.db, normalized)).map((r) => r.id);
  await enqueueDelivery(deps, ids);
  return ids;
}

/** One job per message, created in bulk; the job's id is the message's, so the row records it in one update. */
export async function enqueueDelivery(deps: { db: Db; jobs: Jobs }, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await deps.jobs.sendMany(SEND_MESSAGE_JOB, ids.map((id) => ({ id, data: { messageId: id } })));
  await setMessageJobs(deps.db, ids);
}
