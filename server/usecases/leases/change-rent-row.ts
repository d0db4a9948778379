// Staff change a rent row, most often to end it (valid to). Rent rows are the lease's terms, not
// bookings: an issued avi keeps its own rows, so a row may be changed; the audit event keeps the
// values before and after. An index row's amount follows its KPI values. Nothing changed, nothing written.
import { AppError } from '../../errors.ts';
import { swedishDate } from '../../domain/dates.ts';
import { rentDate } from '../../domain/leases.ts';
import { findStaffLease, updateRentRow } from '../../repositories/registers.ts';
import { recordAudit } from '../../repositories/audit.ts';
import { differences } from '../../domain/registers.ts';
import { changedRentRow, type RentRowFields } from './rent-row-input.ts';
import type { Actor, RegisterDeps } from './register-deps.ts';

export async function changeRentRow(deps: RegisterDeps, actor: Actor, leaseId: string, rentRowId: string, input: RentRowFields): Promise<void> {
  const bundle = await findStaffLease(deps.db, leaseId);
  const row = bundle?.rentRows.find((r) => r.id === rentRowId);
  if (!bundle || !row) throw new AppError('NOT_FOUND');
  const now = deps.clock.now();
  const after = changedRentRow(row, input, {
    field: (name) => name,
    objectTypes: bundle.objects.map((o) => o.type),
    baseRows: bundle.rentRows.filter((r) => r.id !== row.id),
    rentDate: rentDate(bundle.lease, swedishDate(now)),
  });
  const { id: _id, leaseId: _leaseId, ...before } = row;
  const changed = differences(before, after);
  if (!changed) return;
  await deps.db.transaction(async (tx) => {
    await updateRentRow(tx, row.id, changed.after);
    await recordAudit(tx, {
      at: now, actorKind: 'staff', actorId: actor.staffId, action: 'rent_row.changed', subjectKind: 'lease', subjectId: bundle.lease.id, ip: actor.ip,
      details: { number: bundle.lease.number, rentRowId: row.id, kind: row.kind, ...changed },
    });
  });
}
