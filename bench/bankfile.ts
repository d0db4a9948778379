// Issue 11's bank-file figure at the scale of a busy day: a camt.054 of 10,000 payments received and
// imported (read whole and checked, sorted from the ledger, matched by OCR against 10,000 open
// invoices, booked with allocations, audit events and credit in one transaction), on PostgreSQL,
// beside a floor: the time PostgreSQL takes to insert the same payments and allocations, each table in
// one multi-row INSERT, from the same process. PostgreSQL only (BENCH_DATABASE_URL).
import pg from 'pg';
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { eq, sql } from 'drizzle-orm';
import { parseConfig } from '../server/config.ts';
import { createFileStore } from '../server/files/store.ts';
import { scratchPostgres } from './scratch-db.ts';
import { runMigrations } from '../server/db/migrate.ts';
import { seedDemo } from '../server/demo/seed.ts';
import { insertRowsAsJson } from '../server/db/bulk-insert.ts';
import { bankFiles, customers, invoices, payments } from '../server/db/schema/index.ts';
import { ocrForInvoice } from '../server/domain/billing/index.ts';
import { swedishDate } from '../server/domain/dates.ts';
import { writeCamt054, type CamtEntryOut } from '../server/domain/payments/index.ts';
import type { Jobs } from '../server/jobs/queue.ts';
import { receiveBankFile } from '../server/usecases/payments/receive-bank-file.ts';
import { importBankFile } from '../server/usecases/payments/import-bank-file.ts';
import { systemClock } from '../server/clock.ts';

const PAYMENTS = 10_000;
const PER_DEPOSIT = 100;
const FIRST_NUMBER = 5_000_000;

/** The queue takes nothing: the import is performed here, on its own, and timed. */
const noJobs: Jobs = { send: async () => null, sendMany: async () => {}, stop: async () => {} };

export async function benchBankFile(adminUrl: string): Promise<string[]> {
  const { database, url, drop } = await scratchPostgres(adminUrl, 'bench_bankfile', 10);
  try {
    await runMigrations(database);
    const now = new Date();
    await seedDemo(database.db, now);
    const today = swedishDate(now);
    // 10,000 open invoices of 1,000 customers, one for each payment to pay.
    await database.executeSql(`
      insert into customers (name, kind, identity_number, street, postal_code, city)
        select 'Bankkund ' || i, 'company', 'K' || lpad(i::text, 11, '0'), 'Bankgatan ' || i, '411 00', 'Göteborg' from generate_series(1, 1000) i`);
    const ids = (await database.db.select({ id: customers.id }).from(customers).where(sql`${customers.identityNumber} like 'K%'`)).map((c) => c.id);
    const open = Array.from({ length: PAYMENTS }, (_, i) => {
      const number = FIRST_NUMBER + i;
      const net = 8_000_00 + (i % 500) * 100;
      return { id: randomUUID(), number, kind: 'one_off' as const, customerId: ids[i % ids.length]!, issueDate: today, dueDate: today, ocr: ocrForInvoice(number), text: 'Bänk', netOre: net, vatOre: net / 4, totalOre: net + net / 4, createdAt: now };
    });
    await insertRowsAsJson(database.db, invoices, open);
    await database.executeSql('analyze');

    // Most pay exactly; every 20th pays 500 kr too much (credit), every 50th names an OCR of no invoice.
    const entries: CamtEntryOut[] = [];
    for (let d = 0; d < PAYMENTS / PER_DEPOSIT; d++) {
      entries.push({
        reference: `BENCH${today.replace(/-/g, '')}D${String(d).padStart(4, '0')}`, bookingDate: today,
        payments: open.slice(d * PER_DEPOSIT, (d + 1) * PER_DEPOSIT).map((invoice, j) => {
          const i = d * PER_DEPOSIT + j;
          const ocr = i % 50 === 49 ? ocrForInvoice(FIRST_NUMBER + PAYMENTS + i) : invoice.ocr;
          return { reference: `BENCHTX${String(i).padStart(8, '0')}`, amountOre: invoice.totalOre + (i % 20 === 19 ? 500_00 : 0), references: [{ ocr }], payerName: `Bankkund ${i}` };
        }),
      });
    }
    const file = Buffer.from(writeCamt054({ messageId: `BENCH${Date.now()}`, createdAt: `${today}T17:00:00Z`, bankgiro: '50501055', entries }));
    const config = parseConfig({ NODE_ENV: 'test', DATA_DIR: tmpdir(), SESSION_SECRET: 'bench-secret-0123456789-0123456789-xx', DATABASE_URL: url });
    const deps = { db: database.db, jobs: noJobs, files: createFileStore({ provider: 'disk', dir: `${tmpdir()}/bench-bankfile-${Date.now()}` }), clock: systemClock, config };

    const rss0 = process.memoryUsage().rss;
    const t0 = performance.now();
    const { id } = await receiveBankFile(deps, { bytes: file, fileName: 'bench-camt054.xml', source: 'api', staffId: null, ip: null });
    const t1 = performance.now();
    await importBankFile(deps, id);
    const t2 = performance.now();
    const rss1 = process.memoryUsage().rss;
    const [row] = await database.db.select().from(bankFiles).where(eq(bankFiles.id, id));
    const report = row!.report!;

    // The floor: the same payments and allocations, read back, inserted again into copies of the tables
    // (with their indexes and checks, without the insert-only trigger), each in one statement.
    await database.executeSql('create table floor_payments (like payments including all); create table floor_allocations (like payment_allocations including all)');
    const booked = await database.executeSql('select * from payments where bank_file_id = $1', [id]);
    const allocated = await database.executeSql('select a.* from payment_allocations a join payments p on p.id = a.payment_id where p.bank_file_id = $1', [id]);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const f0 = performance.now();
    await client.query('begin');
    await client.query('insert into floor_payments select * from json_populate_recordset(null::floor_payments, $1)', [JSON.stringify(booked.rows)]);
    await client.query('insert into floor_allocations select * from json_populate_recordset(null::floor_allocations, $1)', [JSON.stringify(allocated.rows)]);
    await client.query('commit');
    const f1 = performance.now();
    await client.end();
    const count = (await database.db.select({ n: sql<number>`count(*)::int` }).from(payments).where(eq(payments.bankFileId, id)))[0]!.n;

    const importSeconds = (t2 - t0) / 1000;
    const floorSeconds = (f1 - f0) / 1000;
    return [
      `bank file: a camt.054 of ${PAYMENTS} payments (${(file.length / 1024 / 1024).toFixed(1)} MB) against ${PAYMENTS} open invoices: ${count} booked (${report.matched} matched, ${report.credit} with credit, ${report.unmatched} unmatched) in ${importSeconds.toFixed(2)} s (receive ${((t1 - t0) / 1000).toFixed(2)} s, import ${((t2 - t1) / 1000).toFixed(2)} s; memory +${((rss1 - rss0) / 1024 / 1024).toFixed(0)} MB)`,
      `floor: the same ${booked.rows.length} payments and ${allocated.rows.length} allocations in one multi-row INSERT each: ${floorSeconds.toFixed(2)} s; the import takes ${(importSeconds / floorSeconds).toFixed(1)} × the floor`,
    ];
  } finally {
    await drop();
  }
}
