// Issue 10's invoice run figure: a quarter for 20,000 leases with 3 rent rows each (and a tenant user
// with a verified e-mail for every fourth customer, who is told), on PostgreSQL, beside a floor: the
// time PostgreSQL takes to insert the same invoices and rows, each table in one multi-row INSERT, from
// the same process. The goal is under 15 s. PostgreSQL only (BENCH_DATABASE_URL).
import { createFileStore } from '../server/files/store.ts';
import pg from 'pg';
import pino from 'pino';
import { tmpdir } from 'node:os';
import { eq, sql } from 'drizzle-orm';
import { parseConfig } from '../server/config.ts';
import { scratchPostgres } from './scratch-db.ts';
import { runMigrations } from '../server/db/migrate.ts';
import { seedDemo } from '../server/demo/seed.ts';
import { startJobs, type Jobs } from '../server/jobs/queue.ts';
import { jobDefinitions } from '../server/jobs/index.ts';
import { invoiceRows, invoiceRuns, invoices, staffUsers } from '../server/db/schema/index.ts';
import { addMonths, parsePeriodKey, periodKeyOf } from '../server/domain/billing/index.ts';
import { swedishDate } from '../server/domain/dates.ts';
import { startInvoiceRun } from '../server/usecases/billing/start-invoice-run.ts';
import { performInvoiceRun } from '../server/usecases/billing/perform-invoice-run.ts';
import { systemClock } from '../server/clock.ts';

const LEASES = 20_000;

async function fill(execute: (text: string) => Promise<unknown>): Promise<void> {
  await execute(`
    insert into customers (name, kind, identity_number, street, postal_code, city, email)
      select 'Avikund ' || i, 'company', 'A' || lpad(i::text, 11, '0'), 'Avigatan ' || i, '411 00', 'Göteborg', 'avikund' || i || '@exempel.net'
      from generate_series(1, ${LEASES}) i;
    insert into leases (number, customer_id, start_date, notice_period_months, billing_period, signing, voluntary_vat)
      select 'B' || lpad(n::text, 6, '0'), id, '2024-01-01', 9, 'quarterly', 'manual', true
      from (select id, row_number() over (order by identity_number) as n from customers where identity_number like 'A%') c;
    insert into rent_rows (lease_id, kind, description, amount_ore, per, vat_rate_percent, valid_from)
      select l.id, r.kind::rent_row_kind, r.description, r.amount + (l.n % 1000) * 100, r.per::rent_per, 25, '2024-01-01'
      from (select id, row_number() over (order by number) as n from leases where number like 'B%') l
      cross join (values ('base_rent', 'Grundhyra lokal', 24000000, 'year'), ('property_tax', 'Fastighetsskattetillägg', 600000, 'year'), ('heating', 'Värme', 120000, 'month')) r(kind, description, amount, per);
    insert into tenant_users (customer_id, username, password_hash, email, email_verified_at, language)
      select id, 'avi' || n, 'not-a-hash', 'avi' || n || '@exempel.net', now(), case when n % 2 = 0 then 'sv' else 'en' end
      from (select id, row_number() over (order by identity_number) as n from customers where identity_number like 'A%') c where n % 4 = 0;
    analyze;`);
}

export async function benchBilling(adminUrl: string): Promise<string[]> {
  const { database, url, drop } = await scratchPostgres(adminUrl, 'bench_billing', 10);
  let jobs: Jobs | null = null;
  try {
    await runMigrations(database);
    await seedDemo(database.db, new Date());
    await fill((text) => database.executeSql(text));
    const config = parseConfig({ NODE_ENV: 'test', DATA_DIR: tmpdir(), SESSION_SECRET: 'bench-secret-0123456789-0123456789-xx', DATABASE_URL: url });
    // The queue is there (the run's e-mails and their delivery jobs are written) but nothing works it:
    // the run is performed here, on its own, and timed.
    jobs = await startJobs(database, pino({ level: 'silent' }), { work: false, definitions: jobDefinitions({ db: database.db, config, transports: { email: null, sms: null, devMailbox: true }, files: createFileStore(config.files), clock: systemClock, logger: pino({ level: 'silent' }), jobs: () => jobs! }) });
    const staff = (await database.db.select({ id: staffUsers.id }).from(staffUsers).where(eq(staffUsers.email, 'ekonomi@exempel.se')))[0]!;
    // A quarter after the demo data's avier.
    const today = swedishDate(new Date());
    const period = periodKeyOf('quarter', addMonths(parsePeriodKey(periodKeyOf('quarter', today))!.start, 6));
    const deps = { db: database.db, jobs, config, clock: systemClock };

    const t0 = performance.now();
    const runId = await startInvoiceRun(deps, { staffId: staff.id, period, ip: '127.0.0.1' });
    const t1 = performance.now();
    await performInvoiceRun(deps, runId);
    const t2 = performance.now();
    const [run] = await database.db.select().from(invoiceRuns).where(eq(invoiceRuns.id, runId));
    const rowCount = (await database.db.select({ n: sql<number>`count(*)::int` }).from(invoiceRows)
      .innerJoin(invoices, eq(invoices.id, invoiceRows.invoiceId)).where(eq(invoices.runId, runId)))[0]!.n;

    // The floor: the same invoices and rows, read back, inserted again into copies of the tables (with
    // their indexes and checks, without the insert-only trigger), each in one statement.
    await database.executeSql(`create table floor_invoices (like invoices including all); create table floor_invoice_rows (like invoice_rows including all)`);
    const made = await database.executeSql(`select * from invoices where run_id = $1`, [runId]);
    const rows = await database.executeSql(`select r.* from invoice_rows r join invoices i on i.id = r.invoice_id where i.run_id = $1`, [runId]);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const f0 = performance.now();
    await client.query('begin');
    await client.query('insert into floor_invoices select * from json_populate_recordset(null::floor_invoices, $1)', [JSON.stringify(made.rows)]);
    await client.query('insert into floor_invoice_rows select * from json_populate_recordset(null::floor_invoice_rows, $1)', [JSON.stringify(rows.rows)]);
    await client.query('commit');
    const f1 = performance.now();
    await client.end();

    const runSeconds = (t2 - t0) / 1000;
    const floorSeconds = (f1 - f0) / 1000;
    return [
      `invoice run ${period}, ${LEASES} leases × 3 rent rows: ${run!.invoiceCount} avier, ${rowCount} rows in ${runSeconds.toFixed(2)} s (start and preview ${((t1 - t0) / 1000).toFixed(2)} s, job ${((t2 - t1) / 1000).toFixed(2)} s; goal < 15 s)`,
      `floor: the same ${made.rows.length} invoices and ${rows.rows.length} rows in one multi-row INSERT each: ${floorSeconds.toFixed(2)} s; the run takes ${(runSeconds / floorSeconds).toFixed(1)} × the floor`,
    ];
  } finally {
    await jobs?.stop().catch(() => {});
    await drop();
  }
}
