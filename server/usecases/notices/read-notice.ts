// One notice with its files and its delivery log per recipient and channel.
import type { Db } from '../../db/client.ts';
import type { Language } from '../../i18n/language.ts';
import { AppError } from '../../errors.ts';
import { audienceNamesById, deliveryLog, findNotice } from '../../repositories/notices.ts';
import { attachmentsOfNotice } from '../../repositories/attachments.ts';
import { presentNoticeDetail } from '../../presenters/notices.ts';

export async function readNotice(deps: { db: Db }, id: string, lang: Language) {
  const notice = await findNotice(deps.db, id);
  if (!notice) throw new AppError('NOT_FOUND');
  const [log, files, names] = await Promise.all([
    deliveryLog(deps.db, notice.id), attachmentsOfNotice(deps.db, notice.id), audienceNamesById(deps.db, [{ kind: notice.audienceKind, ids: notice.audienceIds }]),
  ]);
  return presentNoticeDetail(notice, log, files, names, lang);
}
