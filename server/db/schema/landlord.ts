import { bigint, boolean, check, date, integer, jsonb, numeric, pgEnum, pgTable, primaryKey, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { staffUsers } from './users.ts';
import type { AccountPlanSettings } from '../../domain/payments/sie-period.ts';

export interface UsefulLink {
  label: { sv: string; en: string };
  url: string;
}

/** One row: the landlord running this installation. */
export const landlordSettings = pgTable('landlord_settings', {
  id: smallint('id').primaryKey().default(1),
  name: text('name').notNull(),
  orgNumber: text('org_number').notNull(),
  vatNumber: text('vat_number').notNull(),
  street: text('street').notNull(),
  postalCode: text('postal_code').notNull(),
  city: text('city').notNull(),
  email: text('email'),
  phone: text('phone'),
  website: text('website'),
  bankgiro: text('bankgiro').notNull(),
  /** Godkänd för F-skatt: printed on every invoice when true. */
  fTax: boolean('f_tax').notNull().default(true),
  usefulLinks: jsonb('useful_links').$type<UsefulLink[]>().notNull().default([]),
  /**
   * Påminnelseavgift in öre, 0 for none: a value above 0 says the leases' terms agree to a reminder fee
   * (lag 1981:739 4 §: agreed at the latest when the debt arose), at most 60 kr (checked here too).
   */
  reminderFeeOre: integer('reminder_fee_ore').notNull().default(0),
  /** Days after the due date that reminder 1, 2 … go out (each later than the one before). */
  reminderDaysAfterDue: integer('reminder_days_after_due').array().notNull().default([3, 14]),
  /** Dröjsmålsränta is invoiced once an overdue invoice is paid (decision 0024); off: only shown. */
  lateInterestCharged: boolean('late_interest_charged').notNull().default(false),
  /** No interest invoice below this (öre): a few kronor cost more to invoice than they bring. */
  lateInterestMinimumOre: integer('late_interest_minimum_ore').notNull().default(5000),
  /** When charging was last turned on: what was booked before is never charged. */
  lateInterestSince: timestamp('late_interest_since', { withTimezone: true }),
  /** Up to when the interest run has read the allocations; set to the moment charging is turned on. */
  lateInterestCheckedTo: timestamp('late_interest_checked_to', { withTimezone: true }),
  /** The bookkeeping export's accounts where they differ from the BAS defaults (server/domain/payments/sie.ts); null: BAS. */
  sieAccounts: jsonb('sie_accounts').$type<AccountPlanSettings>(),
}, (t) => [
  check('landlord_settings_single_row', sql`${t.id} = 1`),
  check('landlord_settings_reminder_fee', sql`${t.reminderFeeOre} between 0 and 6000`),
  check('landlord_settings_late_interest_minimum', sql`${t.lateInterestMinimumOre} between 0 and 100000`),
  check('landlord_settings_reminder_days', sql`cardinality(${t.reminderDaysAfterDue}) between 1 and 5`),
]);

export const properties = pgTable('properties', {
  id: uuid('id').primaryKey().defaultRandom(),
  designation: text('designation').notNull().unique(),
  name: text('name').notNull(),
  propertyManagerId: uuid('property_manager_id').references(() => staffUsers.id),
});

export const buildings = pgTable('buildings', {
  id: uuid('id').primaryKey().defaultRandom(),
  propertyId: uuid('property_id').notNull().references(() => properties.id),
  name: text('name').notNull(),
  street: text('street').notNull(),
  postalCode: text('postal_code').notNull(),
  city: text('city').notNull(),
});

export const rentalObjectType = pgEnum('rental_object_type', ['premises', 'apartment', 'parking', 'storage']);

export const rentalObjects = pgTable('rental_objects', {
  id: uuid('id').primaryKey().defaultRandom(),
  buildingId: uuid('building_id').notNull().references(() => buildings.id),
  number: text('number').notNull().unique(),
  type: rentalObjectType('type').notNull(),
  areaSqm: numeric('area_sqm', { precision: 8, scale: 1, mode: 'number' }),
  floor: integer('floor'),
  description: text('description'),
});

export const spaceKind = pgEnum('space_kind', ['kitchen', 'bathroom', 'hall', 'office', 'room', 'storage', 'staff_room', 'shop', 'workshop']);

export const spaces = pgTable('spaces', {
  id: uuid('id').primaryKey().defaultRandom(),
  rentalObjectId: uuid('rental_object_id').notNull().references(() => rentalObjects.id),
  kind: spaceKind('kind').notNull(),
  name: text('name').notNull(),
});

export const customerKind = pgEnum('customer_kind', ['company', 'private']);

export const customers = pgTable('customers', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  kind: customerKind('kind').notNull(),
  /** Canonical 10 digits for an organisationsnummer, 12 for a personnummer; no dash. */
  identityNumber: text('identity_number').notNull().unique(),
  street: text('street').notNull(),
  postalCode: text('postal_code').notNull(),
  city: text('city').notNull(),
  email: text('email'),
  /** E.164 */
  mobile: text('mobile'),
  customerManagerId: uuid('customer_manager_id').references(() => staffUsers.id),
});

