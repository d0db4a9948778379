// Staff add a rent row to a lease: a kind, what it is for, an amount a year or a month (öre), a VAT
// rate and its validity; an index row instead takes the base and current KPI and its yearly amount is
// computed from the base rent (DOMAIN-SE.md §7.1). The row and its audit event commit together.
import { AppError } from '../../errors.ts';
import { swedishDate } from '../../domain/dates.ts';
import { rentDate } from '../../domain/leases.ts';
import { findStaffLease, insertRentRows } from '../../repositories/registers.ts';
import { recordAudit } from '../../repositories/audit.ts';
import { newRentRow, type RentRowFields, type RentRowKind } from './rent-row-input.ts';
import type { Actor, RegisterDeps } from './register-deps.ts';

export async function addRentRow(deps: RegisterDeps, actor: Actor, leaseId: string, input: RentRowFields & { kind: RentRowKind }): Promise<string> {
  const bundle = await findStaffLease(deps.db, leaseId);
  if (!bundle) throw new AppError('NOT_FOUND');
  const now = deps.clock.now();
  const values = newRentRow(input.kind, input, {
    field: (name) => name,
    objectTypes: bundle.objects.map((o) => o.type),
    baseRows: bundle.rentRows,
    rentDate: rentDate(bundle.lease, swedishDate(now)),
  });
  return deps.db.transaction(async (tx) => {
    const [row] = await insertRentRows(tx, [{ ...values, leaseId: bundle.lease.id }]);
    await recordAudit(tx, {
      at: now, actorKind: 'staff', actorId: actor.staffId, action: 'rent_row.added', subjectKind: 'lease', subjectId: bundle.lease.id, ip: actor.ip,
      details: { number: bundle.lease.number, rentRowId: row!.id, row: values },
    });
    return row!.id;
  });
}
