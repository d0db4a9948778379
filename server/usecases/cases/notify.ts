// Who hears about what happens in a case, by e-mail through the outbox, inside the change's transaction.
import type { Config } from '../../config.ts';
import type { Db } from '../../db/client.ts';
import type { Tx } from '../../db/tx.ts';
import type { Clock } from '../../clock.ts';
import type { Jobs } from '../../jobs/queue.ts';
import type { Language } from '../../i18n/language.ts';
import { caseContacts, type CaseRow } from '../../repositories/cases.ts';
import { findLandlord } from '../../repositories/landlord.ts';
import { caseEmail } from '../../messaging/case-messages.ts';
import { queueMessages } from '../messages/queue-messages.ts';

export interface CaseDeps { db: Db; jobs: Jobs; config: Config; clock: Clock }

/** The tenant side: the user who opened the case, in the user's language; else the customer's e-mail, in Swedish. */
export async function notifyTenant(deps: CaseDeps, tx: Tx, caseRow: CaseRow, event: 'registered' | 'staff_wrote', now: Date) {
  const { creator, customer } = await caseContacts(tx, caseRow);
  const lang: Language = creator?.language === 'en' ? 'en' : 'sv';
  const to = (creator?.status === 'active' ? creator.email : null) ?? customer?.email;
  if (!to) return;
  const sender = (await findLandlord(tx))?.name ?? '';
  await queueMessages(tx, deps.jobs, [caseEmail({ event, lang, to, number: caseRow.number, title: caseRow.title, link: `${deps.config.publicUrl}/arenden/${caseRow.id}`, sender })], now);
}

export async function notifyResponsible(deps: CaseDeps, tx: Tx, caseRow: CaseRow, event: 'tenant_wrote' | 'assigned', now: Date) {
  const { responsible } = await caseContacts(tx, caseRow);
  if (!responsible || responsible.status !== 'active') return;
  const sender = (await findLandlord(tx))?.name ?? '';
  await queueMessages(tx, deps.jobs, [caseEmail({ event, lang: 'sv', to: responsible.email, number: caseRow.number, title: caseRow.title, link: `${deps.config.publicUrl}/admin/arenden/${caseRow.id}`, sender })], now);
}
