// An administrator checks that e-mail or SMS delivery works by sending one message to themselves.
import type { Clock } from '../../clock.ts';
import type { Db } from '../../db/client.ts';
import type { Jobs } from '../../jobs/queue.ts';
import { AppError } from '../../errors.ts';
import { normalizeEmail, normalizeMobile } from '../../domain/contact.ts';
import { recordAudit } from '../../repositories/audit.ts';
import { findLandlord } from '../../repositories/landlord.ts';
import type { NewMessage } from '../../repositories/messages.ts';
import { renderEmailHtml, renderEmailText, type EmailContent } from '../../messaging/email-layout.ts';
import type { Language } from '../../i18n/language.ts';
import { queueMessages } from './queue-messages.ts';

export async function sendTestMessage(
  deps: { db: Db; jobs: Jobs; clock: Clock },
  input: { staffUserId: string; channel: 'email' | 'sms'; to: string; lang: Language },
): Promise<string> {
  const landlord = await findLandlord(deps.db);
  const sender = landlord?.name ?? '';
  const sv = input.lang === 'sv';
  let message: NewMessage;
  if (input.channel === 'email') {
    const to = normalizeEmail(input.to);
    if (!to) throw new AppError('INVALID_EMAIL');
    const content: EmailContent = {
      paragraphs: [sv ? 'Detta är ett testmeddelande. E-post fungerar.' : 'This is a test message. E-mail works.'],
      signature: sender,
    };
    message = {
      channel: 'email', recipient: to, language: input.lang,
      subject: sv ? `Testmeddelande från ${sender}` : `Test message from ${sender}`,
      text: renderEmailText(content), html: renderEmailHtml(content, input.lang),
    };
  } else {
    const to = normalizeMobile(input.to);
    if (!to) throw new AppError('INVALID_MOBILE');
    message = {
      channel: 'sms', recipient: to, language: input.lang, subject: null, html: null,
      text: sv ? `Testmeddelande från ${sender}. SMS fungerar.` : `Test message from ${sender}. SMS works.`,
    };
  }
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const ids = await queueMessages(tx, deps.jobs, [message], now);
    await recordAudit(tx, { at: now, actorKind: 'staff', actorId: input.staffUserId, action: 'message.test_sent', subjectKind: 'outgoing_message', subjectId: ids[0] ?? null, details: { channel: input.channel } });
    return ids[0]!;
  });
}
