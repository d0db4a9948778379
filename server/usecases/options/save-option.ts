// Staff add an option to the catalogue or change one (retiring it keeps it for the orders that name it).
// A change a cart must see again bumps its version, so a cart holding it is checked again at submit.
// Each write is one transaction with its audit event.
import type { Db } from '../../db/client.ts';
import type { Clock } from '../../clock.ts';
import { AppError } from '../../errors.ts';
import { recordAudit } from '../../repositories/audit.ts';
import { insertOption, lockOption, updateOption } from '../../repositories/option-catalogue.ts';
import { changesWhatCartsSaw, checkOptionFields, type OptionFields } from './option-input.ts';

export interface CatalogueActor { staffId: string; ip: string }

export async function createOption(deps: { db: Db; clock: Clock }, actor: CatalogueActor, input: OptionFields) {
  const values = await checkOptionFields(deps.db, input);
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const row = await insertOption(tx, { ...values, createdAt: now, updatedAt: now });
    await recordAudit(tx, { at: now, actorKind: 'staff', actorId: actor.staffId, action: 'option.created', subjectKind: 'option', subjectId: row.id, ip: actor.ip, details: { after: values } });
    return row;
  });
}

export async function changeOption(deps: { db: Db; clock: Clock }, actor: CatalogueActor, id: string, input: OptionFields & { retired: boolean }) {
  const values = await checkOptionFields(deps.db, input);
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    const before = await lockOption(tx, id);
    if (!before) throw new AppError('NOT_FOUND');
    const retiredAt = input.retired ? (before.retiredAt ?? now) : null;
    const bump = changesWhatCartsSaw(before, values) || (retiredAt !== null) !== (before.retiredAt !== null);
    await updateOption(tx, id, { ...values, retiredAt, updatedAt: now }, bump);
    await recordAudit(tx, {
      at: now, actorKind: 'staff', actorId: actor.staffId, action: input.retired && !before.retiredAt ? 'option.retired' : 'option.changed', subjectKind: 'option', subjectId: id, ip: actor.ip,
      details: { before: { ...before, createdAt: undefined, updatedAt: undefined }, after: { ...values, retired: input.retired } },
    });
  });
}
