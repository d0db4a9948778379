// The notices sent, newest first, with their delivery counts: three reads whatever the number of notices.
import type { Db } from '../../db/client.ts';
import type { Language } from '../../i18n/language.ts';
import { audienceNamesById, listNotices as readNotices } from '../../repositories/notices.ts';
import { presentNoticeSummaries } from '../../presenters/notices.ts';

export async function listNotices(deps: { db: Db }, lang: Language) {
  const list = await readNotices(deps.db);
  const names = await audienceNamesById(deps.db, list.rows.map((n) => ({ kind: n.audienceKind, ids: n.audienceIds })));
  return presentNoticeSummaries(list, names, lang);
}
