// Issue 11's bank-file figures (goal: a camt.054 of 50,000 payments read, checked and matched against
// 1,000,000 invoices in under 10 s, a BgMax file of 50,000 in under 8 s, under 300 MB either), on
// PostgreSQL (BENCH_DATABASE_URL): each file imported by the import job's whole path (read whole and
// checked, sorted from the ledger, matched by OCR, booked with allocations, audit events and credit in
// one transaction, the report), each round in a process of its own (bankfile-import.ts) for its peak
// memory, beside the floor: the same payments and allocations inserted again by that process, each table
// in one multi-row INSERT. Floor and import alternate (A B A B) on a shared machine; the median counts.
// The round's process is started as `npm start` starts the server: bundled, with its Node flags.
// The million invoices are made once into a template database kept between runs (scratch-db.ts).
import { execFile } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { benchTemplate, scratchPostgres } from './scratch-db.ts';
import { startNodeFlags } from './start-flags.ts';
import type { RoundFigures, RoundInput } from './bankfile-import.ts';
import type { Database } from '../server/db/client.ts';
import { runMigrations } from '../server/db/migrate.ts';
import { seedDemo } from '../server/demo/seed.ts';
import { createFileStore } from '../server/files/store.ts';
import { insertBankFile } from '../server/repositories/bank-files.ts';
import { ocrForInvoice } from '../server/domain/billing/index.ts';
import { swedishDate } from '../server/domain/dates.ts';
import { writeBgmax, writeCamt054, type BgmaxDepositOut, type CamtEntryOut } from '../server/domain/payments/index.ts';
import { BANK_FILE_MAX_BYTES } from '../server/usecases/payments/receive-bank-file.ts';

const run = promisify(execFile);
const PAYMENTS = Number(process.env.BENCH_BANK_PAYMENTS ?? 50_000);
const ROUNDS = Number(process.env.BENCH_BANK_ROUNDS ?? 3);
/** BENCH_BANK_FORMATS=camt.054 or bgmax: one of them only. */
const FORMATS = (process.env.BENCH_BANK_FORMATS ?? 'camt.054,bgmax').split(',');
/** BENCH_BANK_PROFILE=<dir>: each round's process writes a CPU profile (node --cpu-prof) and a heap profile there. */
const PROFILE = process.env.BENCH_BANK_PROFILE;
/** BENCH_BANK_NODE_FLAGS: more flags for each round's process (e.g. --trace-gc). */
const NODE_FLAGS = (process.env.BENCH_BANK_NODE_FLAGS ?? '').split(' ').filter(Boolean);
const PER_DEPOSIT = 100;
const CUSTOMERS = 20_000;
const INVOICES = 1_000_000;
/** Invoice i (0-based) has number FIRST + i; the older half is paid, the files pay the newer half. */
const FIRST = 60_000_000;
const OPEN_FROM = INVOICES / 2;

const totalOre = (i: number) => 10_000_00 + (i % 500) * 100;

/**
 * 20,000 customers with 50 invoices each over four years (1,000,000), valid OCRs (number, length digit,
 * Luhn, as ocrForInvoice), the older half paid by a payment each: made in SQL, in about a minute.
 */
async function fill(database: Database): Promise<void> {
  const started = Date.now();
  await runMigrations(database);
  await seedDemo(database.db, new Date());
  // The Luhn digit of the nine digits number || '0' (the length digit), position by position.
  const body = `((${FIRST} + i)::bigint * 10)`;
  const digit = (k: number) => `((${body} / ${10 ** k}) % 10)`;
  const luhn = `(10 - (${Array.from({ length: 9 }, (_, k) => (k % 2 === 0 ? `(2 * ${digit(k)}) % 10 + (2 * ${digit(k)}) / 10` : digit(k))).join(' + ')}) % 10) % 10`;
  const steps = [
    `insert into customers (name, kind, identity_number, street, postal_code, city)
       select 'Bankkund ' || c, 'company', 'K' || lpad(c::text, 11, '0'), 'Bankgatan ' || c, '411 00', 'Göteborg' from generate_series(0, ${CUSTOMERS - 1}) c`,
    `create table bench_customers as select id, (row_number() over (order by identity_number) - 1)::int as c from customers where identity_number like 'K%'`,
    `insert into invoices (number, kind, customer_id, issue_date, due_date, ocr, text, net_ore, vat_ore, total_ore, created_at)
       select ${FIRST} + i, 'one_off', bc.id, d - 30, d, (${FIRST} + i)::text || '0' || ${luhn}, 'Bänk',
              (1000000 + (i % 500) * 100) * 4 / 5, (1000000 + (i % 500) * 100) / 5, 1000000 + (i % 500) * 100, now()
       from generate_series(0, ${INVOICES - 1}) i
       join bench_customers bc on bc.c = i % ${CUSTOMERS}
       cross join lateral (select date '2023-01-31' + (i / ${CUSTOMERS}) * 30 as d) p`,
    `insert into payments (customer_id, amount_ore, paid_on, reference, source, created_at)
       select customer_id, total_ore, due_date - 3, ocr, 'demo', now() from invoices where number >= ${FIRST} and number < ${FIRST + OPEN_FROM}`,
    `insert into payment_allocations (payment_id, invoice_id, amount_ore, created_at)
       select p.id, i.id, p.amount_ore, now() from payments p join invoices i on i.ocr = p.reference where p.source = 'demo' and i.number >= ${FIRST}`,
    'drop table bench_customers',
    'create table floor_payments (like payments including all)',
    'create table floor_allocations (like payment_allocations including all)',
    'vacuum analyze',
  ];
  for (const step of steps) await database.executeSql(step);
  console.log(`(made the template: ${CUSTOMERS} customers, ${INVOICES} invoices, ${OPEN_FROM} of them paid, in ${((Date.now() - started) / 1000).toFixed(0)} s)`);
}

