import { check, index, integer, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { customers } from './landlord.ts';

export const staffRole = pgEnum('staff_role', ['administrator', 'customer_manager', 'property_manager', 'finance']);

export const staffStatus = pgEnum('staff_status', ['invited', 'active', 'deactivated']);

/** Failed logins and the lock they lead to (server/domain/login-throttle.ts), shared by both kinds of user. */
const loginState = {
  failedLogins: integer('failed_logins').notNull().default(0),
  lockedUntil: timestamp('locked_until', { withTimezone: true }),
  lastLoginAt: timestamp('last_login_at', { withTimezone: true }),
};

export const staffUsers = pgTable('staff_users', {
  id: uuid('id').primaryKey().defaultRandom(),
  /** Stored lower-case; unique. */
  email: text('email').notNull().unique(),
  name: text('name').notNull(),
  role: staffRole('role').notNull(),
  passwordHash: text('password_hash'),
  status: staffStatus('status').notNull().default('active'),
  /** The TOTP secret, encrypted (server/security/secret-box.ts); null until set up at first login. */
  totpSecret: text('totp_secret'),
  totpEnabledAt: timestamp('totp_enabled_at', { withTimezone: true }),
  /** The 30-second step of the last code accepted: a code works once (RFC 6238, 5.2). */
  totpLastStep: integer('totp_last_step'),
  ...loginState,
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const staffRecoveryCodes = pgTable('staff_recovery_codes', {
  id: uuid('id').primaryKey().defaultRandom(),
  staffUserId: uuid('staff_user_id').notNull().references(() => staffUsers.id, { onDelete: 'cascade' }),
  codeHash: text('code_hash').notNull(),
  usedAt: timestamp('used_at', { withTimezone: true }),
}, (t) => [index('staff_recovery_codes_user_idx').on(t.staffUserId)]);

export const tenantUserStatus = pgEnum('tenant_user_status', ['unverified', 'active', 'deactivated']);

export const tenantUsers = pgTable('tenant_users', {
  id: uuid('id').primaryKey().defaultRandom(),
  customerId: uuid('customer_id').notNull().references(() => customers.id),
  /** Stored lower-case, so login is case-insensitive; unique. */
  username: text('username').notNull().unique(),
  passwordHash: text('password_hash').notNull(),
  name: text('name'),
  email: text('email'),
  emailVerifiedAt: timestamp('email_verified_at', { withTimezone: true }),
  /** E.164 */
  mobile: text('mobile'),
  mobileVerifiedAt: timestamp('mobile_verified_at', { withTimezone: true }),
  status: tenantUserStatus('status').notNull().default('active'),
  /** The language the user last used the portal in: e-mail to them is written in it. */
  language: text('language').notNull().default('sv'),
  ...loginState,
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [index('tenant_users_customer_idx').on(t.customerId)]);

export const flowPurpose = pgEnum('flow_purpose', ['registration', 'password_reset', 'contact_change', 'staff_invitation', 'staff_login']);
export const flowChannel = pgEnum('flow_channel', ['email', 'sms']);

/**
 * A multi-step account flow (registration, password reset, contact change, staff invitation, a staff
 * login waiting for its one-time code). The browser holds the flow's id as a bearer token; only its
 * SHA-256 is stored, as for codes and link tokens.
 */
export const accountFlows = pgTable('account_flows', {
  id: text('id').primaryKey(),
  purpose: flowPurpose('purpose').notNull(),
  tenantUserId: uuid('tenant_user_id').references(() => tenantUsers.id, { onDelete: 'cascade' }),
  staffUserId: uuid('staff_user_id').references(() => staffUsers.id, { onDelete: 'cascade' }),
  channel: flowChannel('channel'),
  destination: text('destination'),
  /** For a contact change: 'email' or 'mobile', and the new value (destination). */
  contactKind: text('contact_kind'),
  codeHash: text('code_hash'),
  linkTokenHash: text('link_token_hash').unique(),
  codeExpiresAt: timestamp('code_expires_at', { withTimezone: true }),
  attempts: integer('attempts').notNull().default(0),
  lastSentAt: timestamp('last_sent_at', { withTimezone: true }),
  verifiedAt: timestamp('verified_at', { withTimezone: true }),
  completedAt: timestamp('completed_at', { withTimezone: true }),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  index('account_flows_tenant_user_idx').on(t.tenantUserId),
  index('account_flows_staff_user_idx').on(t.staffUserId),
  index('account_flows_expires_idx').on(t.expiresAt),
]);

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
