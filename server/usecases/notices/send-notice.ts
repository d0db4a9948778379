// A notice (e.g. a water leak) to a property, a building, chosen customers or all: each customer gets a
// related case in the portal, an e-mail, and an SMS where its mobile number is valid. Everything is
// written in bulk, so a notice to thousands of customers is accepted quickly; delivery is the outbox's.
import type { CaseDeps } from '../cases/notify.ts';
import { AppError } from '../../errors.ts';
import { formatCaseNumber } from '../../domain/cases.ts';
import { swedishYear } from '../../domain/dates.ts';
import { nonGsmCharacters, normalizeSmsText, smsEncoding } from '../../domain/sms.ts';
import * as t from '../../db/schema/index.ts';
import { findLandlord } from '../../repositories/landlord.ts';
import { insertNotice, reserveCaseNumbers, type Audience } from '../../repositories/notices.ts';
import { noticeRecipients } from './notice-recipients.ts';
import type { NewMessage } from '../../repositories/messages.ts';
import { recordAudit } from '../../repositories/audit.ts';
import { renderEmailHtml, renderEmailText } from '../../messaging/email-layout.ts';
import { queueMessages } from '../messages/queue-messages.ts';
import { randomUUID } from 'node:crypto';
import { attachUploads, checkAttachmentIds } from '../attachments/attach-uploads.ts';

export async function sendNotice(deps: CaseDeps, input: { staffId: string; title: string; text: string; audience: Audience; ip: string; attachmentIds?: string[] }) {
  const title = input.title.trim();
  const text = input.text.trim();
  if (!title) throw new AppError('VALIDATION', { keyword: 'required', field: 'title' });
  if (!text) throw new AppError('VALIDATION', { keyword: 'required', field: 'text' });
  const attachmentIds = checkAttachmentIds(input.attachmentIds);
  const sender = (await findLandlord(deps.db))?.name ?? '';
  const sms = normalizeSmsText(`${sender}: ${title}. ${text}`);
  if (smsEncoding(sms) !== 'GSM-7') throw new AppError('SMS_NOT_GSM7', { chars: nonGsmCharacters(sms).join(' ') });
  const { perCustomer } = await noticeRecipients(deps, input.audience);
  if (perCustomer.length === 0) throw new AppError('NO_RECIPIENTS');

  const now = deps.clock.now();
  const year = swedishYear(now);
  const caseIds = perCustomer.map(() => randomUUID());
  const messagesFor = (noticeId: string): NewMessage[] => perCustomer.flatMap((r, i) => {
    const link = `${deps.config.publicUrl}/arenden/${caseIds[i]}`;
    const paragraphs = attachmentIds.length ? [text, attachmentIds.length === 1 ? 'Utskicket har en bilaga som du hittar på Mina sidor.' : `Utskicket har ${attachmentIds.length} bilagor som du hittar på Mina sidor.`] : [text];
    const content = { paragraphs, action: { label: 'Läs på Mina sidor', url: link }, signature: sender };
    return [
      ...r.emails.map((to) => ({
        channel: 'email' as const, recipient: to, language: 'sv', subject: `${title} – ${sender}`,
        text: renderEmailText(content), html: renderEmailHtml(content, 'sv'), noticeId, customerId: r.customer.id,
      })),
      ...(r.mobile ? [{ channel: 'sms' as const, recipient: r.mobile, language: 'sv', subject: null, html: null, text: sms, noticeId, customerId: r.customer.id }] : []),
    ];
  });
  // The notice, its related cases, its e-mails and SMS (with their delivery jobs) and its audit event
  // commit together: a notice is never half sent.
  return deps.db.transaction(async (tx) => {
    const id = await insertNotice(tx, {
      title, text, audienceKind: input.audience.kind, audienceIds: input.audience.ids, createdByStaffId: input.staffId, customerCount: perCustomer.length, createdAt: now,
    });
    await attachUploads(tx, { kind: 'staff', userId: input.staffId }, attachmentIds, { noticeId: id }, now);
    const first = await reserveCaseNumbers(tx, year, perCustomer.length);
    const rows = perCustomer.map((r, i) => ({
      id: caseIds[i]!, number: formatCaseNumber(year, first + i), kind: 'related' as const, categoryCode: 'information', customerId: r.customer.id, noticeId: id,
      title, description: text, status: 'in_progress' as const, waitingSince: null, createdAt: now, updatedAt: now,
    }));
    for (let i = 0; i < rows.length; i += 500) await tx.insert(t.cases).values(rows.slice(i, i + 500));
    const messages = messagesFor(id);
    await queueMessages(tx, deps.jobs, messages, now);
    await recordAudit(tx, { at: now, actorKind: 'staff', actorId: input.staffId, action: 'notice.sent', subjectKind: 'notice', subjectId: id, ip: input.ip, details: { customers: perCustomer.length, messages: messages.length } });
    return { id, customers: perCustomer.length };
  });
}
