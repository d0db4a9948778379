// Staff change a space's kind or name. The audit event keeps before and after; nothing changed,
// nothing written.
import { AppError } from '../../errors.ts';
import { differences } from '../../domain/registers.ts';
import { findSpace, updateSpace } from '../../repositories/property-register.ts';
import type { SpaceKind } from './add-space.ts';
import { requiredText, writeRegister, type Actor, type RegisterDeps } from './register-input.ts';

export async function changeSpace(deps: RegisterDeps, actor: Actor, spaceId: string, input: { kind?: SpaceKind; name?: string }): Promise<{ rentalObjectId: string }> {
  const space = await findSpace(deps.db, spaceId);
  if (!space) throw new AppError('NOT_FOUND');
  const before = { kind: space.kind, name: space.name };
  const after = { kind: input.kind ?? before.kind, name: input.name === undefined ? before.name : requiredText(input.name, 'name') };
  const changed = differences(before, after);
  if (changed) {
    await writeRegister(deps, actor, async (tx) => {
      await updateSpace(tx, space.id, changed.after);
      return { value: undefined, event: { action: 'space.changed', subjectKind: 'space', subjectId: space.id, details: { name: after.name, ...changed } } };
    });
  }
  return { rentalObjectId: space.rentalObjectId };
}
