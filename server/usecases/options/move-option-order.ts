// Staff move an option order through its statuses (Mottagen → Godkänd → Planerad with a date → Utförd →
// Avslutad, or Nekad with a reason), and its case's status follows (decision 0017). At Utförd the
// order's monthly surcharges become rent rows on the lease from its next billing period whose avi is not
// issued, and its one-off fees one invoice with its own OCR. Everything, with the case's history, the audit
// events and the tenant's e-mail, commits together; two staff at once move it one after the other (the
// order is locked and must still have the status the form showed).
import type { Tx } from '../../db/tx.ts';
import { AppError } from '../../errors.ts';
import { waitsForLandlord } from '../../domain/cases.ts';
import { isIsoDate } from '../../domain/billing/calendar.ts';
import { swedishDate } from '../../domain/dates.ts';
import { leaseVatRate } from '../../domain/leases.ts';
import type { RentalObjectType } from '../../domain/billing/vat.ts';
import { caseStatusFor, mayMove, type OptionOrderStatus } from '../../domain/options/status.ts';
import { surchargeStart } from '../../domain/options/next-period.ts';
import { recordAudit } from '../../repositories/audit.ts';
import { caseContacts, findCase, insertStatusChange, updateCase, type CaseRow } from '../../repositories/cases.ts';
import { findLandlord } from '../../repositories/landlord.ts';
import { insertRentRows } from '../../repositories/registers.ts';
import { findOrder, invoicedPeriodStarts, leaseOfObject, lockOrder, setLineRentRow, updateOrder, type OptionOrderBundle } from '../../repositories/option-orders.ts';
import type { StaffScope } from '../../policies/tenant.ts';
import { optionOrderStatusEmail } from '../../messaging/option-messages.ts';
import { queueMessages } from '../messages/queue-messages.ts';
import { bookOneOffInvoice, checkOneOffInvoice, type BillingDeps } from '../billing/issue-invoice.ts';

export interface MoveInput {
  orderId: string;
  /** The status the form showed: a move from another is refused (someone else moved it). */
  from: OptionOrderStatus;
  to: OptionOrderStatus;
  plannedDate?: string | null;
  reason?: string | null;
  ip: string;
}

const words: Record<OptionOrderStatus, string> = { received: 'Mottagen', approved: 'Godkänd', planned: 'Planerad', done: 'Utförd', closed: 'Avslutad', rejected: 'Nekad' };

export async function moveOptionOrder(deps: BillingDeps, scope: StaffScope, input: MoveInput) {
  const found = await findOrder(deps.db, input.orderId);
  if (!found) throw new AppError('NOT_FOUND');
  const caseRow = await findCase(deps.db, scope, found.order.caseId);
  if (!caseRow) throw new AppError('NOT_FOUND');
  const refuseMove = (from: OptionOrderStatus) => new AppError('OPTION_STATUS_MOVE', { from: words[from], to: words[input.to] }, { details: { field: 'status', current: from } });
  if (found.order.status !== input.from || !mayMove(input.from, input.to)) throw refuseMove(found.order.status);
  const plannedDate = input.to === 'planned' ? (input.plannedDate ?? '').trim() : null;
  if (input.to === 'planned' && !isIsoDate(plannedDate ?? '')) throw new AppError('OPTION_PLANNED_DATE_MISSING', {}, { details: { field: 'plannedDate' } });
  const reason = input.to === 'rejected' ? (input.reason ?? '').trim() : null;
  if (input.to === 'rejected' && !reason) throw new AppError('OPTION_REJECTION_REASON_MISSING', {}, { details: { field: 'reason' } });

  const now = deps.clock.now();
  const today = swedishDate(now);
  const done = input.to === 'done' ? await prepareDone(deps, found, today) : null;
  const sender = (await findLandlord(deps.db))?.name ?? '';

  await deps.db.transaction(async (tx) => {
    const locked = await lockOrder(tx, found.order.id);
    if (!locked || locked.status !== input.from) throw refuseMove(locked?.status ?? input.from);
    await updateOrder(tx, found.order.id, {
      status: input.to, updatedAt: now, handledByStaffId: scope.staffUserId,
      ...(input.to === 'planned' ? { plannedDate } : {}), ...(input.to === 'rejected' ? { rejectionReason: reason } : {}),
      ...(input.to === 'done' ? { doneAt: now } : {}),
    });
    if (done) await bookDone(tx, deps, found, done, { staffId: scope.staffUserId, ip: input.ip, now });
    const caseStatus = caseStatusFor(input.to);
    if (caseStatus !== caseRow.status) {
      await updateCase(tx, caseRow.id, {
        status: caseStatus, closedAt: caseStatus === 'closed' ? now : null,
        waitingSince: waitsForLandlord(caseStatus) ? (caseRow.waitingSince ?? now) : null,
      }, now);
      await insertStatusChange(tx, { caseId: caseRow.id, status: caseStatus, staffUserId: scope.staffUserId, at: now });
    }
    await recordAudit(tx, {
      at: now, actorKind: 'staff', actorId: scope.staffUserId, action: 'option_order.status_changed', subjectKind: 'case', subjectId: caseRow.id, ip: input.ip,
      details: { number: caseRow.number, from: input.from, to: input.to, plannedDate, reason },
    });
    if (input.to !== 'received') await tellTenant(deps, tx, caseRow, { status: input.to, plannedDate, reason, sender, now });
  });
  return (await findOrder(deps.db, found.order.id))!;
}

