import { Type, type TProperties } from '@sinclair/typebox';
import { Nullable, StringEnum } from '../http/schemas.ts';
import type { Language } from '../i18n/language.ts';
import { isoInstant } from '../domain/instants.ts';
import { AttachmentView, presentAttachment, type Side } from './attachments.ts';
import type { caseParts, findCaseWithSummary, CaseRow } from '../repositories/cases.ts';

/** A nullable reference to something (generic, so its type keeps the field names). */
const Ref = <T extends TProperties>(fields: T) => Nullable(Type.Object(fields));
const statuses = ['registered', 'in_progress', 'waiting_for_tenant', 'closed'] as const;

export const CaseCategoryView = Type.Object({ code: Type.String(), name: Type.String() });
export const NamedRefView = Type.Object({ id: Type.String(), name: Type.String() });

export const CaseSummaryView = Type.Object({
  id: Type.String(), number: Type.String(), kind: StringEnum(['service_request', 'option_order', 'related']),
  category: CaseCategoryView, title: Type.String(), status: StringEnum(statuses),
  createdAt: Type.String({ format: 'date-time' }), updatedAt: Type.String({ format: 'date-time' }),
  lease: Ref({ id: Type.String(), number: Type.String() }),
});

export const StaffCaseSummaryView = Type.Composite([CaseSummaryView, Type.Object({
  customer: NamedRefView,
  responsible: Ref({ id: Type.String(), name: Type.String() }),
  waitingSince: Nullable(Type.String({ format: 'date-time' })),
})]);

const detailFields = {
  description: Type.String(), closedAt: Nullable(Type.String({ format: 'date-time' })),
  rentalObject: Ref({ id: Type.String(), number: Type.String(), type: StringEnum(['premises', 'apartment', 'parking', 'storage']) }), space: Ref({ id: Type.String(), name: Type.String() }),
  attachments: Type.Array(AttachmentView, { description: 'Files given with the case, or the notice it came from' }),
  messages: Type.Array(Type.Object({
    id: Type.String(), author: StringEnum(['tenant', 'staff']), authorName: Type.String(), body: Type.String(), internal: Type.Boolean(),
    createdAt: Type.String({ format: 'date-time' }), attachments: Type.Array(AttachmentView),
  })),
  history: Type.Array(Type.Object({
    status: StringEnum(statuses), at: Type.String({ format: 'date-time' }), by: Nullable(Type.String()),
    event: StringEnum(['created', 'replied', 'status_changed'], {
      description: 'What moved the status: the tenant registered the case, the tenant wrote in it, or staff changed it',
    }),
  })),
};

export const CaseDetailView = Type.Composite([CaseSummaryView, Type.Object(detailFields)]);
export const StaffCaseDetailView = Type.Composite([StaffCaseSummaryView, Type.Object(detailFields)]);

export const CaseCategoryListView = Type.Object({ categories: Type.Array(CaseCategoryView) });
export const CaseListView = Type.Object({ cases: Type.Array(CaseSummaryView) });
export const CaseResponseView = Type.Object({ case: CaseDetailView });
const BoxCounts = Type.Object({ mine: Type.Integer(), properties: Type.Integer(), queue: Type.Integer(), all: Type.Integer() }, {
  description: 'How many cases each box holds as it opens (without search or filters), so that an empty box can say where the work is',
});
export const StaffCaseListView = Type.Object({ cases: Type.Array(StaffCaseSummaryView), counts: BoxCounts });
/** Every back-office case endpoint that answers one case: the case and who it can be given to. */
export const StaffCaseResponseView = Type.Object({ case: StaffCaseDetailView, staff: Type.Array(NamedRefView) });
/** The answer to one save of the handling form: the case, and what that save changed. */
export const StaffCaseHandledView = Type.Object({
  case: StaffCaseDetailView, staff: Type.Array(NamedRefView),
  saved: Type.Object({ statusChanged: Type.Boolean(), assigneeChanged: Type.Boolean(), wrote: Nullable(StringEnum(['reply', 'note'])) }),
});

type Summary = Omit<NonNullable<Awaited<ReturnType<typeof findCaseWithSummary>>>, 'row'>;
type Parts = Awaited<ReturnType<typeof caseParts>>;

export function presentCaseSummary(row: Summary, lang: Language) {
  return {
    id: row.id, number: row.number, kind: row.kind, title: row.title, status: row.status,
    category: { code: row.categoryCode, name: lang === 'sv' ? row.categorySv : row.categoryEn },
    createdAt: row.createdAt, updatedAt: row.updatedAt,
    lease: row.leaseId && row.leaseNumber ? { id: row.leaseId, number: row.leaseNumber } : null,
  };
}

export function presentStaffCaseSummary(row: Summary, lang: Language) {
  return {
    ...presentCaseSummary(row, lang),
    customer: { id: row.customerId, name: row.customerName },
    responsible: row.responsibleId && row.responsibleName ? { id: row.responsibleId, name: row.responsibleName } : null,
    waitingSince: row.waitingSince,
  };
}

/**
 * `staffShownAs` replaces staff names (tenant views show the landlord, not the employee); `side`
 * decides the file links (a tenant's go through the portal's access check).
 */
export function presentCaseDetail(caseRow: CaseRow, parts: Parts, options: { landlordName: string; staffShownAs?: string; side: Side }) {
  const { landlordName, staffShownAs, side } = options;
  const filesOf = (messageId: string | null) => parts.attachments.filter((a) => a.messageId === messageId).map((a) => presentAttachment(a, side));
  return {
    description: caseRow.description,
    closedAt: caseRow.closedAt ? isoInstant(caseRow.closedAt) : null,
    rentalObject: parts.rentalObject,
    space: parts.space,
    attachments: filesOf(null),
    messages: parts.messages.map((m) => ({
      id: m.id,
      author: m.tenantUserId ? ('tenant' as const) : ('staff' as const),
      authorName: m.tenantUserId ? (m.tenantName ?? m.tenantUsername ?? '') : (staffShownAs ?? m.staffName ?? landlordName),
      body: m.body, internal: m.internal, createdAt: isoInstant(m.createdAt), attachments: filesOf(m.id),
    })),
    history: parts.history.map((h, index) => ({
      status: h.status, at: isoInstant(h.at),
      by: h.staffName ? (staffShownAs ?? h.staffName) : (h.tenantName ?? h.tenantUsername ?? null),
      event: historyEvent(h, index),
    })),
  };
}

/** The first entry registers the case; after it, a tenant moves the status only by writing in the case. */
function historyEvent(entry: Parts['history'][number], index: number): 'created' | 'replied' | 'status_changed' {
  if (index === 0) return 'created';
  return entry.tenantUserId === null ? 'status_changed' : 'replied';
}
