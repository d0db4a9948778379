// One round of the bank-file benchmark, in a process of its own so that its peak memory is the
// import's: the import job's whole path for one received file (read, check, match, book, report),
// timed and its memory sampled, then the floor from this same process: the payments and allocations it
// booked inserted again into copies of their tables, each in one multi-row INSERT. Started by
// bankfile.ts with its arguments as JSON; answers with its figures as JSON on stdout.
import pg from 'pg';
import { eq } from 'drizzle-orm';
import { openPostgres } from '../server/db/client.ts';
import { createFileStore } from '../server/files/store.ts';
import { bankFiles } from '../server/db/schema/index.ts';
import { importBankFile } from '../server/usecases/payments/import-bank-file.ts';
import { systemClock } from '../server/clock.ts';
import { writeHeapSnapshot } from 'node:v8';
import path from 'node:path';

export interface RoundInput { url: string; storeDir: string; bankFileId: string }
export interface RoundFigures {
  importSeconds: number;
  floorSeconds: number;
  floorPayments: number;
  floorAllocations: number;
  /** Before the import, after a full GC. */
  baseRssMb: number;
  baseHeapMb: number;
  /** The process's peak resident set (the OS's figure) and the peak heap sampled every 5 ms. */
  peakRssMb: number;
  peakHeapMb: number;
  /** Memory outside the heap that V8 knows of (buffers: the file's bytes), at its peak. */
  peakExternalMb: number;
  status: string;
  report: unknown;
}

const mb = (bytes: number) => bytes / 1024 / 1024;
const gc = (globalThis as { gc?: () => void }).gc;

// BENCH_QUERY_STATS=1: the time each statement took, summed, on stderr (where the import waits on the database).
if (process.env.BENCH_QUERY_STATS) {
  const stats = new Map<string, { count: number; ms: number }>();
  const query = pg.Client.prototype.query as (...args: unknown[]) => unknown;
  (pg.Client.prototype as { query: unknown }).query = function (this: pg.Client, ...args: unknown[]) {
    const started = performance.now();
    const first = args[0] as string | { text?: string };
    const text = String(typeof first === 'string' ? first : first?.text).replace(/\s+/g, ' ').slice(0, 100);
    const done = () => {
      const s = stats.get(text) ?? { count: 0, ms: 0 };
      stats.set(text, { count: s.count + 1, ms: s.ms + performance.now() - started });
    };
    const result = query.apply(this, args) as Promise<unknown> | undefined;
    if (result && typeof result.then === 'function') result.then(done, done);
    return result;
  };
  process.on('exit', () => {
    for (const [text, s] of [...stats].sort((a, b) => b[1].ms - a[1].ms).slice(0, 20)) process.stderr.write(`${s.ms.toFixed(0).padStart(8)} ms ${String(s.count).padStart(5)}× ${text}\n`);
  });
}

const input = JSON.parse(process.argv[2]!) as RoundInput;
const database = await openPostgres(input.url, 4);
const deps = { db: database.db, files: createFileStore({ provider: 'disk', dir: input.storeDir }), clock: systemClock };

gc?.();
const base = process.memoryUsage();
let peakHeap = base.heapUsed;
let peakExternal = base.external;
const sampler = setInterval(() => {
  const now = process.memoryUsage();
  peakHeap = Math.max(peakHeap, now.heapUsed);
  peakExternal = Math.max(peakExternal, now.external);
}, 5);
const t0 = performance.now();
// BENCH_BANK_SNAPSHOT=<dir>: a heap snapshot after the 20th chunk of 2,000 (what the import holds near its peak).
const snapshotDir = process.env.BENCH_BANK_SNAPSHOT;
await importBankFile(deps, input.bankFileId, snapshotDir ? { afterChunk: (index) => { if (index === 19) writeHeapSnapshot(path.join(snapshotDir, `import-${process.pid}.heapsnapshot`)); } } : {});
const t1 = performance.now();
clearInterval(sampler);
peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
const peakRss = process.resourceUsage().maxRSS * 1024;
const [row] = await database.db.select().from(bankFiles).where(eq(bankFiles.id, input.bankFileId));

const booked = await database.executeSql('select * from payments where bank_file_id = $1', [input.bankFileId]);
const allocated = await database.executeSql('select a.* from payment_allocations a join payments p on p.id = a.payment_id where p.bank_file_id = $1', [input.bankFileId]);
const client = new pg.Client({ connectionString: input.url });
await client.connect();
const f0 = performance.now();
await client.query('begin');
await client.query('insert into floor_payments select * from json_populate_recordset(null::floor_payments, $1)', [JSON.stringify(booked.rows)]);
await client.query('insert into floor_allocations select * from json_populate_recordset(null::floor_allocations, $1)', [JSON.stringify(allocated.rows)]);
await client.query('commit');
const f1 = performance.now();
await client.end();
await database.close();

const figures: RoundFigures = {
  importSeconds: (t1 - t0) / 1000, floorSeconds: (f1 - f0) / 1000, floorPayments: booked.rows.length, floorAllocations: allocated.rows.length,
  baseRssMb: mb(base.rss), baseHeapMb: mb(base.heapUsed), peakRssMb: mb(peakRss), peakHeapMb: mb(peakHeap), peakExternalMb: mb(peakExternal),
  status: row!.status, report: row!.status === 'done' ? row!.report : row!.errors,
};
process.stdout.write(`${JSON.stringify(figures)}\n`);