export const billingPeriod = pgEnum('billing_period', ['monthly', 'quarterly']);
export const signingKind = pgEnum('signing_kind', ['digital', 'manual']);

export const leases = pgTable('leases', {
  id: uuid('id').primaryKey().defaultRandom(),
  number: text('number').notNull().unique(),
  customerId: uuid('customer_id').notNull().references(() => customers.id),
  startDate: date('start_date', { mode: 'string' }).notNull(),
  endDate: date('end_date', { mode: 'string' }),
  noticePeriodMonths: integer('notice_period_months').notNull(),
  billingPeriod: billingPeriod('billing_period').notNull(),
  signing: signingKind('signing').notNull(),
  /** Frivillig skattskyldighet: the premises are let with VAT (25 %); housing never is. */
  voluntaryVat: boolean('voluntary_vat').notNull().default(false),
}, (t) => [check('leases_end_after_start', sql`${t.endDate} is null or ${t.endDate} >= ${t.startDate}`)]);

export const leaseObjects = pgTable('lease_objects', {
  leaseId: uuid('lease_id').notNull().references(() => leases.id, { onDelete: 'cascade' }),
  rentalObjectId: uuid('rental_object_id').notNull().references(() => rentalObjects.id),
}, (t) => [primaryKey({ columns: [t.leaseId, t.rentalObjectId] })]);

export const rentRowKind = pgEnum('rent_row_kind', ['base_rent', 'index', 'property_tax', 'heating', 'parking', 'service']);
export const rentPer = pgEnum('rent_per', ['year', 'month']);

export const rentRows = pgTable('rent_rows', {
  id: uuid('id').primaryKey().defaultRandom(),
  leaseId: uuid('lease_id').notNull().references(() => leases.id, { onDelete: 'cascade' }),
  kind: rentRowKind('kind').notNull(),
  description: text('description').notNull(),
  /** Integer öre, excluding VAT. */
  amountOre: bigint('amount_ore', { mode: 'number' }).notNull(),
  per: rentPer('per').notNull(),
  vatRatePercent: smallint('vat_rate_percent').notNull(),
  /** The row applies from and to these dates (inclusive); null is open. Invoices prorate by day. */
  validFrom: date('valid_from', { mode: 'string' }),
  validTo: date('valid_to', { mode: 'string' }),
  /** An index row's base KPI and current KPI (staff enter both; DOMAIN-SE.md §7.1). */
  kpiBase: numeric('kpi_base', { precision: 8, scale: 2, mode: 'number' }),
  kpiCurrent: numeric('kpi_current', { precision: 8, scale: 2, mode: 'number' }),
}, (t) => [
  check('rent_rows_vat_rate', sql`${t.vatRatePercent} in (0, 25)`),
  check('rent_rows_valid_to_after_from', sql`${t.validTo} is null or ${t.validFrom} is null or ${t.validTo} >= ${t.validFrom}`),
]);
