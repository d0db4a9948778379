// Billing: invoice runs, invoices and their rows, payments and their allocations to invoices.
//
// Invoices, invoice rows, payments and allocations are bookings: insert-only. A trigger
// (refuse_booking_change, migration 0009) refuses UPDATE and DELETE on them; a mistake is corrected
// by a credit note or a reversing row, never by an edit. An invoice's status is derived from its
// bookings (allocations and credit notes), never stored. See docs/decisions/0014-billing-bookings.md.
import { type AnyPgColumn, bigint, check, date, index, integer, jsonb, pgEnum, pgTable, smallint, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { customers, leases, rentRows } from './landlord.ts';
import { staffUsers } from './users.ts';

export const invoiceRunStatus = pgEnum('invoice_run_status', ['queued', 'running', 'done', 'failed']);

/** Why a lease got no invoice in a run (its preview lists them). */
export type SkipReason = 'ended' | 'not_started' | 'no_rent_rows' | 'already_invoiced';
export interface SkippedLease { leaseId: string; leaseNumber: string; customerName: string; reason: SkipReason }

/** An invoice run (Aviseringskörning) for one period: a background job, with its progress here. */
export const invoiceRuns = pgTable('invoice_runs', {
  id: uuid('id').primaryKey().defaultRandom(),
  /** '2026-Q2' or '2026-04' (server/domain/billing/periods.ts). */
  periodKey: text('period_key').notNull(),
  status: invoiceRunStatus('status').notNull().default('queued'),
  invoiceCount: integer('invoice_count').notNull().default(0),
  leasesTotal: integer('leases_total').notNull().default(0),
  leasesDone: integer('leases_done').notNull().default(0),
  totalOre: bigint('total_ore', { mode: 'number' }).notNull().default(0),
  skipped: jsonb('skipped').$type<SkippedLease[]>().notNull().default([]),
  error: text('error'),
  createdBy: uuid('created_by').references(() => staffUsers.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  startedAt: timestamp('started_at', { withTimezone: true }),
  finishedAt: timestamp('finished_at', { withTimezone: true }),
}, (t) => [index('invoice_runs_created_idx').on(t.createdAt.desc())]);

/**
 * The gap-free invoice number series: the creating transaction takes its numbers with
 * `update … set last_number = last_number + n returning`, which locks the row until it commits, so a
 * failed or killed transaction gives its numbers back. A sequence would leave holes.
 */
export const invoiceNumberCounters = pgTable('invoice_number_counters', {
  series: text('series').primaryKey(),
  lastNumber: bigint('last_number', { mode: 'number' }).notNull(),
});

export const invoiceKind = pgEnum('invoice_kind', ['rent', 'one_off', 'credit']);

export const invoices = pgTable('invoices', {
  id: uuid('id').primaryKey().defaultRandom(),
  /** The löpnummer, from invoice_number_counters. */
  number: bigint('number', { mode: 'number' }).notNull().unique(),
  kind: invoiceKind('kind').notNull(),
  customerId: uuid('customer_id').notNull().references(() => customers.id),
  leaseId: uuid('lease_id').references(() => leases.id),
  runId: uuid('run_id').references(() => invoiceRuns.id),
  /** For a credit note: the invoice it credits (all or part of). */
  creditsInvoiceId: uuid('credits_invoice_id').references((): AnyPgColumn => invoices.id),
  periodKey: text('period_key'),
  periodFrom: date('period_from', { mode: 'string' }),
  periodTo: date('period_to', { mode: 'string' }),
  issueDate: date('issue_date', { mode: 'string' }).notNull(),
  dueDate: date('due_date', { mode: 'string' }).notNull(),
  /** Null for a credit note, which is not paid. */
  ocr: text('ocr').unique(),
  /** A one-off invoice's or credit note's text ("Extra nyckel"). */
  text: text('text'),
  /** Integer öre; a credit note's are negative. */
  netOre: bigint('net_ore', { mode: 'number' }).notNull(),
  vatOre: bigint('vat_ore', { mode: 'number' }).notNull(),
  totalOre: bigint('total_ore', { mode: 'number' }).notNull(),
  createdBy: uuid('created_by').references(() => staffUsers.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
}, (t) => [
  // Running a period again creates nothing: one rent invoice per lease and period.
  uniqueIndex('invoices_rent_lease_period_idx').on(t.leaseId, t.periodKey).where(sql`${t.kind} = 'rent'`),
  index('invoices_customer_issue_idx').on(t.customerId, t.issueDate.desc()),
  index('invoices_credits_idx').on(t.creditsInvoiceId),
  index('invoices_run_idx').on(t.runId),
  check('invoices_total', sql`${t.totalOre} = ${t.netOre} + ${t.vatOre}`),
  check('invoices_credit_has_target', sql`(${t.kind} = 'credit') = (${t.creditsInvoiceId} is not null)`),
]);

export const invoiceRows = pgTable('invoice_rows', {
  id: uuid('id').primaryKey().defaultRandom(),
  invoiceId: uuid('invoice_id').notNull().references(() => invoices.id),
  position: smallint('position').notNull(),
  /** The rent row it was made from; an invoiced rent row is ended (valid_to), not deleted. */
  rentRowId: uuid('rent_row_id').references(() => rentRows.id),
  /** A rent row kind ('base_rent' …) or 'one_off' / 'credit'. */
  kind: text('kind').notNull(),
  description: text('description').notNull(),
  periodFrom: date('period_from', { mode: 'string' }),
  periodTo: date('period_to', { mode: 'string' }),
  netOre: bigint('net_ore', { mode: 'number' }).notNull(),
  vatRatePercent: smallint('vat_rate_percent').notNull(),
  vatOre: bigint('vat_ore', { mode: 'number' }).notNull(),
}, (t) => [
  uniqueIndex('invoice_rows_position_idx').on(t.invoiceId, t.position),
  check('invoice_rows_vat_rate', sql`${t.vatRatePercent} in (0, 25)`),
]);

/** Money received. Minimal for now (demo and manual payments); the payments issue adds bank files. */
export const payments = pgTable('payments', {
  id: uuid('id').primaryKey().defaultRandom(),
  customerId: uuid('customer_id').references(() => customers.id),
  amountOre: bigint('amount_ore', { mode: 'number' }).notNull(),
  paidOn: date('paid_on', { mode: 'string' }).notNull(),
  reference: text('reference'),
  source: text('source').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
}, (t) => [
  index('payments_customer_idx').on(t.customerId),
  check('payments_source', sql`${t.source} in ('demo', 'manual', 'bank')`),
]);

export const paymentAllocations = pgTable('payment_allocations', {
  id: uuid('id').primaryKey().defaultRandom(),
  paymentId: uuid('payment_id').notNull().references(() => payments.id),
  invoiceId: uuid('invoice_id').notNull().references(() => invoices.id),
  amountOre: bigint('amount_ore', { mode: 'number' }).notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
}, (t) => [
  index('payment_allocations_invoice_idx').on(t.invoiceId),
  index('payment_allocations_payment_idx').on(t.paymentId),
]);
