// Option ordering (Tillval, issue 12): the landlord's catalogue, each tenant's cart, and the orders sent.
//
// Groups (åtgärdstypsgrupper, the tenant's "categories") hold options (tillvalsåtgärder). Neither is ever
// deleted: retiring sets `retired_at`, so an order keeps naming what was ordered. An order copies each
// line's name and prices when it is sent, so a later price change never changes what was ordered.
// The option order's own status lives beside its case's (docs/decisions/0017-option-order-status.md).
import { bigint, check, date, index, integer, pgEnum, pgTable, smallint, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { customers, rentRows, rentalObjectType, rentalObjects, spaceKind, spaces } from './landlord.ts';
import { staffUsers, tenantUsers } from './users.ts';
import { attachments, cases } from './cases.ts';
import { invoices } from './billing.ts';

export const optionUnit = pgEnum('option_unit', ['piece', 'other']);
export const optionOrderStatus = pgEnum('option_order_status', ['received', 'approved', 'planned', 'done', 'closed', 'rejected']);

export const optionGroups = pgTable('option_groups', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  sortOrder: integer('sort_order').notNull().default(0),
  retiredAt: timestamp('retired_at', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
});

export const options = pgTable('options', {
  id: uuid('id').primaryKey().defaultRandom(),
  groupId: uuid('group_id').notNull().references(() => optionGroups.id),
  name: text('name').notNull(),
  description: text('description').notNull(),
  /** Monthly rent surcharge in öre excluding VAT; null for none. */
  monthlyOre: bigint('monthly_ore', { mode: 'number' }),
  monthlyVatRatePercent: smallint('monthly_vat_rate_percent').notNull().default(25),
  /** One-off fee in öre excluding VAT; null for none. */
  feeOre: bigint('fee_ore', { mode: 'number' }),
  feeVatRatePercent: smallint('fee_vat_rate_percent').notNull().default(25),
  unit: optionUnit('unit').notNull(),
  /** The largest quantity a tenant may order; 1 for any unit but piece. */
  maxQuantity: integer('max_quantity').notNull().default(1),
  /** Where it applies: the space kind, and rental-object types or named objects (either may match). */
  spaceKind: spaceKind('space_kind').notNull(),
  objectTypes: rentalObjectType('object_types').array().notNull().default([]),
  objectIds: uuid('object_ids').array().notNull().default([]),
  sortOrder: integer('sort_order').notNull().default(0),
  /** Grows at every change that a cart line must see again (price, unit, quantity, where it applies). */
  version: integer('version').notNull().default(1),
  retiredAt: timestamp('retired_at', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
}, (t) => [
  index('options_group_idx').on(t.groupId, t.sortOrder),
  check('options_vat_rates', sql`${t.monthlyVatRatePercent} in (0, 25) and ${t.feeVatRatePercent} in (0, 25)`),
  check('options_price', sql`(${t.monthlyOre} is null or ${t.monthlyOre} > 0) and (${t.feeOre} is null or ${t.feeOre} > 0) and (${t.monthlyOre} is not null or ${t.feeOre} is not null)`),
  check('options_max_quantity', sql`${t.maxQuantity} between 1 and 1000 and (${t.unit} = 'piece' or ${t.maxQuantity} = 1)`),
]);

/** An option's pictures, in order: attachments that went through the upload checks (redrawn, thumbnail). */
export const optionPictures = pgTable('option_pictures', {
  id: uuid('id').primaryKey().defaultRandom(),
  optionId: uuid('option_id').notNull().references(() => options.id),
  attachmentId: uuid('attachment_id').notNull().unique().references(() => attachments.id),
  sortOrder: integer('sort_order').notNull().default(0),
}, (t) => [index('option_pictures_option_idx').on(t.optionId, t.sortOrder)]);

/**
 * The cart (varukorg), kept on the server per customer and rental object. The unique index on group and
 * space is the cart lock: one option of a group per space, also when two requests add at once.
 */
export const optionCartLines = pgTable('option_cart_lines', {
  id: uuid('id').primaryKey().defaultRandom(),
  customerId: uuid('customer_id').notNull().references(() => customers.id),
  rentalObjectId: uuid('rental_object_id').notNull().references(() => rentalObjects.id),
  optionId: uuid('option_id').notNull().references(() => options.id),
  groupId: uuid('group_id').notNull().references(() => optionGroups.id),
  spaceId: uuid('space_id').notNull().references(() => spaces.id),
  quantity: integer('quantity').notNull(),
  /** The option's version when the tenant last saw it here; a newer one makes the line stale. */
  optionVersion: integer('option_version').notNull(),
  addedByTenantUserId: uuid('added_by_tenant_user_id').notNull().references(() => tenantUsers.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
}, (t) => [
  uniqueIndex('option_cart_lines_lock_idx').on(t.customerId, t.rentalObjectId, t.groupId, t.spaceId),
  check('option_cart_lines_quantity', sql`${t.quantity} >= 1`),
]);

export const optionOrders = pgTable('option_orders', {
  id: uuid('id').primaryKey().defaultRandom(),
  customerId: uuid('customer_id').notNull().references(() => customers.id),
  rentalObjectId: uuid('rental_object_id').notNull().references(() => rentalObjects.id),
  caseId: uuid('case_id').notNull().unique().references(() => cases.id),
  status: optionOrderStatus('status').notNull().default('received'),
  /** Planerad: the day the work is planned for, which the tenant sees. */
  plannedDate: date('planned_date', { mode: 'string' }),
  /** Nekad: why, in words the tenant sees. */
  rejectionReason: text('rejection_reason'),
  contactName: text('contact_name').notNull(),
  contactPhone: text('contact_phone').notNull(),
  message: text('message').notNull().default(''),
  wishedTime: text('wished_time').notNull().default(''),
  termsAcceptedAt: timestamp('terms_accepted_at', { withTimezone: true }).notNull(),
  /** The checkout form's key: the same key again answers with this order (a double click, a retry). */
  idempotencyKey: uuid('idempotency_key').notNull(),
  createdByTenantUserId: uuid('created_by_tenant_user_id').notNull().references(() => tenantUsers.id),
  /** The one-off fee invoice made when the order was done (its own number and OCR). */
  feeInvoiceId: uuid('fee_invoice_id').references(() => invoices.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  doneAt: timestamp('done_at', { withTimezone: true }),
  handledByStaffId: uuid('handled_by_staff_id').references(() => staffUsers.id),
}, (t) => [
  uniqueIndex('option_orders_idempotency_idx').on(t.customerId, t.idempotencyKey),
  index('option_orders_customer_idx').on(t.customerId, t.status),
  check('option_orders_planned', sql`${t.status} <> 'planned' or ${t.plannedDate} is not null`),
  check('option_orders_rejected', sql`${t.status} <> 'rejected' or ${t.rejectionReason} is not null`),
]);

export const optionOrderLines = pgTable('option_order_lines', {
  id: uuid('id').primaryKey().defaultRandom(),
  orderId: uuid('order_id').notNull().references(() => optionOrders.id),
  optionId: uuid('option_id').notNull().references(() => options.id),
  groupId: uuid('group_id').notNull().references(() => optionGroups.id),
  spaceId: uuid('space_id').notNull().references(() => spaces.id),
  quantity: integer('quantity').notNull(),
  name: text('name').notNull(),
  unit: optionUnit('unit').notNull(),
  monthlyOre: bigint('monthly_ore', { mode: 'number' }),
  monthlyVatRatePercent: smallint('monthly_vat_rate_percent').notNull(),
  feeOre: bigint('fee_ore', { mode: 'number' }),
  feeVatRatePercent: smallint('fee_vat_rate_percent').notNull(),
  /** The lease's rent row its monthly surcharge became when the order was done. */
  rentRowId: uuid('rent_row_id').references(() => rentRows.id),
}, (t) => [
  index('option_order_lines_order_idx').on(t.orderId),
  index('option_order_lines_group_space_idx').on(t.groupId, t.spaceId),
  check('option_order_lines_quantity', sql`${t.quantity} >= 1`),
]);

/** The landlord's terms for option orders (villkor), shown at checkout: one row, changed by staff. */
export const optionTerms = pgTable('option_terms', {
  id: smallint('id').primaryKey().default(1),
  text: text('text').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  updatedByStaffId: uuid('updated_by_staff_id').references(() => staffUsers.id),
}, (t) => [check('option_terms_single_row', sql`${t.id} = 1`)]);

/**
 * The catalogue's stamp: one row whose `stamp` a trigger renews (a new random uuid) in every statement
 * that writes option groups, options or their pictures, inside that statement's transaction. The tenant's
 * Tillval pages read the stamp with the objects and keep the catalogue in memory until it changes
 * (docs/decisions/0032-option-catalogue-in-memory.md). A uuid, not a counter, so that a database made
 * again (demo:reset) never repeats a stamp a running server holds.
 */
export const optionCatalogueStamp = pgTable('option_catalogue_stamp', {
  id: smallint('id').primaryKey().default(1),
  stamp: uuid('stamp').notNull().defaultRandom(),
}, (t) => [check('option_catalogue_stamp_single_row', sql`${t.id} = 1`)]);
