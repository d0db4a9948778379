// A prepared statement maps its rows by a function made for it once (server/db/prepared.ts): every kind of
// column the schema has comes out exactly as Drizzle's own mapping gives it, nulls and nested objects of
// inner joins included, on PGlite and PostgreSQL alike; a nested object of a left join is left to Drizzle.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DrizzleQueryError, eq, sql } from 'drizzle-orm';
import { openTestDatabase } from '../support/test-app.ts';
import type { Database } from '../../server/db/client.ts';
import { compileRowMapping, prepared } from '../../server/db/prepared.ts';
import { cases, customers, invoices, landlordSettings, leases, rentalObjects, tenantUsers } from '../../server/db/schema/index.ts';
import { isoInstantOf } from '../../server/db/iso-instant.ts';

let database: Database;
beforeAll(async () => { database = await openTestDatabase(); });
afterAll(async () => { await database?.close(); });

const mapped = (statement: unknown) => typeof (statement as { customResultMapper?: unknown }).customResultMapper === 'function';

describe('rows of a prepared statement, mapped by a function made for it', () => {
  it('give what Drizzle gives for every kind of column, and for SQL fields with and without a decoder', async () => {
    const { db } = database;
    const build = (name: string) => db
      .select({
        id: invoices.id, number: invoices.number, kind: invoices.kind, customerId: invoices.customerId, leaseId: invoices.leaseId,
        periodFrom: invoices.periodFrom, dueDate: invoices.dueDate, ocr: invoices.ocr, text: invoices.text, totalOre: invoices.totalOre,
        createdAt: invoices.createdAt, customerName: customers.name, leaseEnd: leases.endDate,
        fTax: landlordSettings.fTax, links: landlordSettings.usefulLinks, reminderDays: landlordSettings.reminderDaysAfterDue,
        interestSince: landlordSettings.lateInterestSince, kpiBase: sql`null::numeric`, areaSqm: rentalObjects.areaSqm,
        counted: sql<number>`count(*) over ()::int`.mapWith(Number), raw: sql<string>`'as it is'`,
        asDate: sql<Date>`${invoices.createdAt}`.mapWith((v: string | Date) => new Date(v)), aliased: sql<string>`upper(${customers.name})`.as('aliased'),
      })
      .from(invoices)
      .innerJoin(customers, eq(customers.id, invoices.customerId))
      .leftJoin(leases, eq(leases.id, invoices.leaseId))
      .leftJoin(rentalObjects, eq(rentalObjects.id, sql`(select id from rental_objects where area_sqm is not null order by id limit 1)`))
      .innerJoin(landlordSettings, sql`true`)
      .where(sql`${invoices.customerId} <> ${sql.placeholder('not')}`)
      .orderBy(invoices.number)
      .prepare(name);
    const ours = prepared(db, 'test_rows_compiled', () => build('test_rows_compiled'));
    const drizzles = build('test_rows_drizzle');
    expect(mapped(ours)).toBe(true);
    expect(mapped(drizzles)).toBe(false);
    const values = { not: '00000000-0000-4000-8000-000000000000' };
    const [a, b] = [await ours.execute(values), await drizzles.execute(values)];
    expect(a.length).toBeGreaterThan(10);
    expect(a).toEqual(b);
    // The same types, not only equal values: Dates are Dates, öre are numbers, a jsonb is parsed.
    const first = a[0]!;
    expect(first.createdAt).toBeInstanceOf(Date);
    expect(first.asDate).toBeInstanceOf(Date);
    expect(typeof first.totalOre).toBe('number');
    expect(Array.isArray(first.links)).toBe(true);
    expect(first.leaseEnd === null || typeof first.leaseEnd === 'string').toBe(true);
    expect(typeof first.areaSqm).toBe('number');
    expect(first.kpiBase).toBeNull();
    expect(Object.keys(first)).toEqual(Object.keys(b[0]!));
  });

  it('give what Drizzle gives for nested objects of inner-joined tables (a user with its customer)', async () => {
    const { db } = database;
    const build = (name: string) => db.select({ user: tenantUsers, customer: customers, name: customers.name })
      .from(tenantUsers).innerJoin(customers, eq(customers.id, tenantUsers.customerId)).orderBy(tenantUsers.id).prepare(name);
    const ours = prepared(db, 'test_rows_nested_inner', () => build('test_rows_nested_inner'));
    const drizzles = build('test_rows_nested_inner_drizzle');
    expect(mapped(ours)).toBe(true);
    const [a, b] = [await ours.execute(), await drizzles.execute()];
    expect(a.length).toBeGreaterThanOrEqual(2);
    expect(a).toEqual(b);
    expect(a[0]!.user.createdAt).toBeInstanceOf(Date);
    expect(Object.keys(a[0]!)).toEqual(Object.keys(b[0]!));
    expect(Object.keys(a[0]!.user)).toEqual(Object.keys(b[0]!.user));
  });

  it('leave a select with nested objects (a left join made null when all its fields are) to Drizzle', async () => {
    const { db } = database;
    const statement = db.select({ id: invoices.id, lease: { id: leases.id, number: leases.number } })
      .from(invoices).leftJoin(leases, eq(leases.id, invoices.leaseId)).limit(5).prepare('test_rows_nested');
    compileRowMapping(statement);
    expect(mapped(statement)).toBe(false);
    expect((await statement.execute()).length).toBe(5);
  });

  it('fail as Drizzle fails (its error, with the statement), and run inside a transaction on its client', async () => {
    const { db } = database;
    const statement = prepared(db, 'test_rows_bad_uuid', () => db.select({ id: invoices.id }).from(invoices)
      .where(eq(invoices.customerId, sql.placeholder('customerId'))).prepare('test_rows_bad_uuid'));
    const failed = await statement.execute({ customerId: 'not-a-uuid' }).catch((error: unknown) => error);
    expect(failed).toBeInstanceOf(DrizzleQueryError);
    expect((failed as DrizzleQueryError).query).toContain('"customer_id" = $1');
    const [any] = await db.select({ customerId: invoices.customerId }).from(invoices).limit(1);
    const inside = await db.transaction(async (tx) => {
      await tx.execute(sql`create temporary table test_rows_seen (n int) on commit drop`);
      const rows = await prepared(tx, 'test_rows_in_tx', () => tx.select({ id: invoices.id, seen: sql<number>`(select count(*) from test_rows_seen)::int`.mapWith(Number) })
        .from(invoices).where(eq(invoices.customerId, sql.placeholder('customerId'))).prepare('test_rows_in_tx')).execute({ customerId: any!.customerId });
      return rows;
    });
    // The temporary table exists only on the transaction's connection: the statement ran there.
    expect(inside.length).toBeGreaterThan(0);
    expect(inside[0]!.seen).toBe(0);
  });

  it('read an instant as the API\'s ISO text (isoInstantOf): what toISOString gives of the Date, null as null', async () => {
    const { db } = database;
    const build = (name: string) => db
      .select({ id: cases.id, at: cases.createdAt, iso: isoInstantOf(cases.createdAt), waiting: cases.waitingSince, waitingIso: isoInstantOf(cases.waitingSince) })
      .from(cases).orderBy(cases.id).prepare(name);
    const ours = prepared(db, 'test_rows_iso', () => build('test_rows_iso'));
    expect(mapped(ours)).toBe(true);
    for (const rows of [await ours.execute(), await build('test_rows_iso_drizzle').execute()]) {
      expect(rows.length).toBeGreaterThan(3);
      expect(rows.some((r) => r.waiting === null)).toBe(true);
      for (const r of rows) {
        expect(r.iso).toBe(r.at.toISOString());
        expect(r.waitingIso).toBe(r.waiting ? r.waiting.toISOString() : null);
      }
    }
  });
});
