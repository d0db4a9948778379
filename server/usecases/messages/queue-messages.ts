// Puts e-mail and SMS in the outbox. The row is written first (so nothing is lost if the process
// stops), then a job is created to deliver it; the maintenance job picks up rows that lost their job.
import type { Db } from '../../db/client.ts';
import type { Jobs } from '../../jobs/queue.ts';
import { insertMessages, setMessageJob, type NewMessage } from '../../repositories/messages.ts';
import { normalizeSmsText } from '../../domain/sms.ts';

export const SEND_MESSAGE_JOB = 'send-message';

export async function queueMessages(deps: { db: Db; jobs: Jobs }, messages: NewMessage[]): Promise<string[]> {
  const normalized = messages.map((m) => (m.channel === 'sms' ? { ...m, text: normalizeSmsText(m.text) } : m));
  const ids = (await insertMessages(deps.db, normalized)).map((r) => r.id);
  await enqueueDelivery(deps, ids);
  return ids;
}

export async function enqueueDelivery(deps: { db: Db; jobs: Jobs }, ids: string[]): Promise<void> {
  for (const id of ids) {
    const jobId = await deps.jobs.send(SEND_MESSAGE_JOB, { messageId: id });
    if (jobId) await setMessageJob(deps.db, id, jobId);
  }
}
