// Staff enter a lease: a customer, one or more rental objects free over its days, its dates, notice
// and billing period, how it was signed, and its first rent rows. The number is the register's next;
// the lease, its objects, its rows and the audit event are written in one transaction, under the
// register's lock so that no other lease takes the same object for the same days meanwhile.
import { swedishDate } from '../../domain/dates.ts';
import { rentDate } from '../../domain/leases.ts';
import { findCustomer } from '../../repositories/customers.ts';
import { findRentalObjects, insertLease, insertRentRows, lockRegister, nextLeaseNumber } from '../../repositories/registers.ts';
import { recordAudit } from '../../repositories/audit.ts';
import { newRentRow, type RentRowFields, type RentRowKind, type RentRowValues } from './rent-row-input.ts';
import { refuseField, refuseLetObjects, type Actor, type RegisterDeps } from './register-deps.ts';

export interface NewLease {
  customerId: string;
  rentalObjectIds: string[];
  startDate: string;
  endDate?: string | null;
  noticePeriodMonths: number;
  billingPeriod: 'monthly' | 'quarterly';
  signing: 'digital' | 'manual';
  voluntaryVat?: boolean;
  rentRows: (RentRowFields & { kind: RentRowKind })[];
}

export async function createLease(deps: RegisterDeps, actor: Actor, input: NewLease): Promise<{ id: string; number: string }> {
  const found = await findCustomer(deps.db, input.customerId);
  if (!found) refuseField('NOT_FOUND', 'customerId');
  const objectIds = [...new Set(input.rentalObjectIds)];
  if (objectIds.length === 0) refuseField('OBJECTS_MISSING', 'rentalObjectIds');
  const objects = await findRentalObjects(deps.db, objectIds);
  if (objects.length !== objectIds.length) refuseField('NOT_FOUND', 'rentalObjectIds');
  const endDate = input.endDate ?? null;
  if (endDate !== null && endDate < input.startDate) refuseField('END_BEFORE_START', 'endDate');
  const voluntaryVat = input.voluntaryVat ?? false;
  const now = deps.clock.now();
  const today = swedishDate(now);
  const objectTypes = objects.map((o) => o.type);

  // The other rows first: an index row in the same request is computed from the base rent among them.
  const rows: RentRowValues[] = new Array<RentRowValues>(input.rentRows.length);
  const baseRows: RentRowValues[] = [];
  const context = (i: number) => ({
    field: (name: string) => `rentRows.${i}.${name}`, objectTypes, baseRows, rentDate: rentDate({ startDate: input.startDate, endDate }, today),
  });
  input.rentRows.forEach((row, i) => {
    if (row.kind === 'index') return;
    rows[i] = newRentRow(row.kind, row, context(i));
    baseRows.push(rows[i]);
  });
  input.rentRows.forEach((row, i) => {
    if (row.kind === 'index') rows[i] = newRentRow(row.kind, row, context(i));
  });

  return deps.db.transaction(async (tx) => {
    await lockRegister(tx);
    await refuseLetObjects(tx, objectIds, { startDate: input.startDate, endDate }, 'rentalObjectIds');
    const number = await nextLeaseNumber(tx);
    const lease = await insertLease(tx, {
      number, customerId: found.customer.id, startDate: input.startDate, endDate, noticePeriodMonths: input.noticePeriodMonths,
      billingPeriod: input.billingPeriod, signing: input.signing, voluntaryVat,
    }, objectIds);
    const stored = await insertRentRows(tx, rows.map((row) => ({ ...row, leaseId: lease.id })));
    await recordAudit(tx, {
      at: now, actorKind: 'staff', actorId: actor.staffId, action: 'lease.created', subjectKind: 'lease', subjectId: lease.id, ip: actor.ip,
      details: {
        number, customerId: found.customer.id, customer: found.customer.name, rentalObjects: objects.map((o) => o.number).sort(),
        startDate: input.startDate, endDate, noticePeriodMonths: input.noticePeriodMonths, billingPeriod: input.billingPeriod,
        signing: input.signing, voluntaryVat,
        rentRows: stored.map(({ leaseId: _leaseId, ...row }) => row),
      },
    });
    return { id: lease.id, number };
  });
}
