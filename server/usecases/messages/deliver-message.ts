// Delivers one outbox message through its channel's transport, and records the result the moment it
// is known (a 250 from the SMTP server is marked sent before anything else happens). A failure is
// logged as a warning, recorded and thrown so that the job queue retries with backoff; the last
// failure marks the message failed.
import type { Logger } from 'pino';
import type { Db } from '../../db/client.ts';
import type { Clock } from '../../clock.ts';
import { claimMessage, markMessage } from '../../repositories/messages.ts';
import { PermanentDeliveryError, type Transports } from '../../messaging/transport.ts';
import { SEND_TIMEOUT_MS } from '../../domain/delivery.ts';


export class MessageBusyError extends Error {}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout;
  const timeout = new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error(`no answer within ${ms / 1000} s`)), ms); });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

export async function deliverMessage(
  deps: { db: Db; transports: Transports; clock: Clock; logger: Logger },
  messageId: string,
  attempt: { retryCount: number; retryLimit: number },
): Promise<void> {
  const message = await claimMessage(deps.db, messageId, deps.clock.now());
  if (message === 'done') return; // already sent or given up: a duplicate job does nothing
  // Another attempt holds it (a job given back while its first run still works): try again later.
  if (message === 'busy') throw new MessageBusyError(`message ${messageId} is being sent by another attempt`);

  const transport = message.channel === 'email' ? deps.transports.email : deps.transports.sms;
  if (!transport) {
    if (deps.transports.devMailbox) {
      await markMessage(deps.db, message.id, { status: 'sent', transport: 'dev', lastError: null }, deps.clock.now());
    } else {
      deps.logger.warn({ messageId: message.id, channel: message.channel }, 'no transport is configured for this channel: message failed');
      await markMessage(deps.db, message.id, { status: 'failed', lastError: `no ${message.channel} transport is configured` }, deps.clock.now());
    }
    return;
  }

  try {
    const sending =
      message.channel === 'email'
        ? deps.transports.email!.send({ to: message.recipient, subject: message.subject ?? '', text: message.text, html: message.html })
        : deps.transports.sms!.send({ to: message.recipient, text: message.text });
    const result = await withTimeout(sending, SEND_TIMEOUT_MS);
    await markMessage(deps.db, message.id, { status: 'sent', transport: transport.name, providerId: result.providerId, lastError: null }, deps.clock.now());
  } catch (error) {
    const permanent = error instanceof PermanentDeliveryError;
    const lastAttempt = permanent || attempt.retryCount >= attempt.retryLimit;
    const reason = (error as Error).message.slice(0, 500);
    deps.logger.warn(
      { messageId: message.id, channel: message.channel, transport: transport.name, attempt: attempt.retryCount + 1, reason, willRetry: !lastAttempt },
      'delivery attempt failed',
    );
    await markMessage(deps.db, message.id, { status: lastAttempt ? 'failed' : 'retrying', transport: transport.name, lastError: reason }, deps.clock.now());
    if (!lastAttempt) throw error;
  }
}
