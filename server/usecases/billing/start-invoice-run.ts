// Starts an invoice run: refused when the period makes nothing (already run, or no rent to invoice);
// otherwise the run's row, its job and its audit event commit together, and the job does the work.
import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/client.ts';
import type { Clock } from '../../clock.ts';
import type { Jobs } from '../../jobs/queue.ts';
import { AppError } from '../../errors.ts';
import { activeRunsOf, insertInvoiceRun } from '../../repositories/invoice-runs.ts';
import { recordAudit } from '../../repositories/audit.ts';
import { PERFORM_INVOICE_RUN_JOB } from '../../jobs/perform-invoice-run.ts';
import { refuseEmptyRun, runPeriod } from './run-plan.ts';
import { planInvoiceRun } from './preview-invoice-run.ts';

export async function startInvoiceRun(deps: { db: Db; jobs: Jobs; clock: Clock }, input: { staffId: string; period: string; ip: string | null }): Promise<string> {
  const run = runPeriod(input.period);
  // Two runs of one period side by side would make nothing twice (the series lock and the unique
  // index see to that), but the second would only confuse: it waits for the first.
  if ((await activeRunsOf(deps.db, run.key)).length > 0) throw new AppError('RUN_IN_PROGRESS', { period: run.key });
  const plan = await planInvoiceRun(deps.db, run);
  refuseEmptyRun(run, plan);
  const id = randomUUID();
  const now = deps.clock.now();
  const totalOre = plan.invoices.reduce((sum, i) => sum + i.totals.totalOre, 0);
  await deps.db.transaction(async (tx) => {
    await insertInvoiceRun(tx, { id, periodKey: run.key, status: 'queued', leasesTotal: plan.leaseIds.length, skipped: plan.skipped, createdBy: input.staffId, createdAt: now });
    // The job's id is the run's: one job per run, and its retries resume it.
    await deps.jobs.sendMany(PERFORM_INVOICE_RUN_JOB, [{ id, data: { runId: id } }], tx);
    await recordAudit(tx, {
      at: now, actorKind: 'staff', actorId: input.staffId, action: 'invoice_run.started', subjectKind: 'invoice_run', subjectId: id, ip: input.ip,
      details: { period: run.key, leases: plan.leaseIds.length, invoices: plan.invoices.length, totalOre, skipped: plan.skipped.length },
    });
  });
  return id;
}
