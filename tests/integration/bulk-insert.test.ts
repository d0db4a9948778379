// Rows inserted in bulk (db/bulk-insert.ts) read back exactly as given, on both databases: text with
// quotes, backslashes, commas, braces and non-ASCII; jsonb details; nulls and defaults; dates and
// instants; big öre amounts; an enum.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { insertRowsAsJson } from '../../server/db/bulk-insert.ts';
import { auditEvents, invoices } from '../../server/db/schema/index.ts';

let t: TestApp;
beforeAll(async () => { t = await createTestApp(); });
afterAll(async () => { await t?.close(); });

describe('insertRowsAsJson', () => {
  it('keeps every value as given, and a column no row gives keeps its default', async () => {
    const at = new Date('2027-02-03T04:05:06.789Z');
    const awkward = 'Citat "så", snedstreck \\ och {klammer}, komma; NULL ÅÄÖ é ✓';
    const details = { text: awkward, nested: { list: [1, 'två', null], ok: true }, empty: '' };
    await insertRowsAsJson(t.database.db, auditEvents, [
      { at, actorKind: 'system', action: 'test.bulk.1', subjectId: awkward, details },
      { at, actorKind: 'system', action: 'test.bulk.2', subjectId: null, details: {} },
      { at, actorKind: 'system', action: 'test.bulk.3', subjectId: 'NULL', details: { quote: '"', backslash: '\\' } },
    ]);
    const rows = await t.database.db.select().from(auditEvents).where(sql`${auditEvents.action} like 'test.bulk.%'`).orderBy(auditEvents.seq);
    expect(rows.map((r) => [r.action, r.subjectId, r.details, r.at.toISOString()])).toEqual([
      ['test.bulk.1', awkward, details, at.toISOString()],
      ['test.bulk.2', null, {}, at.toISOString()],
      ['test.bulk.3', 'NULL', { quote: '"', backslash: '\\' }, at.toISOString()],
    ]);
    expect(rows[0]!.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(rows[1]!.seq).toBeGreaterThan(rows[0]!.seq);
  });

  it('casts dates, numbers and an enum', async () => {
    const [customer] = (await t.database.executeSql('select id from customers order by name limit 1')).rows as { id: string }[];
    await t.database.db.transaction(async (tx) => {
      await insertRowsAsJson(tx, invoices, [{
        number: 990_000_001, kind: 'one_off', customerId: customer!.id, issueDate: '2027-01-31', dueDate: '2027-02-28', ocr: null,
        text: 'Bulk', netOre: 8_000_000_000, vatOre: 2_000_000_000, totalOre: 10_000_000_000, createdAt: new Date('2027-01-31T08:00:00Z'),
      }]);
      const [row] = await tx.select().from(invoices).where(eq(invoices.number, 990_000_001));
      expect(row).toMatchObject({ kind: 'one_off', dueDate: '2027-02-28', totalOre: 10_000_000_000, ocr: null, leaseId: null });
      tx.rollback();
    }).catch((error: Error) => { if (!/rollback/i.test(error.message)) throw error; });
  });
});
