// Performs one invoice run (server/usecases/billing/perform-invoice-run.ts). A retry resumes the run
// where its committed batches end; the last failure marks the run failed.
import { Type } from '@sinclair/typebox';
import type { JobDefinition } from './queue.ts';
import type { JobDeps } from './deps.ts';
import { performInvoiceRun, recordInvoiceRunFailure } from '../usecases/billing/perform-invoice-run.ts';

export const PERFORM_INVOICE_RUN_JOB = 'perform-invoice-run';
const Payload = Type.Object({ runId: Type.String({ pattern: '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' }) });

export function performInvoiceRunJob(deps: JobDeps): JobDefinition<typeof Payload> {
  const runDeps = () => ({ db: deps.db, jobs: deps.jobs(), config: deps.config, clock: deps.clock });
  return {
    name: PERFORM_INVOICE_RUN_JOB,
    payload: Payload,
    // 20,000 leases take seconds; 15 minutes is a run that hangs. Retries 10 s, 20 s, 40 s …
    queue: { retryLimit: 5, retryDelay: 10, retryBackoff: true, expireInSeconds: 15 * 60 },
    handler: async (data, meta) => {
      try {
        await performInvoiceRun(runDeps(), data.runId);
      } catch (error) {
        await recordInvoiceRunFailure(runDeps(), data.runId, error, meta.retryCount >= meta.retryLimit);
        throw error;
      }
    },
  };
}
