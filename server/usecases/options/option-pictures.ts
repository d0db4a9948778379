// An option's pictures: staff upload them through the attachment checks (POST /api/backoffice/uploads:
// judged by content, redrawn without metadata, at most 2,560 px, a WebP thumbnail), then give the upload to
// the option here; or take one off. Each with its audit event.
import type { Db } from '../../db/client.ts';
import type { Clock } from '../../clock.ts';
import { AppError } from '../../errors.ts';
import { recordAudit } from '../../repositories/audit.ts';
import { claimPicture, lockOption, removePicture } from '../../repositories/option-catalogue.ts';
import type { CatalogueActor } from './save-option.ts';

export async function addOptionPicture(deps: { db: Db; clock: Clock }, actor: CatalogueActor, optionId: string, attachmentId: string) {
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    if (!(await lockOption(tx, optionId))) throw new AppError('NOT_FOUND');
    if (!(await claimPicture(tx, actor.staffId, attachmentId, optionId, now))) throw new AppError('OPTION_PICTURE_NOT_IMAGE', {}, { details: { field: 'attachmentId' } });
    await recordAudit(tx, { at: now, actorKind: 'staff', actorId: actor.staffId, action: 'option.picture_added', subjectKind: 'option', subjectId: optionId, ip: actor.ip, details: { attachmentId } });
  });
}

export async function removeOptionPicture(deps: { db: Db; clock: Clock }, actor: CatalogueActor, optionId: string, attachmentId: string) {
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    if (!(await removePicture(tx, optionId, attachmentId))) throw new AppError('NOT_FOUND');
    await recordAudit(tx, { at: now, actorKind: 'staff', actorId: actor.staffId, action: 'option.picture_removed', subjectKind: 'option', subjectId: optionId, ip: actor.ip, details: { attachmentId } });
  });
}