interface Paying { ocrs: string[]; amountOre: number; payerName: string }

/**
 * Round r's payments, of the open invoices r × PAYMENTS on: most pay their invoice exactly; every 20th
 * pays 500 kr too much (credit); every 40th pays two invoices (a split; the next one's own payment is
 * then credit); every 50th names an OCR of no invoice (the queue).
 */
function payingOf(round: number): Paying[] {
  return Array.from({ length: PAYMENTS }, (_, j) => {
    const i = OPEN_FROM + round * PAYMENTS + j;
    const ocr = ocrForInvoice(FIRST + i);
    const payerName = `Bankkund ${i % CUSTOMERS}`;
    if (j % 50 === 49) return { ocrs: [ocrForInvoice(90_000_000 + i)], amountOre: totalOre(i), payerName };
    if (j % 40 === 7) return { ocrs: [ocr, ocrForInvoice(FIRST + i + 1)], amountOre: totalOre(i) + totalOre(i + 1), payerName };
    return { ocrs: [ocr], amountOre: totalOre(i) + (j % 20 === 19 ? 500_00 : 0), payerName };
  });
}

function camtFile(round: number, today: string): Buffer {
  const paying = payingOf(round);
  const entries: CamtEntryOut[] = [];
  for (let d = 0; d < PAYMENTS / PER_DEPOSIT; d++) {
    entries.push({
      reference: `BENCH${round}${today.replace(/-/g, '')}D${String(d).padStart(4, '0')}`, bookingDate: today,
      payments: paying.slice(d * PER_DEPOSIT, (d + 1) * PER_DEPOSIT).map((p, k) => ({
        reference: `BENCH${round}TX${String(d * PER_DEPOSIT + k).padStart(8, '0')}`, amountOre: p.amountOre, payerName: p.payerName,
        references: p.ocrs.map((ocr) => ({ ocr })),
      })),
    });
  }
  return Buffer.from(writeCamt054({ messageId: `BENCH${round}-${Date.now()}`, createdAt: `${today}T17:00:00Z`, bankgiro: '50501055', entries }));
}

function bgmaxFile(round: number, today: string): Buffer {
  const paying = payingOf(round);
  const deposits: BgmaxDepositOut[] = [];
  for (let d = 0; d < PAYMENTS / PER_DEPOSIT; d++) {
    deposits.push({
      bankgiro: '50501055', paymentDate: today, depositSerial: String(d + 1), bankAccount: '12340000123456',
      payments: paying.slice(d * PER_DEPOSIT, (d + 1) * PER_DEPOSIT).map((p, k) => ({ serial: String(round * 1_000_000 + d * PER_DEPOSIT + k + 1), amountOre: p.amountOre, ocrs: p.ocrs, payerName: p.payerName })),
    });
  }
  return Buffer.from(writeBgmax({ writtenAt: `${today}T06:00:0${round % 10}`, deposits }));
}

/**
 * Each round's process runs bankfile-import.ts bundled as `npm start` bundles the server
 * (scripts/build-server.mjs), with the flags npm start gives it: under tsx the process would hold some
 * 60 MB more than the landlord's server does (decision 0028).
 */
