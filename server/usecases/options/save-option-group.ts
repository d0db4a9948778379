// Staff add a group (åtgärdstypsgrupp, the tenant's category) or change its name, order or retire it. A
// retired group's options are not offered; orders keep naming them. One transaction with its audit event.
import type { Db } from '../../db/client.ts';
import type { Clock } from '../../clock.ts';
import { AppError } from '../../errors.ts';
import { recordAudit } from '../../repositories/audit.ts';
import { findGroup, insertGroup, updateGroup } from '../../repositories/option-catalogue.ts';
import type { CatalogueActor } from './save-option.ts';

export interface GroupFields { name: string; sortOrder: number }

function nameOf(name: string): string {
  const trimmed = name.trim();
  if (!trimmed) throw new AppError('VALIDATION', { keyword: 'required', field: 'name' }, { details: { field: 'name' } });
  return trimmed;
}

export async function createOptionGroup(deps: { db: Db; clock: Clock }, actor: CatalogueActor, input: GroupFields) {
  const name = nameOf(input.name);
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const row = await insertGroup(tx, { name, sortOrder: input.sortOrder, createdAt: now });
    await recordAudit(tx, { at: now, actorKind: 'staff', actorId: actor.staffId, action: 'option_group.created', subjectKind: 'option_group', subjectId: row.id, ip: actor.ip, details: { name, sortOrder: input.sortOrder } });
    return row;
  });
}

export async function changeOptionGroup(deps: { db: Db; clock: Clock }, actor: CatalogueActor, id: string, input: GroupFields & { retired: boolean }) {
  const name = nameOf(input.name);
  const before = await findGroup(deps.db, id);
  if (!before) throw new AppError('NOT_FOUND');
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    const retiredAt = input.retired ? (before.retiredAt ?? now) : null;
    await updateGroup(tx, id, { name, sortOrder: input.sortOrder, retiredAt });
    await recordAudit(tx, {
      at: now, actorKind: 'staff', actorId: actor.staffId, action: 'option_group.changed', subjectKind: 'option_group', subjectId: id, ip: actor.ip,
      details: { before: { name: before.name, sortOrder: before.sortOrder, retired: before.retiredAt !== null }, after: { name, sortOrder: input.sortOrder, retired: input.retired } },
    });
  });
}
