// Notices (Utskick) as the back office sees them: the audience in words, delivery counts, the log.
import { Type } from '@sinclair/typebox';
import { Nullable, StringEnum } from '../http/schemas.ts';
import type { Language } from '../i18n/language.ts';
import { AttachmentView, presentAttachment } from './attachments.ts';
import type { AttachmentRow } from '../repositories/attachments.ts';
import type { deliveryLog, findNotice, listNotices } from '../repositories/notices.ts';

export const DeliveryCountsView = Type.Object({ sent: Type.Integer(), failed: Type.Integer(), pending: Type.Integer() });

export const NoticeRowView = Type.Object({
  id: Type.String(), title: Type.String(), createdAt: Type.String({ format: 'date-time' }), createdBy: Type.String(), audience: Type.String(),
  customers: Type.Integer(), delivery: Type.Object({ email: DeliveryCountsView, sms: DeliveryCountsView }),
});
export const NoticeListView = Type.Object({ notices: Type.Array(NoticeRowView) });

export const NoticeDetailView = Type.Object({
  id: Type.String(), title: Type.String(), text: Type.String(), createdAt: Type.String({ format: 'date-time' }), createdBy: Type.String(),
  audience: Type.String(), customers: Type.Integer(), attachments: Type.Array(AttachmentView),
  recipients: Type.Array(Type.Object({
    customer: Type.Object({ id: Type.String(), name: Type.String() }), channel: StringEnum(['email', 'sms']), to: Type.String(),
    status: StringEnum(['queued', 'sending', 'sent', 'retrying', 'failed']), attempts: Type.Integer(), lastError: Nullable(Type.String()),
    sentAt: Nullable(Type.String({ format: 'date-time' })),
  })),
});
export const NoticeResponseView = Type.Object({ notice: NoticeDetailView });

const kindWords: Record<Language, Record<string, string>> = {
  sv: { property: 'Fastighet', building: 'Byggnad', customers: 'Valda kunder', all: 'Alla kunder' },
  en: { property: 'Property', building: 'Building', customers: 'Chosen customers', all: 'All customers' },
};

/** "Fastighet: Utlandagatan", "Valda kunder (3)" … from names read beforehand for the whole page. */
export function audienceLabel(notice: { audienceKind: string; audienceIds: string[] }, names: Map<string, string>, lang: Language): string {
  const word = kindWords[lang][notice.audienceKind] ?? notice.audienceKind;
  if (notice.audienceKind === 'customers') return `${word} (${notice.audienceIds.length})`;
  const named = notice.audienceIds.map((id) => names.get(id)).filter((n): n is string => Boolean(n));
  return named.length ? `${word}: ${named.join(', ')}` : word;
}

type ListRows = Awaited<ReturnType<typeof listNotices>>;

export function presentNoticeSummaries({ rows, counts }: ListRows, names: Map<string, string>, lang: Language) {
  const tally = (id: string, channel: 'email' | 'sms') => {
    const c = { sent: 0, failed: 0, pending: 0 };
    for (const r of counts) {
      if (r.noticeId !== id || r.channel !== channel) continue;
      if (r.status === 'sent') c.sent += r.n;
      else if (r.status === 'failed') c.failed += r.n;
      else c.pending += r.n;
    }
    return c;
  };
  return rows.map((n) => ({
    id: n.id, title: n.title, createdAt: n.createdAt.toISOString(), createdBy: n.createdBy, audience: audienceLabel(n, names, lang),
    customers: n.customers, delivery: { email: tally(n.id, 'email'), sms: tally(n.id, 'sms') },
  }));
}

export function presentNoticeDetail(
  notice: NonNullable<Awaited<ReturnType<typeof findNotice>>>, log: Awaited<ReturnType<typeof deliveryLog>>, files: AttachmentRow[],
  names: Map<string, string>, lang: Language,
) {
  return {
    id: notice.id, title: notice.title, text: notice.text, createdAt: notice.createdAt.toISOString(), createdBy: notice.createdBy,
    audience: audienceLabel(notice, names, lang), customers: notice.customers,
    attachments: files.map((a) => presentAttachment(a, 'backoffice')),
    recipients: log.map((r) => ({
      customer: { id: r.customerId, name: r.customerName }, channel: r.channel, to: r.to, status: r.status, attempts: r.attempts,
      lastError: r.lastError, sentAt: r.sentAt?.toISOString() ?? null,
    })),
  };
}
