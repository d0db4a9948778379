// Delivers one outbox message through its channel's transport. A failure is recorded and thrown so
// that the job queue retries with backoff; the last failure marks the message failed.
import type { Db } from '../../db/client.ts';
import { claimMessage, markMessage } from '../../repositories/messages.ts';
import { PermanentDeliveryError, type Transports } from '../../messaging/transport.ts';

export async function deliverMessage(
  deps: { db: Db; transports: Transports },
  messageId: string,
  attempt: { retryCount: number; retryLimit: number },
): Promise<void> {
  const message = await claimMessage(deps.db, messageId);
  if (!message) return; // already sent or given up: a duplicate job does nothing

  const transport = message.channel === 'email' ? deps.transports.email : deps.transports.sms;
  if (!transport) {
    if (deps.transports.devMailbox) {
      await markMessage(deps.db, message.id, { status: 'sent', transport: 'dev', lastError: null });
    } else {
      await markMessage(deps.db, message.id, { status: 'failed', lastError: `no ${message.channel} transport is configured` });
    }
    return;
  }

  try {
    const result =
      message.channel === 'email'
        ? await deps.transports.email!.send({ to: message.recipient, subject: message.subject ?? '', text: message.text, html: message.html })
        : await deps.transports.sms!.send({ to: message.recipient, text: message.text });
    await markMessage(deps.db, message.id, { status: 'sent', transport: transport.name, providerId: result.providerId, lastError: null });
  } catch (error) {
    const permanent = error instanceof PermanentDeliveryError;
    const lastAttempt = permanent || attempt.retryCount >= attempt.retryLimit;
    await markMessage(deps.db, message.id, {
      status: lastAttempt ? 'failed' : 'retrying',
      transport: transport.name,
      lastError: (error as Error).message.slice(0, 500),
    });
    if (!lastAttempt) throw error;
  }
}
