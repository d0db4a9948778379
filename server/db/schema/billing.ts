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
import type { ImportReport } from '../../domain/payments/import-report.ts';

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

export const bankFileFormat = pgEnum('bank_file_format', ['bgmax', 'camt.053', 'camt.054']);
export const bankFileStatus = pgEnum('bank_file_status', ['queued', 'importing', 'done', 'refused', 'failed']);

/** One line of a bank file's refusal: where (a BgMax line or a camt XML path), a code and its values. */
export interface BankFileError { line?: number; path?: string; code: string; params?: Record<string, string | number> }

/** What an import found and did, for its report (server/domain/payments/import-report.ts). */
export type BankFileReport = ImportReport;

/**
 * A bank file received (BgMax, camt.054, camt.053), by upload, the API or the watched folder. The same
 * bytes twice are one file (sha256). Its payments are booked in one transaction with its status 'done'.
 * The file itself is kept in the file store (fileKey) so the import job can read it.
 */
export const bankFiles = pgTable('bank_files', {
  id: uuid('id').primaryKey().defaultRandom(),
  sha256: text('sha256').notNull().unique(),
  format: bankFileFormat('format'),
  fileName: text('file_name').notNull(),
  sizeBytes: integer('size_bytes').notNull(),
  fileKey: text('file_key').notNull(),
  source: text('source').notNull(),
  status: bankFileStatus('status').notNull().default('queued'),
  /** The file's own id (camt GrpHdr/MsgId, BgMax TK01's timestamp): the same message twice books nothing. */
  messageId: text('message_id'),
  report: jsonb('report').$type<BankFileReport>(),
  errors: jsonb('errors').$type<BankFileError[]>().notNull().default([]),
  receivedBy: uuid('received_by').references(() => staffUsers.id),
  receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
  /** The import's progress (migration 0013): payments booked so far of those the file has. */
  paymentsTotal: integer('payments_total').notNull().default(0),
  paymentsDone: integer('payments_done').notNull().default(0),
  startedAt: timestamp('started_at', { withTimezone: true }),
  /** Why the last attempt failed (the job retries; status 'failed' when it gives up). */
  failure: text('failure'),
  finishedAt: timestamp('finished_at', { withTimezone: true }),
}, (t) => [
  index('bank_files_received_idx').on(t.receivedAt.desc()),
  check('bank_files_source', sql`${t.source} in ('upload', 'api', 'folder')`),
]);

/**
 * Money received or paid back. A bank payment carries its identity (decision 0015: the same payment
 * from a camt.054 and the day's camt.053 has the same one, so it is booked once) and the file it came
 * in. What a payment paid is in payment_allocations; what is left of it is the customer's credit when
 * the customer is known (customer_id, or a payment_assignments row), else it waits in the queue.
 * A refund is a payment of its own, negative, kind 'refund', naming the payment it pays back.
 */
export const payments = pgTable('payments', {
  id: uuid('id').primaryKey().defaultRandom(),
  customerId: uuid('customer_id').references(() => customers.id),
  amountOre: bigint('amount_ore', { mode: 'number' }).notNull(),
  paidOn: date('paid_on', { mode: 'string' }).notNull(),
  reference: text('reference'),
  source: text('source').notNull(),
  kind: text('kind').notNull().default('payment'),
  bankFileId: uuid('bank_file_id').references(() => bankFiles.id),
  identity: text('identity').unique(),
  /** Date, amount and OCRs: the same payment in a BgMax file and a camt file (decision 0015). */
  fingerprint: text('fingerprint'),
  payerName: text('payer_name'),
  /** What the file said of it (references, free text, payer, bank codes), for staff. */
  details: jsonb('details').$type<Record<string, unknown>>(),
  /** Why it could not be matched when it was booked (matching.ts UnmatchedReason). */
  unmatchedReason: text('unmatched_reason'),
  refundOf: uuid('refund_of').references((): AnyPgColumn => payments.id),
  createdBy: uuid('created_by').references(() => staffUsers.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
}, (t) => [
  index('payments_customer_idx').on(t.customerId),
  index('payments_fingerprint_idx').on(t.fingerprint),
  index('payments_bank_file_idx').on(t.bankFileId),
  index('payments_refund_of_idx').on(t.refundOf),
  // A camt.053 lump sum asks whether its entry's payments are booked (decision 0015; migration 0013).
  index('payments_entry_identity_idx').on(sql`(${t.details}->>'entryIdentity')`),
  check('payments_source', sql`${t.source} in ('demo', 'manual', 'bank')`),
  check('payments_kind', sql`${t.kind} in ('payment', 'deduction', 'return', 'refund')`),
  check('payments_refund_names_payment', sql`(${t.kind} = 'refund') = (${t.refundOf} is not null)`),
]);

/**
 * A payment staff gave to a customer (a payments row is never edited): an unmatched one as credit, or
 * one moved from the customer its OCR named to the one it came from (decision 0025). The newest
 * assignment of a payment says whose it is.
 */
export const paymentAssignments = pgTable('payment_assignments', {
  id: uuid('id').primaryKey().defaultRandom(),
  paymentId: uuid('payment_id').notNull().references(() => payments.id),
  customerId: uuid('customer_id').notNull().references(() => customers.id),
  createdBy: uuid('created_by').references(() => staffUsers.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
}, (t) => [
  index('payment_assignments_customer_idx').on(t.customerId),
  index('payment_assignments_payment_idx').on(t.paymentId, t.createdAt.desc()),
]);

/** A reminder (påminnelse) sent for an overdue invoice: one per invoice and level, with its fee invoice if any. */
export const invoiceReminders = pgTable('invoice_reminders', {
  id: uuid('id').primaryKey().defaultRandom(),
  invoiceId: uuid('invoice_id').notNull().references(() => invoices.id),
  level: smallint('level').notNull(),
  sentOn: date('sent_on', { mode: 'string' }).notNull(),
  feeInvoiceId: uuid('fee_invoice_id').references(() => invoices.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
}, (t) => [
  uniqueIndex('invoice_reminders_level_idx').on(t.invoiceId, t.level),
  index('invoice_reminders_fee_invoice_idx').on(t.feeInvoiceId),
]);

/**
 * Dröjsmålsränta invoiced (decision 0024): once per invoice paid late, on an interest invoice of its own
 * (a one-off invoice with its own OCR). The primary key keeps a second charge of one invoice out.
 */
export const lateInterestCharges = pgTable('late_interest_charges', {
  invoiceId: uuid('invoice_id').primaryKey().references(() => invoices.id),
  interestInvoiceId: uuid('interest_invoice_id').notNull().unique().references(() => invoices.id),
  interestOre: bigint('interest_ore', { mode: 'number' }).notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
}, (t) => [check('late_interest_charges_positive', sql`${t.interestOre} > 0`)]);

export const paymentAllocations = pgTable('payment_allocations', {
  id: uuid('id').primaryKey().defaultRandom(),
  paymentId: uuid('payment_id').notNull().references(() => payments.id),
  invoiceId: uuid('invoice_id').notNull().references(() => invoices.id),
  /** Negative to undo an allocation (a return of the payment, staff moving it elsewhere). */
  amountOre: bigint('amount_ore', { mode: 'number' }).notNull(),
  createdBy: uuid('created_by').references(() => staffUsers.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
}, (t) => [
  index('payment_allocations_invoice_idx').on(t.invoiceId),
  index('payment_allocations_payment_idx').on(t.paymentId),
  // The daily interest run reads the allocations booked since it last looked (decision 0024).
  index('payment_allocations_created_idx').on(t.createdAt),
]);