/** What Utförd books, decided before the transaction: the lease, the surcharge's first day, the fee invoice checked. */
async function prepareDone(deps: BillingDeps, found: OptionOrderBundle, today: string) {
  const surcharges = found.lines.filter((l) => l.monthlyOre !== null);
  const fees = found.lines.filter((l) => l.feeOre !== null);
  const lease = await leaseOfObject(deps.db, found.order.rentalObjectId, found.order.customerId, today);
  if (!lease && surcharges.length > 0) throw new AppError('OPTION_NO_LEASE');
  const validFrom = lease ? surchargeStart(lease.billingPeriod, today, await invoicedPeriodStarts(deps.db, lease.id)) : null;
  const invoice = fees.length > 0 ? await checkOneOffInvoice(deps, {
    customerId: found.order.customerId, leaseId: lease?.id ?? null, text: `Tillval, ärende ${found.caseNumber}`,
    rows: fees.map((l) => ({ description: `${l.name} (${l.spaceName})`, quantity: l.quantity, netOre: l.feeOre!, vatRatePercent: l.feeVatRatePercent as 0 | 25 })),
  }) : null;
  return { lease, validFrom, surcharges, invoice };
}

async function bookDone(tx: Tx, deps: BillingDeps, found: OptionOrderBundle, done: Awaited<ReturnType<typeof prepareDone>>, by: { staffId: string; ip: string; now: Date }) {
  const { lease } = done;
  if (lease && done.surcharges.length > 0) {
    // A rent row's VAT is the lease's (housing never 25 %), as every rent row's is.
    const vatRatePercent = leaseVatRate(lease.objectTypes as RentalObjectType[], lease.voluntaryVat);
    const rows = await insertRentRows(tx, done.surcharges.map((l) => ({
      leaseId: lease.id, kind: 'service' as const, description: `Tillval: ${l.name}${l.unit === 'piece' ? ` (${l.quantity} st)` : ''}`,
      amountOre: l.monthlyOre! * l.quantity, per: 'month' as const, vatRatePercent, validFrom: done.validFrom, validTo: null,
    })));
    for (const [i, row] of rows.entries()) {
      await setLineRentRow(tx, done.surcharges[i]!.id, row.id);
      await recordAudit(tx, {
        at: by.now, actorKind: 'staff', actorId: by.staffId, action: 'rent_row.added', subjectKind: 'lease', subjectId: lease.id, ip: by.ip,
        details: { number: lease.number, rentRowId: row.id, optionOrderId: found.order.id, row: { description: row.description, amountOre: row.amountOre, per: row.per, validFrom: row.validFrom } },
      });
    }
  }
  if (done.invoice) {
    const issued = await bookOneOffInvoice(tx, deps, done.invoice, { staffId: by.staffId, ip: by.ip });
    await updateOrder(tx, found.order.id, { feeInvoiceId: issued.id });
  }
}

async function tellTenant(deps: BillingDeps, tx: Tx, caseRow: CaseRow, m: { status: Exclude<OptionOrderStatus, 'received'>; plannedDate: string | null; reason: string | null; sender: string; now: Date }) {
  const { creator, customer } = await caseContacts(tx, caseRow);
  const to = (creator?.status === 'active' ? creator.email : null) ?? customer?.email;
  if (!to) return;
  await queueMessages(tx, deps.jobs, [optionOrderStatusEmail({
    lang: creator?.language === 'en' ? 'en' : 'sv', to, number: caseRow.number, status: m.status, plannedDate: m.plannedDate, reason: m.reason,
    link: `${deps.config.publicUrl}/arenden/${caseRow.id}`, sender: m.sender,
  })], m.now);
}
