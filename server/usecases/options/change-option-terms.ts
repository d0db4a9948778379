// The landlord's terms for option orders (villkor), which the checkout shows beside "Jag godkänner villkoren".
import type { Db } from '../../db/client.ts';
import type { Clock } from '../../clock.ts';
import { AppError } from '../../errors.ts';
import { recordAudit } from '../../repositories/audit.ts';
import { readTerms, writeTerms } from '../../repositories/option-catalogue.ts';
import type { CatalogueActor } from './save-option.ts';

export async function changeOptionTerms(deps: { db: Db; clock: Clock }, actor: CatalogueActor, input: { text: string }) {
  const text = input.text.trim();
  if (!text) throw new AppError('VALIDATION', { keyword: 'required', field: 'text' }, { details: { field: 'text' } });
  const before = await readTerms(deps.db);
  if (before === text) return;
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    await writeTerms(tx, text, actor.staffId, now);
    await recordAudit(tx, { at: now, actorKind: 'staff', actorId: actor.staffId, action: 'option_terms.changed', subjectKind: 'option_terms', subjectId: null, ip: actor.ip, details: { before, after: text } });
  });
}
