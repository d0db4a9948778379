// What the registers' use cases need (leases, properties, rental objects, customers), and the refusals they share.
import type { Db } from '../../db/client.ts';
import type { Clock } from '../../clock.ts';
import type { Tx } from '../../db/tx.ts';
import { AppError, type ErrorCode } from '../../errors.ts';
import { overlappingLeases } from '../../repositories/registers.ts';

export interface RegisterDeps {
  db: Db;
  clock: Clock;
}

/** Who changes the register, for the audit event. */
export interface Actor {
  staffId: string;
  ip: string;
}

/** Refuses a request in words that name its field (`details.field` lets the form mark it). */
export function refuseField(code: ErrorCode, field: string, params: Record<string, string | number> = {}): never {
  throw new AppError(code, { field, ...params }, { details: { field } });
}

/** Refuses, in words, objects already let over some of these days on another lease (inside the register's lock). */
export async function refuseLetObjects(tx: Tx, objectIds: string[], period: { startDate: string; endDate: string | null }, field: string, exceptLeaseId?: string) {
  const [clash] = await overlappingLeases(tx, objectIds, period, exceptLeaseId);
  if (clash) {
    throw new AppError('OBJECT_ALREADY_LET', { object: clash.objectNumber, lease: clash.leaseNumber, from: clash.startDate, to: clash.endDate ?? '', field }, { details: { field } });
  }
}
