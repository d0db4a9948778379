// Staff change a lease's terms: its dates (an end before the start is refused, and so are dates that
// would let an object twice), notice period, billing period, signing and voluntary VAT. One audit
// event records each change with the values before and after; a request that changes nothing writes
// nothing.
import { AppError } from '../../errors.ts';
import { findStaffLease, lockRegister, updateLease } from '../../repositories/registers.ts';
import { recordAudit } from '../../repositories/audit.ts';
import { differences } from '../../domain/registers.ts';
import { refuseField, refuseLetObjects, type Actor, type RegisterDeps } from './register-deps.ts';

export interface LeaseChanges {
  startDate?: string;
  endDate?: string | null;
  noticePeriodMonths?: number;
  billingPeriod?: 'monthly' | 'quarterly';
  signing?: 'digital' | 'manual';
  voluntaryVat?: boolean;
}

export async function changeLease(deps: RegisterDeps, actor: Actor, leaseId: string, input: LeaseChanges): Promise<void> {
  const bundle = await findStaffLease(deps.db, leaseId);
  if (!bundle) throw new AppError('NOT_FOUND');
  const { lease } = bundle;
  const before = {
    startDate: lease.startDate, endDate: lease.endDate, noticePeriodMonths: lease.noticePeriodMonths,
    billingPeriod: lease.billingPeriod, signing: lease.signing, voluntaryVat: lease.voluntaryVat,
  };
  const after = {
    startDate: input.startDate ?? before.startDate,
    endDate: input.endDate === undefined ? before.endDate : input.endDate,
    noticePeriodMonths: input.noticePeriodMonths ?? before.noticePeriodMonths,
    billingPeriod: input.billingPeriod ?? before.billingPeriod,
    signing: input.signing ?? before.signing,
    voluntaryVat: input.voluntaryVat ?? before.voluntaryVat,
  };
  if (after.endDate !== null && after.endDate < after.startDate) refuseField('END_BEFORE_START', input.endDate === undefined ? 'startDate' : 'endDate');
  const changed = differences(before, after);
  if (!changed) return;
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    await lockRegister(tx);
    if (after.startDate < before.startDate || (after.endDate ?? '9999-12-31') > (before.endDate ?? '9999-12-31')) {
      await refuseLetObjects(tx, bundle.objects.map((o) => o.id), after, input.startDate !== undefined && after.startDate < before.startDate ? 'startDate' : 'endDate', lease.id);
    }
    await updateLease(tx, lease.id, changed.after);
    await recordAudit(tx, {
      at: now, actorKind: 'staff', actorId: actor.staffId, action: 'lease.changed', subjectKind: 'lease', subjectId: lease.id, ip: actor.ip,
      details: { number: lease.number, ...changed },
    });
  });
}
