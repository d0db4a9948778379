// What a run for a period would make, without making it: the avier (count, total) and the leases it
// skips, with the reason. The run itself plans each batch again, inside its transaction.
import type { Db } from '../../db/client.ts';
import type { ParsedPeriod } from '../../domain/billing/index.ts';
import { existingRentInvoices } from '../../repositories/invoices.ts';
import { leasesAround, rentRowsOf } from '../../repositories/invoice-runs.ts';
import { endedSince, periodKeysOf, planRun, runPeriod, type RunPlan } from './run-plan.ts';

export async function planInvoiceRun(db: Db, run: ParsedPeriod): Promise<RunPlan> {
  const leases = await leasesAround(db, endedSince(run));
  const ids = leases.map((l) => l.id);
  const existing = await existingRentInvoices(db, ids, periodKeysOf(run));
  const rentRows = await rentRowsOf(db, ids, run);
  return planRun(run, leases, rentRows, existing);
}

export async function previewInvoiceRun(deps: { db: Db }, periodKey: string) {
  const run = runPeriod(periodKey);
  const plan = await planInvoiceRun(deps.db, run);
  return { run, plan };
}
