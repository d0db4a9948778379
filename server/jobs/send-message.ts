// Delivers one outbox message (server/usecases/messages/deliver-message.ts).
//
// Timing, so that a killed worker's messages come back within about 30 s and a live worker's never
// go out twice (server/domain/delivery.ts): a send gives up after 15 s and its claim on the message lasts 20 s;
// the job expires 20 s after it started, pg-boss's maintenance (every 5 s) then gives it back, and the
// first retry waits 5-10 s. Nine retries with doubling delays end about 40 minutes after the first try.
import { Type } from '@sinclair/typebox';
import type { JobDefinition } from './queue.ts';
import type { JobDeps } from './deps.ts';
import { deliverMessage } from '../usecases/messages/deliver-message.ts';
import { releaseInterruptedSends } from '../repositories/messages.ts';
import { DELIVERY_JOB_EXPIRY_SECONDS, MESSAGES_IN_FLIGHT } from '../domain/delivery.ts';

export const SEND_MESSAGE_JOB = 'send-message';
// A pattern, not format: 'uuid': TypeBox's Value.Check knows no formats unless registered.
const Payload = Type.Object({ messageId: Type.String({ pattern: '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' }) });

export function sendMessageJob(deps: JobDeps): JobDefinition<typeof Payload> {
  return {
    name: SEND_MESSAGE_JOB,
    payload: Payload,
    queue: { retryLimit: 9, retryDelay: 5, retryBackoff: true, expireInSeconds: DELIVERY_JOB_EXPIRY_SECONDS },
    // Each worker sends its batch side by side: at most 2 x 20 messages are in flight at once, which
    // bounds what a crash can send twice; a full batch fetches the next at once.
    batchSize: MESSAGES_IN_FLIGHT / 2,
    workers: 2,
    takeOver: () => releaseInterruptedSends(deps.db),
    handler: (data, meta) => deliverMessage(deps, data.messageId, meta),
  };
}