async function bundleRound(): Promise<string> {
  const outfile = path.resolve('dist/bench/bankfile-import.mjs');
  await build({
    entryPoints: [path.resolve('bench/bankfile-import.ts')], outfile, bundle: true, format: 'esm', platform: 'node', target: 'node20',
    packages: 'external', sourcemap: true, logLevel: 'warning',
  });
  return outfile;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const fmt = (n: number, digits = 2) => n.toFixed(digits);

export async function benchBankFile(adminUrl: string): Promise<string[]> {
  const template = await benchTemplate(adminUrl, 'bench_banktpl', `invoices ${INVOICES} customers ${CUSTOMERS} v1`, fill);
  const { database, url, drop } = await scratchPostgres(adminUrl, 'bench_bankfile', 4, template);
  const storeDir = mkdtempSync(path.join(tmpdir(), 'bench-bankfile-'));
  const files = createFileStore({ provider: 'disk', dir: storeDir });
  const today = swedishDate(new Date());
  const lines: string[] = [];
  const roundScript = await bundleRound();
  try {
    for (const [format, make, goal] of [['camt.054', camtFile, 10], ['bgmax', bgmaxFile, 8]] as const) {
      if (!FORMATS.includes(format)) continue;
      const rounds: (RoundFigures & { bytes: number })[] = [];
      const roundLines: string[] = [];
      for (let r = 0; r < ROUNDS; r++) {
        // Each round pays other invoices (camt rounds first, then BgMax): a fresh file, not a duplicate.
        const round = (format === 'bgmax' ? ROUNDS : 0) + r;
        const bytes = make(round, today);
        // The rounds come minutes apart, a landlord's files a day: each starts on a settled database, the
        // round before vacuumed, analysed and written out (not timed), not with its autovacuum and
        // checkpoint still running beside it.
        await database.executeSql('vacuum analyze payments, payment_allocations, audit_events, bank_files, floor_payments, floor_allocations');
        await database.executeSql('checkpoint');
        // As receive-bank-file.ts leaves it: the bytes in the store, the row queued (its size limit aside).
        const id = randomUUID();
        const fileKey = `bank-files/bench/${id}`;
        await files.put(fileKey, bytes, 'application/octet-stream');
        await database.db.transaction((tx) => insertBankFile(tx, {
          id, sha256: createHash('sha256').update(bytes).digest('hex'), fileName: `bench-${format}-${round}`, sizeBytes: bytes.length, fileKey,
          source: 'api', status: 'queued', receivedBy: null, receivedAt: new Date(),
        }));
        const input: RoundInput = { url, storeDir, bankFileId: id };
        const profile = PROFILE ? ['--cpu-prof', '--heap-prof', `--cpu-prof-dir=${PROFILE}`, `--heap-prof-dir=${PROFILE}`] : [];
        const { stdout, stderr } = await run(process.execPath, ['--expose-gc', ...startNodeFlags(), ...profile, ...NODE_FLAGS, roundScript, JSON.stringify(input)], { maxBuffer: 16 * 1024 * 1024 });
        if (stderr.trim()) console.error(stderr.trimEnd());
        if (NODE_FLAGS.length > 0) console.error(stdout.trim().split('\n').slice(0, -1).join('\n'));
        const figures = JSON.parse(stdout.trim().split('\n').pop()!) as RoundFigures;
        if (figures.status !== 'done') throw new Error(`bench ${format} round ${r}: ${figures.status} ${JSON.stringify(figures.report).slice(0, 500)}`);
        rounds.push({ ...figures, bytes: bytes.length });
        roundLines.push(`  ${format} round ${r + 1}: import ${fmt(figures.importSeconds)} s, floor ${fmt(figures.floorSeconds)} s (${figures.floorPayments} payments, ${figures.floorAllocations} allocations), ${fmt(figures.importSeconds / figures.floorSeconds, 1)} ×; peak RSS ${fmt(figures.peakRssMb, 0)} MB (${fmt(figures.baseRssMb, 0)} before), peak heap ${fmt(figures.peakHeapMb, 0)} MB (${fmt(figures.baseHeapMb, 0)} before), peak external ${fmt(figures.peakExternalMb, 0)} MB`);
      }
      const report = rounds[0]!.report as { payments: number; matched: number; split: number; credit: number; unmatched: number };
      const size = rounds[0]!.bytes;
      lines.push(
        `bank file ${format}: ${PAYMENTS} payments (${fmt(size / 1024 / 1024, 1)} MB${size > BANK_FILE_MAX_BYTES ? `, above the upload limit of ${BANK_FILE_MAX_BYTES / 1024 / 1024} MB` : ''}) against ${INVOICES} invoices (${report.matched} matched, ${report.split} split, ${report.credit} with credit, ${report.unmatched} unmatched): `
        + `median ${fmt(median(rounds.map((r) => r.importSeconds)))} s (goal < ${goal} s), floor ${fmt(median(rounds.map((r) => r.floorSeconds)))} s, median ratio ${fmt(median(rounds.map((r) => r.importSeconds / r.floorSeconds)), 1)} × the floor; `
        + `peak RSS ${fmt(Math.max(...rounds.map((r) => r.peakRssMb)), 0)} MB (+${fmt(Math.max(...rounds.map((r) => r.peakRssMb - r.baseRssMb)), 0)} MB for the import), peak heap ${fmt(Math.max(...rounds.map((r) => r.peakHeapMb)), 0)} MB (goal < 300 MB)`,
        ...roundLines,
      );
    }
  } finally {
    await drop();
    rmSync(storeDir, { recursive: true, force: true });
  }
  return lines;
}
