// A worker killed (SIGKILL) half way through a big send, then started again: nothing is lost, at most
// the messages in flight at the kill go out twice, and the rest arrive within a minute of the restart.
// Real processes (`npm start`'s main.ts on the embedded database, `npm run worker` on PostgreSQL), a
// real SMTP server on loopback that answers slowly, a real kill.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import pino from 'pino';
import { backend, eventually, openTestDatabase } from '../support/test-app.ts';
import { startSmtpSink } from '../support/smtp-sink.ts';
import { pgliteDatabase, type Database } from '../../server/db/client.ts';
import { parseConfig } from '../../server/config.ts';
import { startJobs } from '../../server/jobs/queue.ts';
import { jobDefinitions } from '../../server/jobs/index.ts';
import { createFileStore } from '../../server/files/store.ts';
import { systemClock } from '../../server/clock.ts';
import { queueMessages } from '../../server/usecases/messages/queue-messages.ts';
import { MESSAGES_IN_FLIGHT } from '../../server/domain/delivery.ts';

const COUNT = 400;
const silent = pino({ level: 'silent' });
/** The most that can be in flight at once: the delivery workers times their batch. */
const IN_FLIGHT = MESSAGES_IN_FLIGHT;

const dataDir = mkdtempSync(path.join(tmpdir(), 'hyresportal-crash-'));
let sink: Awaited<ReturnType<typeof startSmtpSink>>;
let database: Database | null = null;
let connectionString: string | null = null;
let child: ChildProcess | null = null;
let output = '';

async function openPgliteCopy(): Promise<Database> {
  const client = await PGlite.create(path.join(dataDir, 'pglite'));
  return pgliteDatabase(client);
}

beforeAll(async () => {
  sink = await startSmtpSink({ delayMs: 40 });
  if (backend === 'pglite') cpSync(inject('pgliteTemplate'), path.join(dataDir, 'pglite'), { recursive: true });
  const db = backend === 'pglite' ? await openPgliteCopy() : await openTestDatabase();
  connectionString = db.connectionString;
  const config = parseConfig({ NODE_ENV: 'test', DATA_DIR: dataDir, SESSION_SECRET: 'x'.repeat(32) });
  const jobs = await startJobs(db, silent, {
    work: false,
    definitions: jobDefinitions({ db: db.db, config, transports: { email: null, sms: null, devMailbox: false }, files: createFileStore(config.files), clock: systemClock, logger: silent, jobs: () => jobs }),
  });
  const messages = Array.from({ length: COUNT }, (_, i) => ({
    channel: 'email' as const, recipient: `hyresgast-${i}@exempel.se`, subject: 'Vattnet stängs av', text: 'I morgon 10-12.', html: null, language: 'sv',
  }));
  await db.db.transaction((tx) => queueMessages(tx, jobs, messages, systemClock.now()));
  await jobs.stop();
  if (backend === 'pglite') await db.close();
  else database = db;
}, 60_000);

afterAll(async () => {
  child?.kill('SIGKILL');
  await sink?.close();
  await database?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

function start(): ChildProcess {
  const entry = backend === 'pglite' ? 'server/main.ts' : 'server/worker.ts';
  const proc = spawn(process.execPath, ['--import', 'tsx', entry], {
    env: {
      PATH: process.env.PATH, NODE_ENV: 'development', DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'warn', DEMO_DATA: 'false',
      SESSION_SECRET: 'x'.repeat(32), SMTP_URL: sink.url, MAIL_FROM: 'Fastighets AB Exempel <no-reply@exempel.se>',
      ...(connectionString ? { DATABASE_URL: connectionString } : {}),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  proc.stdout!.on('data', (d) => { output += d; });
  proc.stderr!.on('data', (d) => { output += d; });
  return proc;
}

/** Counts the test's messages in the database: on PGlite while no server holds it. */
async function countWhere(condition: string): Promise<number> {
  const db = database ?? await openPgliteCopy();
  try {
    const result = (await db.db.execute(sql.raw(`select count(*)::int as n from outgoing_messages where recipient like 'hyresgast-%' and ${condition}`))) as unknown as { rows: { n: number }[] };
    return Number(result.rows[0]!.n);
  } finally {
    if (!database) await db.close();
  }
}

const distinct = () => new Set(sink.received.map((m) => m.to[0])).size;

describe(`delivery through a killed worker (${backend})`, () => {
  it('loses nothing, repeats at most what was in flight, and finishes within a minute of the restart', async () => {
    child = start();
    await eventually(async () => sink.received.length >= COUNT / 2, 60_000).catch((error) => { throw new Error(`${error.message}\n${output}`); });
    child.kill('SIGKILL');
    await new Promise((r) => child!.once('exit', r));
    await new Promise((r) => setTimeout(r, 500)); // the dead process's sockets are closed by now
    const atKill = sink.received.length;
    expect(atKill).toBeLessThan(COUNT);
    // Every message not marked sent goes out (again) after the restart: then the sink has them all.
    const unsent = await countWhere("status <> 'sent'");
    const expectedTotal = atKill + unsent;

    const restarted = Date.now();
    child = start();
    const firstAfterRestart = eventually(async () => sink.received.length > atKill && Date.now(), 60_000).catch(() => NaN);
    await eventually(async () => sink.received.length >= expectedTotal, 60_000)
      .catch((error) => { throw new Error(`${error.message} (${sink.received.length} of ${expectedTotal}, ${distinct()} distinct)\n${output}`); });
    const seconds = (Date.now() - restarted) / 1000;
    const firstSeconds = ((await firstAfterRestart) - restarted) / 1000;
    // Nothing more arrives: no message is sent a third time.
    await new Promise((r) => setTimeout(r, 1500));
    expect(sink.received.length).toBe(expectedTotal);
    expect(distinct()).toBe(COUNT);
    const duplicates = sink.received.length - COUNT;
    console.log(`[delivery-crash ${backend}] killed after ${atKill} of ${COUNT} (${unsent} not marked sent); first delivery ${firstSeconds.toFixed(1)} s and the last ${seconds.toFixed(1)} s after the restart; ${duplicates} sent twice (at most ${IN_FLIGHT} in flight)`);
    expect(seconds).toBeLessThan(60);
    expect(duplicates).toBeLessThanOrEqual(IN_FLIGHT);

    child.kill('SIGTERM');
    await new Promise((r) => child!.once('exit', r));
    child = null;
    expect(await countWhere("status = 'sent'")).toBe(COUNT);
  }, 150_000);
});
