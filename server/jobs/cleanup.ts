// The shape every clean-up job shares: no payload, every five minutes, no retry (the next run retries).
import { Type } from '@sinclair/typebox';
import type { JobDefinition } from './queue.ts';

export const NoPayload = Type.Object({});

export function cleanupJob(name: string, run: () => Promise<unknown>): JobDefinition<typeof NoPayload> {
  return {
    name,
    payload: NoPayload,
    queue: { retryLimit: 0, retryDelay: 0, retryBackoff: false, expireInSeconds: 300 },
    cron: '*/5 * * * *',
    scheduledOnly: true,
    handler: async () => { await run(); },
  };
}
