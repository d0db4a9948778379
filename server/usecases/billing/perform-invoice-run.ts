// The invoice run's job: the period's leases in batches, each batch one transaction with its avier
// (numbers, OCR, rows), the tenants' e-mails ("Ny avi i Mina sidor"), an audit event per invoice and
// the run's progress. A run killed half way has committed whole batches only; run again (the job's
// retry) it finds those leases invoiced and goes on: no gap in the numbers, no duplicate.
import type { Db } from '../../db/client.ts';
import type { Tx } from '../../db/tx.ts';
import type { Clock } from '../../clock.ts';
import type { Config } from '../../config.ts';
import type { Jobs } from '../../jobs/queue.ts';
import { swedishDate } from '../../domain/dates.ts';
import { periodTitle, periodsOfLeaseIn, type ParsedPeriod } from '../../domain/billing/index.ts';
import { findInvoiceRun, leasesAround, updateInvoiceRun, addRunProgress, verifiedTenantEmails, type RunLease } from '../../repositories/invoice-runs.ts';
import { findLandlord } from '../../repositories/landlord.ts';
import { recordAudit } from '../../repositories/audit.ts';
import { newInvoiceEmail, periodHeading } from '../../messaging/invoice-messages.ts';
import type { NewMessage } from '../../repositories/messages.ts';
import { queueMessages } from '../messages/queue-messages.ts';
import { issueRentInvoices, type IssuedInvoice } from './issue-invoices.ts';
import { endedSince, runPeriod } from './run-plan.ts';

export interface InvoiceRunDeps { db: Db; jobs: Jobs; config: Config; clock: Clock }

export const INVOICE_RUN_BATCH = 500;

export interface PerformOptions {
  batchSize?: number;
  /** Called inside each batch's transaction after its writes (tests: a throw here is a crash mid-batch). */
  afterBatch?: (index: number, tx: Tx) => Promise<void> | void;
}

/** The leases that may get an avi in the run: current in the period, and billed in it. In a stable order. */
function leasesOfRun(all: RunLease[], run: ParsedPeriod): RunLease[] {
  return all.filter((l) => l.startDate <= run.end && (l.endDate === null || l.endDate >= run.start) && periodsOfLeaseIn(l.billingPeriod, run.key).length > 0);
}

export async function performInvoiceRun(deps: InvoiceRunDeps, runId: string, options: PerformOptions = {}): Promise<void> {
  const found = await findInvoiceRun(deps.db, runId);
  if (!found || found.run.status === 'done') return;
  const { run: row } = found;
  const run = runPeriod(row.periodKey);
  const startedAt = deps.clock.now();
  await updateInvoiceRun(deps.db, runId, { status: 'running', startedAt: row.startedAt ?? startedAt, error: null });

  const issueDate = swedishDate(startedAt);
  const sender = (await findLandlord(deps.db))?.name ?? '';
  const leases = leasesOfRun(await leasesAround(deps.db, endedSince(run)), run);
  const size = options.batchSize ?? INVOICE_RUN_BATCH;
  for (let start = 0, index = 0; start < leases.length; start += size, index++) {
    const batch = leases.slice(start, start + size);
    await deps.db.transaction(async (tx) => {
      const now = deps.clock.now();
      const { plan, issued } = await issueRentInvoices(tx, { run, leases: batch, issueDate, by: { now, staffId: row.createdBy, runId, ip: null } });
      await queueMessages(tx, deps.jobs, await tenantEmails(tx, deps.config, issued, sender), now);
      await addRunProgress(tx, runId, { leases: plan.leaseIds.length, invoices: issued.length, totalOre: issued.reduce((s, i) => s + i.totals.totalOre, 0) });
      await options.afterBatch?.(index, tx);
    });
  }

  const finishedAt = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    await updateInvoiceRun(tx, runId, { status: 'done', finishedAt, error: null });
    const done = await findInvoiceRun(tx, runId);
    await recordAudit(tx, {
      at: finishedAt, actorKind: row.createdBy ? 'staff' : 'system', actorId: row.createdBy, action: 'invoice_run.finished', subjectKind: 'invoice_run', subjectId: runId, ip: null,
      details: { period: run.key, invoices: done?.run.invoiceCount ?? 0, totalOre: done?.run.totalOre ?? 0, leases: done?.run.leasesDone ?? 0 },
    });
  });
}

/** A failed attempt: its reason on the run; on the last attempt the run has failed. */
export async function recordInvoiceRunFailure(deps: InvoiceRunDeps, runId: string, error: unknown, final: boolean): Promise<void> {
  const message = String((error as Error)?.message ?? error).slice(0, 500);
  const now = deps.clock.now();
  if (!final) {
    await updateInvoiceRun(deps.db, runId, { error: message });
    return;
  }
  await deps.db.transaction(async (tx) => {
    await updateInvoiceRun(tx, runId, { status: 'failed', error: message, finishedAt: now });
    await recordAudit(tx, { at: now, actorKind: 'system', actorId: null, action: 'invoice_run.failed', subjectKind: 'invoice_run', subjectId: runId, ip: null, details: { error: message } });
  });
}

/** One e-mail per tenant user with a verified address and per customer in the batch, in the user's language. */
async function tenantEmails(tx: Tx, config: Config, issued: IssuedInvoice[], sender: string): Promise<NewMessage[]> {
  const byCustomer = new Map<string, IssuedInvoice[]>();
  for (const i of issued) byCustomer.set(i.draft.customerId, [...(byCustomer.get(i.draft.customerId) ?? []), i]);
  const users = await verifiedTenantEmails(tx, [...byCustomer.keys()]);
  return users.map((u) => {
    const lang = u.language === 'en' ? 'en' : 'sv';
    const mine = byCustomer.get(u.customerId)!;
    const link = mine.length === 1 ? `${config.publicUrl}/avier/${mine[0]!.id}` : `${config.publicUrl}/avier`;
    return {
      ...newInvoiceEmail({
        lang, to: u.email!, link, sender,
        invoices: mine.map((i) => {
          const title = i.draft.periodKey ? periodTitle(i.draft.periodKey) : null;
          return { heading: title ? periodHeading(title, lang) : (i.draft.text ?? String(i.number)), totalOre: i.totals.totalOre, dueDate: i.draft.dueDate };
        }),
      }),
      customerId: u.customerId,
    };
  });
}
