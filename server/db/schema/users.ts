import { boolean, check, index, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { customers } from './landlord.ts';

export const staffRole = pgEnum('staff_role', ['administrator', 'customer_manager', 'property_manager', 'finance']);

export const staffUsers = pgTable('staff_users', {
  id: uuid('id').primaryKey().defaultRandom(),
  /** Stored lower-case; unique. */
  email: text('email').notNull().unique(),
  name: text('name').notNull(),
  role: staffRole('role').notNull(),
  passwordHash: text('password_hash'),
  active: boolean('active').notNull().default(true),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const tenantUsers = pgTable('tenant_users', {
  id: uuid('id').primaryKey().defaultRandom(),
  customerId: uuid('customer_id').notNull().references(() => customers.id),
  /** Stored lower-case, so login is case-insensitive; unique. */
  username: text('username').notNull().unique(),
  passwordHash: text('password_hash').notNull(),
  name: text('name'),
  email: text('email'),
  mobile: text('mobile'),
  active: boolean('active').notNull().default(true),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [index('tenant_users_customer_idx').on(t.customerId)]);

export const sessions = pgTable('sessions', {
  /** SHA-256 of the cookie token: a leaked table cannot be replayed. */
  id: text('id').primaryKey(),
  tenantUserId: uuid('tenant_user_id').references(() => tenantUsers.id, { onDelete: 'cascade' }),
  staffUserId: uuid('staff_user_id').references(() => staffUsers.id, { onDelete: 'cascade' }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  ip: text('ip'),
  userAgent: text('user_agent'),
}, (t) => [
  check('sessions_one_principal', sql`(${t.tenantUserId} is null) <> (${t.staffUserId} is null)`),
  index('sessions_tenant_user_idx').on(t.tenantUserId),
  index('sessions_staff_user_idx').on(t.staffUserId),
  index('sessions_expires_idx').on(t.expiresAt),
]);
