// The embedded database's memory settings (decision 0026): PGlite started with our parameters, its own
// defaults kept (single user, no parallel workers) and shared_buffers at 16 MB instead of 128 MB; and a
// first start that seeds the demo reopens it, so the seed's growth of its memory is not kept; and
// `npm start` on a fresh data dir has a child process prepare it (the demo and its files), then serves it.
import { afterAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { sql } from 'drizzle-orm';
import { openPglite } from '../../server/db/client.ts';
import { openAndPrepareDatabase } from '../../server/boot.ts';
import { parseConfig } from '../../server/config.ts';
import { systemClock } from '../../server/clock.ts';

const dirs: string[] = [];
const scratch = () => { const dir = mkdtempSync(path.join(tmpdir(), 'hyresportal-memory-')); dirs.push(dir); return dir; };
afterAll(() => { for (const dir of dirs) rmSync(dir, { recursive: true, force: true }); });

const setting = async (database: Awaited<ReturnType<typeof openPglite>>, name: string) =>
  ((await database.db.execute(sql`select current_setting(${name}) as value`)) as unknown as { rows: { value: string }[] }).rows[0]!.value;

describe('the embedded database', () => {
  it('runs with 16 MB of shared buffers and PGlite\'s own single-user settings', async () => {
    const database = await openPglite(scratch());
    try {
      expect(await setting(database, 'shared_buffers')).toBe('16MB');
      expect(await setting(database, 'work_mem')).toBe('4MB');
      expect(await setting(database, 'max_parallel_workers_per_gather')).toBe('0');
      expect(await setting(database, 'search_path')).toBe('public');
    } finally {
      await database.close();
    }
  });

  it('a first start seeds the demo and then serves from a database opened afresh, with the demo in it', async () => {
    const config = parseConfig({ NODE_ENV: 'development', DATA_DIR: scratch(), SESSION_SECRET: 'memory-test-secret-0123456789-0123456789' });
    const { database, seeded } = await openAndPrepareDatabase(config, pino({ level: 'silent' }), { seed: true, clock: systemClock });
    try {
      expect(seeded).toBe(true);
      const rows = (await database.db.execute(sql`select count(*)::int as n from customers`)) as unknown as { rows: { n: number }[] };
      expect(rows.rows[0]!.n).toBeGreaterThan(3);
      expect(await setting(database, 'shared_buffers')).toBe('16MB');
    } finally {
      await database.close();
    }
  });
});

/** A port nothing listens on. */
function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

describe("npm start's first start", () => {
  it('has a child process prepare a fresh data dir, then serves its demo: a tenant logs in and downloads its signed lease', async () => {
    const dataDir = scratch();
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const server = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, NODE_ENV: 'development', LOG_LEVEL: 'warn', PUBLIC_URL: base, LOGIN_RATE_LIMIT_MAX: '1000' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    server.stdout!.on('data', (chunk) => { output += chunk; });
    server.stderr!.on('data', (chunk) => { output += chunk; });
    try {
      for (let waited = 0; ; waited += 200) {
        expect(server.exitCode, output).toBeNull();
        if (await fetch(`${base}/api/ready`).then((r) => r.ok, () => false)) break;
        if (waited > 110_000) throw new Error(`not ready within 110 s: ${output}`);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      expect(output).toContain('First start: preparing the embedded database and the demo in');
      const first = await fetch(`${base}/api/session`);
      const cookie = first.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
      const { csrfToken } = (await first.json()) as { csrfToken: string };
      const login = await fetch(`${base}/api/auth/login/tenant`, {
        method: 'POST', headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken, cookie },
        body: JSON.stringify({ username: 'lunden', password: 'Lunden#2026' }),
      });
      expect(login.status).toBe(200);
      const cookies = [cookie, ...login.headers.getSetCookie().map((c) => c.split(';')[0])].join('; ');
      const { leases } = (await (await fetch(`${base}/api/portal/leases`, { headers: { cookie: cookies } })).json()) as { leases: { id: string; number: string }[] };
      const lease = leases.find((l) => l.number === '100101')!;
      const detail = (await (await fetch(`${base}/api/portal/leases/${lease.id}`, { headers: { cookie: cookies } })).json()) as { lease: { document: { url: string } | null } };
      // The child drew the PDF (this process found the database prepared and seeded nothing).
      const pdf = await fetch(`${base}${detail.lease.document!.url}`, { headers: { cookie: cookies } });
      expect(pdf.status).toBe(200);
      expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
    } finally {
      const ended = new Promise((resolve) => server.once('exit', resolve));
      server.kill('SIGTERM');
      await ended;
    }
  }, 150_000);
});

