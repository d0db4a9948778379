import { type AnyPgColumn, boolean, customType, index, integer, pgEnum, pgTable, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { customers, leases, properties, rentalObjects, spaces } from './landlord.ts';
import { staffUsers, tenantUsers } from './users.ts';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/** Kinds of case a tenant can open, and how each is routed: data, not code. */
export const caseCategories = pgTable('case_categories', {
  code: text('code').primaryKey(),
  nameSv: text('name_sv').notNull(),
  nameEn: text('name_en').notNull(),
  /** Tried in order: 'customer_manager', 'property_manager'; none found means the shared queue. */
  routing: text('routing').array().notNull(),
  sortOrder: smallint('sort_order').notNull().default(0),
  active: boolean('active').notNull().default(true),
});

export const caseKind = pgEnum('case_kind', ['service_request', 'option_order', 'related']);
export const caseStatus = pgEnum('case_status', ['registered', 'in_progress', 'waiting_for_tenant', 'closed']);

export const caseNumberCounters = pgTable('case_number_counters', {
  year: integer('year').primaryKey(),
  last: integer('last').notNull(),
});

export const cases = pgTable('cases', {
  id: uuid('id').primaryKey().defaultRandom(),
  /** Readable, per year: 2026-000123. */
  number: text('number').notNull().unique(),
  kind: caseKind('kind').notNull(),
  categoryCode: text('category_code').notNull().references(() => caseCategories.code),
  customerId: uuid('customer_id').notNull().references(() => customers.id),
  leaseId: uuid('lease_id').references(() => leases.id),
  rentalObjectId: uuid('rental_object_id').references(() => rentalObjects.id),
  spaceId: uuid('space_id').references(() => spaces.id),
  propertyId: uuid('property_id').references(() => properties.id),
  title: text('title').notNull(),
  description: text('description').notNull(),
  status: caseStatus('status').notNull().default('registered'),
  responsibleStaffId: uuid('responsible_staff_id').references(() => staffUsers.id),
  createdByTenantUserId: uuid('created_by_tenant_user_id').references(() => tenantUsers.id),
  /** The notice a related case came from. */
  noticeId: uuid('notice_id').references((): AnyPgColumn => notices.id),
  /** Since when the case waits for the landlord; null while it waits for the tenant or is closed. */
  waitingSince: timestamp('waiting_since', { withTimezone: true }),
  /** The tenant-visible messages' text, kept for the full-text index. */
  messageText: text('message_text').notNull().default(''),
  search: tsvector('search').generatedAlwaysAs(sql`to_tsvector('swedish', title || ' ' || description || ' ' || message_text)`),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  closedAt: timestamp('closed_at', { withTimezone: true }),
}, (t) => [
  index('cases_customer_idx').on(t.customerId, t.status, t.createdAt),
  index('cases_responsible_idx').on(t.responsibleStaffId, t.status),
  index('cases_property_idx').on(t.propertyId, t.status),
  index('cases_waiting_idx').on(t.waitingSince),
  index('cases_search_idx').using('gin', t.search),
  index('cases_notice_idx').on(t.noticeId),
]);

export const caseMessages = pgTable('case_messages', {
  id: uuid('id').primaryKey().defaultRandom(),
  caseId: uuid('case_id').notNull().references(() => cases.id, { onDelete: 'cascade' }),
  tenantUserId: uuid('tenant_user_id').references(() => tenantUsers.id),
  staffUserId: uuid('staff_user_id').references(() => staffUsers.id),
  body: text('body').notNull(),
  /** Staff-only notes: never in a tenant response. */
  internal: boolean('internal').notNull().default(false),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [index('case_messages_case_idx').on(t.caseId, t.createdAt)]);

export const caseStatusChanges = pgTable('case_status_changes', {
  id: uuid('id').primaryKey().defaultRandom(),
  caseId: uuid('case_id').notNull().references(() => cases.id, { onDelete: 'cascade' }),
  status: caseStatus('status').notNull(),
  staffUserId: uuid('staff_user_id').references(() => staffUsers.id),
  tenantUserId: uuid('tenant_user_id').references(() => tenantUsers.id),
  at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [index('case_status_changes_case_idx').on(t.caseId, t.at)]);


/** Information from the landlord to many customers at once; each customer gets a related case. */
export const notices = pgTable('notices', {
  id: uuid('id').primaryKey().defaultRandom(),
  title: text('title').notNull(),
  text: text('text').notNull(),
  audienceKind: text('audience_kind').notNull(),
  audienceIds: uuid('audience_ids').array().notNull(),
  createdByStaffId: uuid('created_by_staff_id').notNull().references(() => staffUsers.id),
  customerCount: integer('customer_count').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * A file given with a case, a message in its dialog or a notice. An upload belongs to its uploader
 * until a case, message or notice claims it; unclaimed uploads are removed after a day.
 */
export const attachments = pgTable('attachments', {
  id: uuid('id').primaryKey().defaultRandom(),
  storageKey: text('storage_key').notNull(),
  thumbnailKey: text('thumbnail_key'),
  filename: text('filename').notNull(),
  contentType: text('content_type').notNull(),
  size: integer('size').notNull(),
  uploadedByTenantUserId: uuid('uploaded_by_tenant_user_id').references(() => tenantUsers.id),
  uploadedByStaffId: uuid('uploaded_by_staff_id').references(() => staffUsers.id),
  caseId: uuid('case_id').references(() => cases.id, { onDelete: 'cascade' }),
  messageId: uuid('message_id').references(() => caseMessages.id, { onDelete: 'cascade' }),
  noticeId: uuid('notice_id').references(() => notices.id, { onDelete: 'cascade' }),
  /** A lease's signed document (a digitally signed lease's PDF), which the customer's tenants may download. */
  leaseId: uuid('lease_id').references(() => leases.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  attachedAt: timestamp('attached_at', { withTimezone: true }),
}, (t) => [
  index('attachments_case_idx').on(t.caseId),
  index('attachments_notice_idx').on(t.noticeId),
  index('attachments_lease_idx').on(t.leaseId),
  index('attachments_pending_idx').on(t.createdAt).where(sql`attached_at is null`),
]);
